package com.example.raft.worker;

import com.example.raft.data.NodeId;
import com.example.raft.data.RoleName;
import java.util.Optional;

/**
 * A snapshot of one node's Raft state, for status output and for tests waiting on a condition.
 *
 * @param node the node
 * @param running whether the node's thread is running
 * @param role its role
 * @param term its current term
 * @param leader the leader it knows of
 * @param commitIndex how far it knows the log is committed
 * @param lastApplied how far it has applied the log
 * @param lastLogIndex the end of its log
 * @param snapshotIndex the last index its snapshot covers (0: never compacted)
 * @param snapshotsInstalled how many snapshots it has taken from a leader since it started
 */
public record NodeStatus(
    NodeId node,
    boolean running,
    RoleName role,
    long term,
    Optional<NodeId> leader,
    long commitIndex,
    long lastApplied,
    long lastLogIndex,
    long snapshotIndex,
    long snapshotsInstalled) {}
