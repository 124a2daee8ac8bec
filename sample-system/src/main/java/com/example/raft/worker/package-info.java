/**
 * The workers: the imperative shell that runs the pure core with real threads, a ticking clock,
 * a transport between nodes, durable storage for term, vote and log, and the applier that runs
 * committed entries through the key-value state machine.
 *
 * <p>Transport and storage sit behind small interfaces ({@link com.example.raft.worker.Transport},
 * {@link com.example.raft.worker.DurableStore}): in memory here, for a cluster inside one JVM; over
 * TCP in {@code worker.net} and on disk in {@code worker.disk}, for one node per process, without
 * touching the core. This package may use the core and data layers; it knows nothing of clients
 * or of how a cluster is started.
 */
@Decision("ADR-10")
@Decision("ADR-12")
package com.example.raft.worker;

import dev.archdoc.annotations.Decision;
