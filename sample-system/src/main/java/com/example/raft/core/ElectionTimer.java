package com.example.raft.core;

import com.example.raft.data.RaftState;
import dev.archdoc.annotations.Decision;
import java.util.SplittableRandom;

//! Randomized election timeouts, without giving up purity. The next timeout is drawn from a
//! `SplittableRandom` built from the seed stored *in the state*, and the draw also produces the
//! seed for the next draw. So randomness is just another field of the value: the same state
//! always draws the same timeout, which is what lets a simulation replay a seed exactly, while
//! different nodes (seeded differently in their `NodeConfig`) still spread their timeouts over
//! [base, 2 × base) ticks and rarely split a vote.

/** Draws randomized election timeouts from the seed carried in the node state. */
@Decision(value = "ADR-4", note = "timeouts spread over [base, 2 x base) ticks")
@Decision(value = "ADR-11", note = "seeded from the config, so simulations replay exactly")
final class ElectionTimer {

  private ElectionTimer() {}

  /** {@code state} with the election counter at zero and a freshly drawn timeout. */
  static RaftState reset(RaftState state) {
    SplittableRandom random = new SplittableRandom(state.jitterSeed());
    int base = state.config().electionTimeoutTicks();
    int timeout = base + random.nextInt(base);
    return state.withElectionTimer(timeout, random.nextLong());
  }

  /**
   * The seed a node starts from after a (re)start: the configured seed mixed with the durable term,
   * so a node that restarts does not replay the timeouts it drew before the crash.
   */
  static long startingSeed(long configuredSeed, long term) {
    return new SplittableRandom(configuredSeed ^ (term * 0x9E3779B97F4A7C15L)).nextLong();
  }
}
