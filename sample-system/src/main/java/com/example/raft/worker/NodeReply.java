package com.example.raft.worker;

import com.example.raft.data.KvResult;
import com.example.raft.data.NodeId;
import java.util.List;
import java.util.Optional;

/** What a node answers a client request with. */
public sealed interface NodeReply
    permits NodeReply.Answered, NodeReply.NotLeader, NodeReply.Unavailable, NodeReply.LeaderNow, NodeReply.MembersNow, NodeReply.Refused {

  /** The request was carried out (or was a duplicate of one that was) with this result. */
  record Answered(KvResult result) implements NodeReply {}

  /**
   * This node cannot serve the request; {@code leaderHint} names the leader it knows of. A write
   * redirected this way may still have been committed, so the client retries it under the same
   * session sequence number.
   */
  record NotLeader(Optional<NodeId> leaderHint) implements NodeReply {}

  /** The node is stopped. */
  record Unavailable(String reason) implements NodeReply {}

  /** A leadership transfer finished: {@code leader} leads now. */
  record LeaderNow(NodeId leader) implements NodeReply {}

  /** A membership change is applied: {@code members} are the voting members now. */
  record MembersNow(List<NodeId> members) implements NodeReply {}

  /** The node will not do what was asked, for {@code reason}; asking another node will not help. */
  record Refused(String reason) implements NodeReply {}
}
