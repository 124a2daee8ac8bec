package com.example.raft.data;

import dev.archdoc.annotations.Decision;

/**
 * A linearizable read waiting on the leader.
 *
 * @param requestId the runtime's handle for the waiting client
 * @param key the key to read
 * @param readIndex the commit index the read must see; served once the node has applied it
 * @param round the heartbeat round sent after the read arrived; a quorum answering it (or a later
 *     one) confirms the node was still leader
 */
@Decision("ADR-7")
public record PendingRead(long requestId, String key, long readIndex, long round) {}
