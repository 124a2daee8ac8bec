package dev.archdoc.core.docs.adr;

/** How one ADR relates to another; each kind has an inverse stated (or inferred) on the other side. */
public enum RelationKind {
  SUPERSEDES("supersedes"),
  SUPERSEDED_BY("superseded by"),
  AMENDS("amends"),
  AMENDED_BY("amended by"),
  RELATES_TO("relates to");

  private final String words;

  RelationKind(String words) {
    this.words = words;
  }

  /** The relation as a person reads it, e.g. {@code superseded by}. */
  public String words() {
    return words;
  }

  public RelationKind inverse() {
    return switch (this) {
      case SUPERSEDES -> SUPERSEDED_BY;
      case SUPERSEDED_BY -> SUPERSEDES;
      case AMENDS -> AMENDED_BY;
      case AMENDED_BY -> AMENDS;
      case RELATES_TO -> RELATES_TO;
    };
  }
}
