/**
 * The disk worker: a write-ahead log that keeps a node's term, vote and log entries in one
 * append-only file of checksummed records, syncs it with fsync, and on start-up recovers what it
 * holds — cutting off a record torn by a crash, refusing a file damaged anywhere else.
 *
 * <p>It implements the worker layer's {@link com.example.raft.worker.DurableStore}; nothing in
 * the runtime or the core knows it is a file.
 */
@Decision("ADR-12")
@Decision("ADR-13")
package com.example.raft.worker.disk;

import dev.archdoc.annotations.Decision;
