/**
 * The binary encoding of Raft's data — log entries, commands, messages, results — shared by the
 * write-ahead log on disk and the TCP transport, so one entry has one byte form wherever it goes.
 *
 * <p>Plain {@link java.io.DataOutput}/{@link java.io.DataInput}: big-endian numbers, strings as
 * modified UTF-8, every variant of a sealed type introduced by a one-byte tag. Framing (lengths,
 * checksums) belongs to the callers.
 */
@Decision("ADR-12")
package com.example.raft.worker.codec;

import dev.archdoc.annotations.Decision;
