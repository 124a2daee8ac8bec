package dev.archdoc.core.finding;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a person most likely meant when they wrote an unknown one, so a message can
 * say "did you mean {@code layers}?" instead of only "unknown key".
 *
 * <p>A candidate qualifies when its edit distance to the written name is small for the name's
 * length (a third of the length, at least 1, at most 3), compared case-insensitively; ties go to
 * the candidate listed first, which keeps messages stable.
 */
public final class DidYouMean {

  private DidYouMean() {}

  /** The closest candidate, or empty when nothing is close enough to be a likely typo. */
  public static Optional<String> closest(String written, Collection<String> candidates) {
    String typed = written.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, typed.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** " (did you mean 'x'?)" or "" — ready to append to a message. */
  public static String hint(String written, Collection<String> candidates) {
    return closest(written, candidates).map(name -> " (did you mean '" + name + "'?)").orElse("");
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
