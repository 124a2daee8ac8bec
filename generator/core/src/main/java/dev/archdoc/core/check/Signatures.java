package dev.archdoc.core.check;

import dev.archdoc.doclet.model.CodeElement;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signature of a code element as one line of Java, the text {@code archdoc.lock} records and
 * {@code stale-reference} compares.
 *
 * <p>Annotations are left out on purpose: adding {@code @Decision} or {@code @Override} to an
 * element does not change what a doc can say about it, and must not make every doc that names it
 * stale. Packages have no signature: a package that still exists still is what the docs named.
 */
final class Signatures {

  private Signatures() {}

  static Optional<String> of(CodeElement element) {
    if (element instanceof CodeMember member) {
      return Optional.of(member.signature());
    }
    if (element instanceof CodeType type) {
      return Optional.of(ofType(type));
    }
    return Optional.empty(); // a package

  }

  private static String ofType(CodeType type) {
    List<String> words = new ArrayList<>(type.modifiers());
    words.add(switch (type.kind()) {
      case ANNOTATION -> "@interface";
      default -> type.kind().name().toLowerCase(Locale.ROOT);
    });
    String name = type.qualifiedName().substring(
        type.packageName().isEmpty() ? 0 : type.packageName().length() + 1);
    words.add(type.typeParameters().isEmpty() ? name : name + "<" + String.join(", ", type.typeParameters()) + ">");
    if (type.superclass() != null) {
      words.add("extends " + type.superclass());
    }
    if (!type.interfaces().isEmpty()) {
      words.add((type.kind() == CodeType.Kind.INTERFACE ? "extends " : "implements ")
          + String.join(", ", type.interfaces()));
    }
    if (!type.permittedSubtypes().isEmpty()) {
      words.add("permits " + String.join(", ", type.permittedSubtypes()));
    }
    return String.join(" ", words);
  }
}
