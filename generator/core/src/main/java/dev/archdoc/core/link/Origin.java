package dev.archdoc.core.link;

/** Where in the docs a reference to code is written. */
public enum Origin {
  /** a {@code code:} link in an overview page */
  PAGE,
  /** a {@code code:} link in an ADR's body */
  ADR_BODY,
  /** an entry of an ADR's {@code governs:} annotation */
  ADR_GOVERNS,
  /** a {@code [[code:...]]} link in a PlantUML diagram (a file, or a block in a page or ADR) */
  DIAGRAM
}
