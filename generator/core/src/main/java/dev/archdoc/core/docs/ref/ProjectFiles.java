package dev.archdoc.core.docs.ref;

import dev.archdoc.core.safety.InputLimits;
import dev.archdoc.core.safety.ProjectBounds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of one project, seen from its docs: resolves what a doc or diagram names (a link, an
 * include, a snippet source) to a project-relative path, and never lets one leave the root.
 *
 * <p>A target is resolved against the directory of the file that names it, the way GitHub and
 * Asciidoctor read relative links; a target starting with {@code /} is resolved against the
 * project root (GitHub's repository-root convention). Paths are checked twice: lexically (no
 * {@code ..} above the root), and, for files that exist, by their real path, so a symbolic link
 * cannot lead out either. Nothing in {@code .git/} is ever named or read, and no file larger than
 * {@link InputLimits#MAX_TEXT_BYTES} is read.
 */
public final class ProjectFiles {

  private final Path root;
  private final ProjectBounds bounds;

  /** @param root the project root; the docs' paths are relative to it */
  public ProjectFiles(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    this.bounds = new ProjectBounds(this.root);
  }

  public Path root() {
    return root;
  }

  /**
   * Where {@code target}, written in {@code fromFile}, points, without touching the disk.
   *
   * @param fromFile the naming file, relative to the project root
   * @param target a relative path, or one starting with {@code /} for the project root
   * @return the project-relative, normalised path, or empty when it leaves the root or is not a
   *     plain path (a URL, an absolute OS path such as {@code C:\x})
   */
  public static Optional<Path> resolve(Path fromFile, String target) {
    if (target == null || target.isBlank() || target.contains("://") || target.contains("\\")) {
      return Optional.empty();
    }
    Path base;
    String rest;
    if (target.startsWith("/")) {
      base = Path.of("");
      rest = target.substring(1);
    } else {
      Path parent = fromFile.getParent();
      base = parent == null ? Path.of("") : parent;
      rest = target;
    }
    Path candidate;
    try {
      candidate = base.resolve(rest).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    if (candidate.isAbsolute() || candidate.startsWith("..") || candidate.toString().isEmpty()
        || ProjectBounds.isGitPath(candidate)) {
      return Optional.empty();
    }
    return Optional.of(candidate);
  }

  /**
   * Why the file at a resolved path may not be read (a symbolic link out of the project, into
   * {@code .git/}, or too large), or empty when it may; a missing file is not refused.
   */
  public Optional<String> refusal(Path relative) {
    Optional<String> outside = bounds.refusal(relative);
    if (outside.isPresent()) {
      return outside;
    }
    try {
      Path absolute = root.resolve(relative).normalize();
      if (Files.isRegularFile(absolute) && Files.size(absolute) > InputLimits.MAX_TEXT_BYTES) {
        return Optional.of("is larger than " + InputLimits.MAX_TEXT_BYTES / (1024 * 1024) + " MiB");
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The text of a project file, if it exists, is a regular file and really lies inside the root
   * (after following symbolic links).
   */
  public Optional<String> read(Path relative) {
    Path absolute = root.resolve(relative).normalize();
    if (!absolute.startsWith(root) || !Files.isRegularFile(absolute) || bounds.refusal(relative).isPresent()) {
      return Optional.empty();
    }
    try {
      if (Files.size(absolute) > InputLimits.MAX_TEXT_BYTES) {
        return Optional.empty();
      }
      return Optional.of(new String(Files.readAllBytes(absolute), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
