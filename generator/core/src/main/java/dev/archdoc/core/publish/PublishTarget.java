package dev.archdoc.core.publish;

import dev.archdoc.annotations.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * Where a publish may write, checked before anything is built: a folder that is empty, missing, or
 * a versioned site archdoc made (its {@code versions.json} reads as one), and never the project
 * itself, a folder holding it, or its {@code .git}; and a branch name git itself would take.
 */
@Decision(value = "ADR-17", note = "publish writes only where it may")
final class PublishTarget {

  private PublishTarget() {}

  /** Why {@code folder} cannot take a publish of {@code root}, or empty when it can. */
  static Optional<String> problemWithFolder(Path root, Path folder) {
    Path target = real(folder.toAbsolutePath().normalize());
    Path project = real(root.toAbsolutePath().normalize());
    String shown = "--to " + folder;
    if (Files.exists(folder) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(shown + " is " + (Files.isSymbolicLink(folder) ? "a symbolic link" : "a file")
          + "; give a folder (missing, empty, or a versioned site archdoc published)");
    }
    if (project.startsWith(target)) {
      return Optional.of(shown + " is the project" + (project.equals(target) ? "" : "'s parent") + " (" + root
          + "); publishing there would replace it: give a folder of its own, such as target/site-versions");
    }
    for (Path level = target; level != null && level.startsWith(project); level = level.getParent()) {
      if (level.getFileName() != null && level.getFileName().toString().equals(".git")) {
        return Optional.of(shown + " is inside the project's .git folder; give a folder of its own");
      }
    }
    if (Files.isDirectory(folder) && !isEmpty(folder) && !isVersionedSite(folder)) {
      return Optional.of(shown + " is a folder that is neither empty nor a versioned site archdoc published (no"
          + " versions.json of its own); publish never replaces other files: give an empty or a new folder");
    }
    return Optional.empty();
  }

  /** Why {@code name} is not a branch name git accepts ({@code git check-ref-format --branch}), or empty. */
  static Optional<String> problemWithBranch(String name) {
    String problem = "\"" + name + "\" is not a valid branch name";
    if (name == null || name.isEmpty() || name.equals("HEAD") || name.equals("@") || name.startsWith("-")
        || name.contains("@{") || name.contains("..") || !name.strip().equals(name)) {
      return Optional.of(problem);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f || "~^:?*[\\ ".indexOf(c) >= 0) {
        return Optional.of(problem);
      }
    }
    if (!Repository.isValidRefName(Constants.R_HEADS + name)) {
      return Optional.of(problem);
    }
    return Optional.empty();
  }

  private static boolean isEmpty(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isVersionedSite(Path folder) {
    Path json = folder.resolve("versions.json");
    try {
      if (!Files.isRegularFile(json, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      // a list, as mike writes it: whether its entries can be used is for the publish to say, precisely
      return VersionSet.isList(Files.readString(json));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The path with its existing part's links resolved (a missing folder's parent may be a link). */
  static Path real(Path path) {
    Path existing = path;
    Path rest = existing.getRoot().relativize(existing.getRoot());
    while (existing != null && !Files.exists(existing)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      return path;
    }
  }
}
