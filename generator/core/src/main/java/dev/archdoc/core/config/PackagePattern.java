package dev.archdoc.core.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A package pattern of a layer: {@code a.b} is exactly package {@code a.b}; {@code a.b..} is
 * {@code a.b} and every package below it (but not {@code a.bc}).
 *
 * @param packageName the package the pattern is anchored at
 * @param includesSubpackages whether packages below {@code packageName} match too
 */
public record PackagePattern(String packageName, boolean includesSubpackages) {

  private static final Pattern PACKAGE_NAME =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
          + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  /** Reads {@code a.b} or {@code a.b..}; empty when the text is not a package pattern. */
  public static Optional<PackagePattern> parse(String text) {
    String trimmed = text.trim();
    boolean below = trimmed.endsWith("..");
    String name = below ? trimmed.substring(0, trimmed.length() - 2) : trimmed;
    if (!PACKAGE_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(new PackagePattern(name, below));
  }

  public boolean matches(String candidatePackage) {
    if (candidatePackage.equals(packageName)) {
      return true;
    }
    return includesSubpackages && candidatePackage.startsWith(packageName + ".");
  }

  /** The pattern as written in archdoc.yml. */
  @Override
  public String toString() {
    return includesSubpackages ? packageName + ".." : packageName;
  }
}
