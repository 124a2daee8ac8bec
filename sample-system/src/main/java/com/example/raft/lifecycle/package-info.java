/**
 * The lifecycle: configuration, starting and stopping a cluster or a single node, restarting a
 * node from its durable state, and {@link com.example.raft.lifecycle.Main}, the command-line entry
 * point that runs a three-node cluster in one JVM behind a line-oriented console.
 *
 * <p>This is the outermost layer: it may use every other layer, and nothing uses it.
 */
@Decision("ADR-12")
package com.example.raft.lifecycle;

import dev.archdoc.annotations.Decision;
