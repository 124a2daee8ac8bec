package dev.archdoc.core.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Which of the files that decide what {@code check} checks ({@code archdoc.yml}, {@code archdoc.lock},
 * {@code archdoc.baseline})
 * differ from the base branch, so a reviewer is told when a pull request changes the rules it is
 * judged by. Read with JGit from the repository's own objects: no command runs, nothing is fetched.
 * The base is {@code GITHUB_BASE_REF} (as GitHub Actions sets it for pull requests), else
 * {@code main} or {@code master}, remote-tracking first. Anything it cannot tell (no repository, no
 * base branch) is no answer, never an error.
 */
public final class GoverningFiles {

  /** The files, relative to the project root, that decide what is checked. */
  public static final List<String> FILES = List.of("archdoc.yml", "archdoc.lock", "archdoc.baseline");

  private GoverningFiles() {}

  /** What changed, and against which branch. */
  public record Changed(String base, List<String> files) {}

  /**
   * @param projectRoot the project (it may be a folder inside the repository)
   * @param baseRef the base branch's name, e.g. from {@code GITHUB_BASE_REF}; null for main/master
   */
  public static Optional<Changed> againstBase(Path projectRoot, String baseRef) {
    Path root = projectRoot.toAbsolutePath().normalize();
    try (Repository repository = new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true).build()) {
      if (repository.getWorkTree() == null) {
        return Optional.empty();
      }
      Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      if (!root.startsWith(workTree)) {
        return Optional.empty();
      }
      List<String> candidates = new ArrayList<>();
      if (baseRef != null && !baseRef.isBlank()) {
        candidates.addAll(List.of("refs/remotes/origin/" + baseRef, "refs/heads/" + baseRef));
      }
      candidates.addAll(Arrays.asList("refs/remotes/origin/main", "refs/heads/main", "refs/remotes/origin/master",
          "refs/heads/master"));
      for (String candidate : candidates) {
        ObjectId base = repository.resolve(candidate);
        if (base != null) {
          return Optional.of(new Changed(Repository.shortenRefName(candidate),
              changed(repository, base, workTree, root)));
        }
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<String> changed(Repository repository, ObjectId base, Path workTree, Path root)
      throws IOException {
    List<String> changed = new ArrayList<>();
    ProjectBounds bounds = new ProjectBounds(root);
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit commit = walk.parseCommit(base);
      for (String name : FILES) {
        String inRepository = workTree.relativize(root.resolve(name)).toString().replace('\\', '/');
        byte[] before = null;
        try (TreeWalk tree = TreeWalk.forPath(repository, inRepository, commit.getTree())) {
          if (tree != null) {
            before = repository.open(tree.getObjectId(0)).getBytes();
          }
        }
        Path file = root.resolve(name);
        byte[] now = null;
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          // a link out of the project is a change whatever it points at; it is not read
          now = bounds.refusal(Path.of(name)).isPresent() || !Files.isRegularFile(file)
              ? new byte[] {0}
              : Files.readAllBytes(file);
        }
        if (!Arrays.equals(before, now)) {
          changed.add(name);
        }
      }
    }
    return changed;
  }
}
