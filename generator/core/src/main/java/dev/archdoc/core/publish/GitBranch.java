package dev.archdoc.core.publish;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.io.AtomicFiles;
import dev.archdoc.core.publish.Publish.Step;
import dev.archdoc.core.publish.Publish.StepListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
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
 * a temporary folder, changed there like any folder, and written back as a new tree and commit
 * with JGit's object inserter; the branch then moves by a compare-and-set of its ref. The user's
 * work tree, index and HEAD are never touched, and until the ref moves the branch is as it was.
 *
 * <p>The change is made on the newest state of the branch: with {@code push}, origin's branch is
 * fetched first; a local branch behind origin's is built upon origin's tip, one ahead of it (earlier
 * publishes not pushed yet) on its own, and one that diverged from it is refused, so a publish never
 * drops a version that is on origin. With {@code push}, the commit is pushed (never forced) before
 * the local branch moves: a push that origin rejects leaves the local branch as it was.
 */
@Decision(value = "ADR-29", note = "build on origin's tip, refuse a diverged branch, push before moving the local ref")
final class GitBranch {

  record Result(VersionedFolder.Published published, String commit) {}

  private static final String REMOTE = "origin";

  private GitBranch() {}

  static Result publish(Path project, String branch, boolean push, Path built, VersionedFolder.Publication publication,
      StepListener steps) throws IOException {
    return change(project, branch, push, publication.adding(built), publication.siteUrl(), publication.templates(),
        message(publication.version(), publication.aliases()), steps);
  }

  /**
   * Checks, before anything is built, what would make a publish to {@code branch} fail at its end:
   * no repository, the branch checked out, no origin to push to, a branch that diverged from
   * origin's (as last fetched).
   */
  static void preflight(Path project, String branch, boolean push) throws IOException {
    try (Repository repo = open(project)) {
      refuseCheckedOut(repo, branch);
      if (push) {
        refuseWithoutOrigin(repo);
      }
      base(repo, branch, id(repo, Constants.R_REMOTES + REMOTE + "/" + branch));
    }
  }

  /** Makes {@code change} to the site on {@code branch}, as one commit. */
  static Result change(Path project, String branch, boolean push, VersionedFolder.Change change, String siteUrl,
      Path templates, String message, StepListener steps) throws IOException {
    PublishTarget.problemWithBranch(branch).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    Path work = Files.createTempDirectory("archdoc-publish-branch");
    try (Repository repo = open(project)) {
      String refName = Constants.R_HEADS + branch;
      refuseCheckedOut(repo, branch);
      if (push) {
        refuseWithoutOrigin(repo);
      }
      ObjectId local = id(repo, refName);
      ObjectId remote = push ? fetch(repo, branch) : id(repo, Constants.R_REMOTES + REMOTE + "/" + branch);
      ObjectId parent = base(repo, branch, remote);
      Path site = work.resolve("site");
      if (parent != null) {
        readTree(repo, parent, site);
      }
      VersionedFolder.Published after = VersionedFolder.change(site, change, siteUrl, templates,
          step -> {
            if (step != Step.COMMITTED) {
              steps.after(step);
            }
          });
      ObjectId commit = commit(repo, site, parent, message);
      if (push) {
        push(repo, branch, commit);
        steps.after(Step.PUSHED);
      }
      RefUpdate update = repo.updateRef(refName);
      update.setNewObjectId(commit);
      update.setExpectedOldObjectId(local == null ? ObjectId.zeroId() : local);
      update.setRefLogMessage(message.strip(), false);
      RefUpdate.Result moved = update.update();
      if (moved != RefUpdate.Result.NEW && moved != RefUpdate.Result.FAST_FORWARD) {
        throw new IOException("could not move branch " + branch + " (" + moved + "): it moved since this publish read"
            + " it (another publish?) or is locked; it was left as it was, publish again"
            + (push ? " (origin has the commit " + commit.name() + " already: fetch it)" : ""));
      }
      steps.after(Step.COMMITTED);
      return new Result(after, commit.name());
    } finally {
      AtomicFiles.deleteTree(work);
    }
  }

  /**
   * The versions on {@code branch} as a publish would find them without fetching (the local branch,
   * or origin's as last fetched when the local one is behind it or missing); empty when neither is.
   */
  static VersionSet list(Path project, String branch) throws IOException {
    PublishTarget.problemWithBranch(branch).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    Path work = Files.createTempDirectory("archdoc-publish-branch");
    try (Repository repo = open(project)) {
      ObjectId tip = base(repo, branch, id(repo, Constants.R_REMOTES + REMOTE + "/" + branch));
      if (tip == null) {
        return VersionSet.empty();
      }
      Path site = work.resolve("site");
      readTree(repo, tip, site);
      return VersionedFolder.list(site);
    } finally {
      AtomicFiles.deleteTree(work);
    }
  }

  private static Repository open(Path project) throws IOException {
    FileRepositoryBuilder finder = new FileRepositoryBuilder().findGitDir(project.toFile());
    if (finder.getGitDir() == null) {
      throw new IOException(project + ": not inside a git repository (--branch publishes to a branch of the project's repository)");
    }
    return finder.setMustExist(true).build();
  }

  private static void refuseCheckedOut(Repository repo, String branch) throws IOException {
    if (!repo.isBare() && (Constants.R_HEADS + branch).equals(repo.getFullBranch())) {
      throw new IllegalArgumentException("the branch " + branch + " is checked out in the work tree; publish to"
          + " another branch (gh-pages) so your files are never overwritten");
    }
  }

  private static void refuseWithoutOrigin(Repository repo) {
    if (!repo.getConfig().getSubsections("remote").contains(REMOTE)) {
      throw new IllegalArgumentException("--push needs a remote named " + REMOTE + " and the repository has none;"
          + " add it (git remote add origin URL) or publish without --push");
    }
  }

  private static ObjectId id(Repository repo, String ref) throws IOException {
    Ref found = repo.exactRef(ref);
    return found == null ? null : found.getObjectId();
  }

  /**
   * Fetches origin's {@code branch} into {@code refs/remotes/origin/<branch>}; its tip, or null when
   * origin has no such branch.
   */
  private static ObjectId fetch(Repository repo, String branch) throws IOException {
    String refName = Constants.R_HEADS + branch;
    try (Git git = new Git(repo)) {
      Collection<Ref> heads = git.lsRemote().setRemote(REMOTE).setHeads(true).call();
      if (heads.stream().noneMatch(r -> r.getName().equals(refName))) {
        return null;
      }
      git.fetch().setRemote(REMOTE)
          .setRefSpecs(new RefSpec("+" + refName + ":" + Constants.R_REMOTES + REMOTE + "/" + branch)).call();
      return id(repo, Constants.R_REMOTES + REMOTE + "/" + branch);
    } catch (GitAPIException e) {
      throw new IOException("could not fetch " + branch + " from " + REMOTE + " (" + e.getMessage() + "); nothing was"
          + " changed: a push must build on origin's versions, or it would drop them", e);
    }
  }

  /**
   * The commit a change builds on: the local branch, or origin's tip when the local one is missing
   * or behind it.
   *
   * @throws IllegalArgumentException when the two diverged: building on either would drop the other's versions
   */
  private static ObjectId base(Repository repo, String branch, ObjectId remote) throws IOException {
    ObjectId local = id(repo, Constants.R_HEADS + branch);
    if (remote == null) {
      return local;
    }
    if (local == null || local.equals(remote)) {
      return remote;
    }
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit localTip = walk.parseCommit(local);
      RevCommit remoteTip = walk.parseCommit(remote);
      if (walk.isMergedInto(localTip, remoteTip)) {
        return remote;
      }
      walk.reset();
      if (walk.isMergedInto(remoteTip, localTip)) {
        return local;
      }
    }
    throw new IllegalArgumentException("the local branch " + branch + " (" + local.abbreviate(12).name() + ") and "
        + REMOTE + "/" + branch + " (" + remote.abbreviate(12).name() + ") have diverged; publishing on either would"
        + " drop the versions only the other has, so nothing was changed. Keep origin's: git branch -f " + branch + " "
        + REMOTE + "/" + branch + "; or merge the two by hand, then publish again");
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

  /** Pushes {@code commit} as origin's {@code branch}, never forced: origin refuses it unless it descends from its tip. */
  private static void push(Repository repo, String branch, ObjectId commit) throws IOException {
    String refName = Constants.R_HEADS + branch;
    try (Git git = new Git(repo)) {
      Iterable<PushResult> results = git.push().setRemote(REMOTE)
          .setRefSpecs(new RefSpec(commit.name() + ":" + refName)).call();
      for (PushResult result : results) {
        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
          if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
            throw new IOException("push of " + branch + " to " + REMOTE + " failed: " + update.getStatus()
                + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")")
                + (update.getStatus() == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD
                    ? "; origin's branch moved since it was fetched (another publish?)" : "")
                + "; nothing was changed, locally or on origin: publish again");
          }
        }
      }
    } catch (GitAPIException e) {
      throw new IOException("push of " + branch + " to " + REMOTE + " failed: " + e.getMessage()
          + "; nothing was changed, locally or on origin: publish again", e);
    }
    RefUpdate tracking = repo.updateRef(Constants.R_REMOTES + REMOTE + "/" + branch);
    tracking.setNewObjectId(commit);
    tracking.setForceUpdate(true);
    tracking.update();
  }
}
