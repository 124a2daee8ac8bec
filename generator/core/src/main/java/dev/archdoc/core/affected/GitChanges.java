package dev.archdoc.core.affected;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * What changed since a revision: the files of the project that differ between the merge base of
 * that revision and {@code HEAD}, and the work tree as it is now (so committed and uncommitted
 * changes both count; ignored files never do), with their changed lines. Read with JGit from the
 * repository's own objects: no command runs and nothing is fetched.
 */
public final class GitChanges {

  private GitChanges() {}

  /** A change, or why there is none to read. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  /**
   * The change.
   *
   * @param base the abbreviated commit it is measured from (the merge base)
   * @param projectInRepository the project root relative to the top of the work tree ({@code ""}
   *     when they are the same folder)
   * @param files the changed files inside the project, sorted by path
   */
  public record Changes(String base, Path projectInRepository, List<FileChange> files) {

    public Changes {
      files = List.copyOf(files);
    }
  }

  /**
   * The files of the project at {@code projectRoot} changed since {@code revision} (a branch, tag or
   * commit, as git names them).
   *
   * @throws Unreadable when the folder is not in a git work tree, or the revision names nothing
   */
  public static Changes since(Path projectRoot, String revision) throws Unreadable {
    Path root = projectRoot.toAbsolutePath().normalize();
    if (revision == null || revision.isBlank()) {
      throw new Unreadable("--since needs a revision (a branch, tag or commit)");
    }
    Repository repository;
    try {
      repository = new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true).build();
    } catch (IllegalArgumentException e) {
      // JGit's own words here name its builder's setters, not the user's problem
      throw new Unreadable(root + " is not in a git repository (no .git here or in a folder above)");
    } catch (IOException e) {
      throw new Unreadable(root + " is not in a git repository: " + describe(e));
    }
    try (repository) {
      if (repository.isBare() || repository.getWorkTree() == null || repository.getDirectory() == null) {
        throw new Unreadable(root + " is not in a git work tree");
      }
      Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      if (!root.startsWith(workTree)) {
        throw new Unreadable(root + " is not inside the git work tree " + workTree);
      }
      ObjectId named = resolve(repository, revision);
      ObjectId head = resolve(repository, "HEAD");
      try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
        RevCommit base = mergeBase(walk, walk.parseCommit(named), walk.parseCommit(head), revision);
        Path projectInRepository = workTree.relativize(root);
        return new Changes(reader.abbreviate(base).name(), projectInRepository,
            diff(repository, reader, base, projectInRepository));
      }
    } catch (IOException e) {
      throw new Unreadable("cannot read the git repository: " + describe(e));
    }
  }

  private static ObjectId resolve(Repository repository, String revision) throws Unreadable, IOException {
    ObjectId id;
    try {
      id = repository.resolve(revision + "^{commit}");
    } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException
        | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
      throw new Unreadable("--since " + revision + ": not a revision git can read (" + describe(e) + ")");
    }
    if (id == null) {
      throw new Unreadable("HEAD".equals(revision)
          ? "the repository has no commit yet"
          : "--since " + revision + ": no such branch, tag or commit in this repository"
              + " (in a shallow CI checkout, fetch it first, e.g. actions/checkout with fetch-depth: 0)");
    }
    return id;
  }

  private static RevCommit mergeBase(RevWalk walk, RevCommit named, RevCommit head, String revision)
      throws IOException, Unreadable {
    walk.reset();
    walk.setRevFilter(RevFilter.MERGE_BASE);
    walk.markStart(named);
    walk.markStart(head);
    RevCommit base = walk.next();
    walk.reset();
    walk.setRevFilter(RevFilter.ALL);
    if (base == null) {
      throw new Unreadable("--since " + revision + ": has no history in common with HEAD"
          + " (in a shallow CI checkout, fetch the history first, e.g. actions/checkout with fetch-depth: 0)");
    }
    return walk.parseCommit(base);
  }

  private static List<FileChange> diff(Repository repository, ObjectReader reader, RevCommit base,
      Path projectInRepository) throws IOException {
    String prefix = projectInRepository.toString().replace('\\', '/');
    List<FileChange> files = new ArrayList<>();
    try (DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      formatter.setRepository(repository);
      formatter.setDiffComparator(RawTextComparator.DEFAULT);
      formatter.setDetectRenames(true);
      formatter.setPathFilter(new NotIgnoredFilter(1));
      CanonicalTreeParser before = new CanonicalTreeParser();
      before.reset(reader, base.getTree());
      for (DiffEntry entry : formatter.scan(before, new FileTreeIterator(repository))) {
        boolean deleted = entry.getChangeType() == DiffEntry.ChangeType.DELETE;
        String path = deleted ? entry.getOldPath() : entry.getNewPath();
        Optional<Path> inProject = inProject(path, prefix);
        if (inProject.isEmpty()) {
          continue;
        }
        FileChange.Kind kind = switch (entry.getChangeType()) {
          case ADD, COPY -> FileChange.Kind.ADDED;
          case DELETE -> FileChange.Kind.DELETED;
          case RENAME -> FileChange.Kind.RENAMED;
          case MODIFY -> FileChange.Kind.MODIFIED;
        };
        Optional<Path> oldPath = kind == FileChange.Kind.RENAMED ? inProject(entry.getOldPath(), prefix) : Optional.empty();
        List<FileChange.LineRange> lines = new ArrayList<>();
        if (!deleted) {
          for (Edit edit : formatter.toFileHeader(entry).toEditList()) {
            lines.add(linesOf(edit));
          }
        }
        files.add(new FileChange(inProject.get(), kind, oldPath, lines));
      }
    }
    files.sort(java.util.Comparator.comparing(FileChange::slashed));
    return files;
  }

  /** The lines of the new side an edit touches; a pure deletion marks the lines around its gap. */
  static FileChange.LineRange linesOf(Edit edit) {
    if (edit.getEndB() > edit.getBeginB()) {
      return new FileChange.LineRange(edit.getBeginB() + 1, edit.getEndB());
    }
    int before = Math.max(1, edit.getBeginB());
    return new FileChange.LineRange(before, edit.getBeginB() + 1);
  }

  private static Optional<Path> inProject(String repositoryPath, String prefix) {
    if (prefix.isEmpty()) {
      return Optional.of(Path.of(repositoryPath));
    }
    if (!repositoryPath.startsWith(prefix + "/")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(repositoryPath.substring(prefix.length() + 1)));
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
