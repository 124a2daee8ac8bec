package com.example.raft.data;

import java.util.List;

/** The result of one step of the Raft core: the node's next state and the effects to carry out, in order. */
public record Step(RaftState state, List<Effect> effects) {

  /** Copies the effects so the step stays immutable. */
  public Step {
    effects = List.copyOf(effects);
  }
}
