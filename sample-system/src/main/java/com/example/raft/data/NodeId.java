package com.example.raft.data;

/**
 * The name of one member of the cluster, such as {@code n1}.
 *
 * <p>Node ids are ordered so that every collection keyed by them iterates the same way on every
 * run: the core must not depend on hash order, or a simulation could not be replayed.
 */
public record NodeId(String name) implements Comparable<NodeId> {

  /** Rejects blank names, which would make log lines and status output ambiguous. */
  public NodeId {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a node id needs a name");
    }
  }

  /** Shorthand for {@code new NodeId(name)}. */
  public static NodeId of(String name) {
    return new NodeId(name);
  }

  @Override
  public int compareTo(NodeId other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
