package dev.archdoc.doclet.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads one code reference and finds the element it names in a model. */
final class ReferenceResolver {

  private final CodeModel model;

  ReferenceResolver(CodeModel model) {
    this.model = model;
  }

  Optional<CodeElement> resolve(String reference) {
    String ref = reference.strip().replace('$', '.');
    int hash = ref.indexOf('#');
    if (hash < 0) {
      Optional<CodeElement> type = model.findType(ref).map(CodeElement.class::cast);
      return type.isPresent() ? type : model.findPackage(ref).map(CodeElement.class::cast);
    }
    Optional<CodeType> owner = model.findType(ref.substring(0, hash));
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String memberPart = ref.substring(hash + 1).strip();
    int paren = memberPart.indexOf('(');
    if (paren < 0) {
      return byName(owner.get(), memberPart);
    }
    if (!memberPart.endsWith(")")) {
      return Optional.empty();
    }
    String name = memberPart.substring(0, paren).strip();
    List<String> wanted = parameterTypes(memberPart.substring(paren + 1, memberPart.length() - 1));
    return owner.get().members().stream()
        .filter(CodeMember::isExecutable)
        .filter(m -> namesMatch(owner.get(), m, name))
        .filter(m -> parametersMatch(m, wanted))
        .min(SOURCE_ORDER)
        .map(CodeElement.class::cast);
  }

  private static final Comparator<CodeMember> SOURCE_ORDER =
      Comparator.comparingInt((CodeMember m) -> m.span().startLine()).thenComparing(CodeMember::id);

  private static Optional<CodeElement> byName(CodeType owner, String name) {
    Optional<CodeMember> plain =
        owner.members().stream()
            .filter(m -> !m.isExecutable() && m.name().equals(name))
            .findFirst();
    if (plain.isPresent()) {
      return plain.map(CodeElement.class::cast);
    }
    return owner.members().stream()
        .filter(m -> m.isExecutable() && namesMatch(owner, m, name))
        .min(SOURCE_ORDER)
        .map(CodeElement.class::cast);
  }

  private static boolean namesMatch(CodeType owner, CodeMember member, String name) {
    if (member.kind() == CodeMember.Kind.CONSTRUCTOR) {
      return name.equals(owner.simpleName()) || name.equals("<init>");
    }
    return member.name().equals(name);
  }

  private static boolean parametersMatch(CodeMember member, List<String> wanted) {
    String id = member.id();
    List<String> actual = parameterTypes(id.substring(id.indexOf('(') + 1, id.length() - 1));
    if (actual.size() != wanted.size()) {
      return false;
    }
    for (int i = 0; i < actual.size(); i++) {
      String have = actual.get(i);
      String want = wanted.get(i);
      if (!have.equals(want) && !have.endsWith("." + want)) {
        return false;
      }
    }
    return true;
  }

  /** Splits a parameter list at top-level commas, dropping generics, names and spaces. */
  static List<String> parameterTypes(String list) {
    List<String> types = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : list.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0 && c == ',') {
        types.add(normalizeParameter(current.toString()));
        current.setLength(0);
      } else if (depth == 0) {
        current.append(c);
      }
    }
    if (!current.toString().isBlank() || !types.isEmpty()) {
      types.add(normalizeParameter(current.toString()));
    }
    return types;
  }

  private static String normalizeParameter(String written) {
    // "final String name" or "@Nonnull String": keep only the type
    for (String word : written.strip().split("\\s+")) {
      if (!word.isEmpty() && !word.equals("final") && !word.startsWith("@")) {
        return word.replace("...", "[]").replace('$', '.');
      }
    }
    return "";
  }

}
