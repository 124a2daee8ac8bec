package dev.archdoc.doclet.model;

import java.util.List;
import java.util.Optional;

/** What packages, types and members have in common: an id that code references name, and docs. */
public sealed interface CodeElement permits CodePackage, CodeType, CodeMember {

  /** The canonical id, the form a {@code code:} reference resolves to. */
  String id();

  /** Where it is declared; empty for a package without {@code package-info.java}. */
  Optional<SourceSpan> location();

  Doc doc();

  List<AnnotationUse> annotations();

  List<DecisionRef> decisions();

  /** The {@code //!} blocks that precede it (or, for a member, sit in its body). */
  List<Prose> prose();
}
