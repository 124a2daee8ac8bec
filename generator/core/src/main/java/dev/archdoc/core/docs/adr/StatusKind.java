package dev.archdoc.core.docs.adr;

/** The statuses archdoc understands, plus the two ways a status can fail to be one of them. */
public enum StatusKind {
  PROPOSED,
  ACCEPTED,
  REJECTED,
  DEPRECATED,
  SUPERSEDED,
  /** A status is written but is none of the above ("on hold", "draft"); shown as written. */
  UNRECOGNISED,
  /** The ADR states no status at all. */
  MISSING;

  /** Whether code should no longer cite a decision with this status. */
  public boolean isRetired() {
    return this == SUPERSEDED || this == DEPRECATED || this == REJECTED;
  }
}
