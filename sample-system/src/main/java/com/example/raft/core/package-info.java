/**
 * The functional core: the Raft state machine as a pure step function {@code (state, input) ->
 * (state, effects)}, and the key-value state machine the log drives.
 *
 * <p>Nothing here does I/O, starts a thread, reads a clock or draws unseeded randomness: time
 * arrives as tick inputs, randomness as a seed in the node's configuration, and every outcome
 * leaves as an effect value for an outer layer to carry out. This package may use the data layer
 * and nothing else of the system; a test scans its source to keep it that way.
 */
@Decision("ADR-2")
@Decision("ADR-12")
package com.example.raft.core;

import dev.archdoc.annotations.Decision;
