package dev.archdoc.core.publish;

import dev.archdoc.core.io.AtomicFiles;
import dev.archdoc.core.publish.Publish.Step;
import dev.archdoc.core.publish.Publish.StepListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A versioned site on a branch of the project's repository. The branch's current tree is read into
 * a temporary folder, published there like any folder, and written back as a new tree and commit
 * with JGit's object inserter; the branch then moves by a compare-and-set of its ref. The user's
 * work tree, index and HEAD are never touched, and until the ref moves the branch is as it was.
 */
final class GitBranch {

  record Result(VersionedFolder.Published published, String commit) {}

  private GitBranch() {}

  static Result publish(Path project, String branch, boolean push, Path built, VersionedFolder.Publication publication,
      StepListener steps) throws IOException {
    String version = publication.version();
    List<String> aliases = publication.aliases();
    PublishTarget.problemWithBranch(branch).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    FileRepositoryBuilder finder = new FileRepositoryBuilder().findGitDir(project.toFile());
    if (finder.getGitDir() == null) {
      throw new IOException(project + ": not inside a git repository (--branch publishes to a branch of the project's repository)");
    }
    Path work = Files.createTempDirectory("archdoc-publish-branch");
    try (Repository repo = finder.setMustExist(true).build()) {
      String refName = Constants.R_HEADS + branch;
      if (!repo.isBare() && refName.equals(repo.getFullBranch())) {
        throw new IllegalArgumentException("the branch " + branch + " is checked out in the work tree; publish to"
            + " another branch (gh-pages) so your files are never overwritten");
      }
      Ref ref = repo.exactRef(refName);
      ObjectId parent = ref == null ? null : ref.getObjectId();
      Path site = work.resolve("site");
      if (parent != null) {
        readTree(repo, parent, site);
      }
      VersionedFolder.Published after = VersionedFolder.publish(built, site, publication,
          step -> {
            if (step != Step.COMMITTED) {
              steps.after(step);
            }
          });
      ObjectId commit = commit(repo, site, parent, message(version, aliases));
      RefUpdate update = repo.updateRef(refName);
      update.setNewObjectId(commit);
      update.setExpectedOldObjectId(parent == null ? ObjectId.zeroId() : parent);
      update.setRefLogMessage("archdoc publish " + version, false);
      RefUpdate.Result moved = update.update();
      if (moved != RefUpdate.Result.NEW && moved != RefUpdate.Result.FAST_FORWARD) {
        throw new IOException("could not move branch " + branch + " (" + moved + "): it moved since this publish read"
            + " it (another publish?) or is locked; it was left as it was, publish again");
      }
      steps.after(Step.COMMITTED);
      if (push) {
        push(repo, branch);
        steps.after(Step.PUSHED);
      }
      return new Result(after, commit.name());
    } finally {
      AtomicFiles.deleteTree(work);
    }
  }

  static String message(String version, List<String> aliases) {
    return "archdoc: publish " + version + (aliases.isEmpty() ? "" : " (" + String.join(", ", aliases) + ")") + "\n";
  }

  private static void readTree(Repository repo, ObjectId commitId, Path into) throws IOException {
    try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
      RevCommit commit = walk.parseCommit(commitId);
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      ObjectReader reader = tree.getObjectReader();
      while (tree.next()) {
        Path file = into.resolve(tree.getPathString()).normalize();
        if (!file.startsWith(into) || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
          continue;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, reader.open(tree.getObjectId(0)).getBytes());
      }
    }
  }

  private static ObjectId commit(Repository repo, Path site, ObjectId parent, String message) throws IOException {
    try (ObjectInserter inserter = repo.newObjectInserter(); Stream<Path> walk = Files.walk(site)) {
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      // a link is committed as a link (its target's name), never as the bytes of what it points at
      List<Path> files = walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(f))
          .sorted().toList();
      for (Path file : files) {
        DirCacheEntry entry = new DirCacheEntry(site.relativize(file).toString().replace('\\', '/'));
        boolean link = Files.isSymbolicLink(file);
        entry.setFileMode(link ? FileMode.SYMLINK : FileMode.REGULAR_FILE);
        byte[] bytes = link ? Files.readSymbolicLink(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)
            : Files.readAllBytes(file);
        entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, bytes));
        builder.add(entry);
      }
      builder.finish();
      ObjectId tree = index.writeTree(inserter);
      PersonIdent who = new PersonIdent(repo);
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree);
      if (parent != null) {
        commit.setParentId(parent);
      }
      commit.setAuthor(who);
      commit.setCommitter(who);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return id;
    }
  }

  private static void push(Repository repo, String branch) throws IOException {
    try (Git git = new Git(repo)) {
      Iterable<PushResult> results = git.push().setRemote("origin")
          .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch)).call();
      for (PushResult result : results) {
        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
          if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
            throw new IOException("push of " + branch + " to origin failed: " + update.getStatus()
                + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")") + "; the local branch has the commit");
          }
        }
      }
    } catch (GitAPIException e) {
      throw new IOException("push of " + branch + " to origin failed: " + e.getMessage() + "; the local branch has the commit", e);
    }
  }
}
