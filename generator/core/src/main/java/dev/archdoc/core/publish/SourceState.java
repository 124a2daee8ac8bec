package dev.archdoc.core.publish;

import dev.archdoc.annotations.Decision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Where a published version was built from: the commit checked out in the project's repository,
 * and whether the project's files differed from it (uncommitted changes, or files git does not
 * track and does not ignore). Recorded in versions.json, so a published version can always be
 * traced to its source, and a publish of changes no commit holds is refused unless asked for.
 *
 * @param commit the full id of HEAD; null in a repository without commits
 * @param dirty whether the project's files differ from that commit
 * @param changed up to {@value #SHOWN} of the files that differ, relative to the repository, to name in a refusal
 * @param more how many more files differ
 */
@Decision(value = "ADR-29", note = "a version records the commit it was built from; a dirty tree is refused")
record SourceState(String commit, boolean dirty, List<String> changed, int more) {

  static final int SHOWN = 5;

  SourceState {
    changed = List.copyOf(changed);
  }

  /**
   * The state of the repository {@code project} is in, or empty when it is in none.
   *
   * @param ignored files the publish itself writes inside the project (a versioned folder and its
   *     lock and staging siblings): they are never counted as changes
   */
  static Optional<SourceState> of(Path project, Predicate<Path> ignored) throws IOException {
    FileRepositoryBuilder finder = new FileRepositoryBuilder().findGitDir(project.toFile());
    if (finder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repo = finder.setMustExist(true).build()) {
      if (repo.isBare()) {
        return Optional.empty();
      }
      ObjectId head = repo.resolve(Constants.HEAD);
      Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      Path real = project.toAbsolutePath().normalize();
      try {
        workTree = workTree.toRealPath();
        real = real.toRealPath();
      } catch (IOException e) {
        // compare the paths as given
      }
      String inRepo = real.startsWith(workTree) ? workTree.relativize(real).toString().replace('\\', '/') : "";
      StatusCommand command = Git.wrap(repo).status();
      if (!inRepo.isEmpty()) {
        command.addPath(inRepo);
      }
      Status status = command.call();
      TreeSet<String> changed = new TreeSet<>();
      changed.addAll(status.getUncommittedChanges());
      changed.addAll(status.getUntracked());
      changed.addAll(status.getConflicting());
      List<String> counted = new ArrayList<>();
      for (String file : changed) {
        if (!ignored.test(workTree.resolve(file).normalize())) {
          counted.add(file);
        }
      }
      return Optional.of(new SourceState(head == null ? null : head.name(), !counted.isEmpty(),
          counted.subList(0, Math.min(SHOWN, counted.size())), Math.max(0, counted.size() - SHOWN)));
    } catch (GitAPIException e) {
      throw new IOException(project + ": could not read the git status of the project: " + e.getMessage(), e);
    }
  }

  /** Why a publish from this state is refused, or empty when it is not. */
  Optional<String> refusal() {
    if (!dirty) {
      return Optional.empty();
    }
    return Optional.of("the project has changes no commit holds (" + String.join(", ", changed)
        + (more == 0 ? "" : " and " + more + " more") + "): commit or stash them, so the published version can be"
        + " traced to its commit, or publish them anyway with --allow-dirty (Maven: -Darchdoc.publish.allowDirty)"
        + ", which records the version as built from a dirty tree");
  }
}
