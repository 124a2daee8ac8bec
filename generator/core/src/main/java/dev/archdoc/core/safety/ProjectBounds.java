package dev.archdoc.core.safety;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a file really lies inside the project: its path, and the path it leads to once symbolic
 * links are followed, both inside the root and neither inside {@code .git/}. A pull request can
 * commit a symbolic link to any file of the machine that runs CI; archdoc reads none of them, says
 * where the link is, and never what it points at.
 */
@Decision(value = "ADR-16", note = "no byte from outside the project root, or from .git/, reaches any output")
public final class ProjectBounds {

  /** The rule id of a link or include that leads out of the project. */
  public static final String RULE = DriftRule.OUTSIDE_PROJECT.id();

  private final Path root;
  private final Path realRoot;

  /** @param root the project root */
  public ProjectBounds(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    Path real;
    try {
      real = this.root.toRealPath();
    } catch (IOException e) {
      real = this.root;
    }
    this.realRoot = real;
  }

  public Path root() {
    return root;
  }

  /** Whether a project-relative path names something in a {@code .git} folder (or a {@code .git} file). */
  public static boolean isGitPath(Path relative) {
    for (Path part : relative) {
      if (part.toString().equals(".git")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why the file at {@code relative} must not be read, or empty when it may (including when it does
   * not exist: that is the caller's finding to make).
   *
   * @return a phrase to follow the file's name: "is a symbolic link that leads outside the project"
   */
  public Optional<String> refusal(Path relative) {
    Path absolute = root.resolve(relative).normalize();
    if (!absolute.startsWith(root)) {
      return Optional.of("is outside the project");
    }
    if (isGitPath(root.relativize(absolute))) {
      return Optional.of("is inside .git/, which archdoc never reads");
    }
    if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Path real;
    try {
      real = absolute.toRealPath();
    } catch (IOException e) {
      // a dangling link, a loop, or a link the process may not follow: not read either way
      return Files.isSymbolicLink(absolute)
          ? Optional.of("is a symbolic link that cannot be followed")
          : Optional.empty();
    }
    if (!real.startsWith(realRoot)) {
      return Optional.of("is a symbolic link (or lies below one) that leads outside the project");
    }
    if (isGitPath(realRoot.relativize(real))) {
      return Optional.of("is a symbolic link that leads into .git/, which archdoc never reads");
    }
    return Optional.empty();
  }

  /** An {@code outside-project} error at the file itself when it may not be read. */
  public Optional<Finding> check(Path relative) {
    return refusal(relative).map(why -> Finding.error(RULE, relative, 0, why + "; archdoc does not read it"));
  }
}
