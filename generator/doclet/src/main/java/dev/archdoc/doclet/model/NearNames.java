package dev.archdoc.doclet.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds existing ids close to a reference that names nothing: the same simple name in another
 * package (a moved class), or a name a few edits away (a typo or a rename).
 */
final class NearNames {

  private record Scored(String id, int score) {}

  private final CodeModel model;

  NearNames(CodeModel model) {
    this.model = model;
  }

  List<String> near(String reference, int limit) {
    String ref = reference.strip().replace('$', '.');
    int hash = ref.indexOf('#');
    List<Scored> found = new ArrayList<>();
    if (hash < 0) {
      scoreTypesAndPackages(ref, "", found);
    } else {
      String typePart = ref.substring(0, hash);
      String member = ref.substring(hash + 1);
      int paren = member.indexOf('(');
      String memberName = paren < 0 ? member : member.substring(0, paren);
      Optional<CodeType> owner = model.findType(typePart);
      if (owner.isPresent()) {
        for (CodeMember m : owner.get().members()) {
          int score = distance(memberName, m.name());
          if (score <= threshold(memberName)) {
            found.add(new Scored(m.id(), score));
          }
        }
      } else {
        scoreTypesAndPackages(typePart, "#" + member, found);
      }
    }
    return found.stream()
        .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::id))
        .map(Scored::id)
        .distinct()
        .limit(limit)
        .toList();
  }

  private void scoreTypesAndPackages(String name, String suffix, List<Scored> found) {
    String simple = simpleName(name);
    for (CodeType type : model.types()) {
      int whole = distance(name, type.qualifiedName());
      int bySimpleName = distance(simple, type.simpleName()) + 2;
      int score = Math.min(whole, bySimpleName);
      if (score <= threshold(simple) + 2) {
        found.add(new Scored(type.qualifiedName() + suffix, score));
      }
    }
    if (suffix.isEmpty()) {
      for (CodePackage pkg : model.packages()) {
        int score = distance(name, pkg.name());
        if (score <= threshold(name)) {
          found.add(new Scored(pkg.name(), score));
        }
      }
    }
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static int threshold(String name) {
    return Math.max(2, name.length() / 3);
  }

  /** Levenshtein distance, case differences counting half so "Raftcore" finds "RaftCore". */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = 2 * j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = 2 * i;
      for (int j = 1; j <= b.length(); j++) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        int substitution = x == y ? 0 : Character.toLowerCase(x) == Character.toLowerCase(y) ? 1 : 2;
        current[j] =
            Math.min(previous[j - 1] + substitution, Math.min(previous[j] + 2, current[j - 1] + 2));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return (previous[b.length()] + 1) / 2;
  }
}
