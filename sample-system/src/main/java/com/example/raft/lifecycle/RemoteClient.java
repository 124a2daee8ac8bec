package com.example.raft.lifecycle;

import com.example.raft.boundary.Answer;
import com.example.raft.boundary.KvClient;
import com.example.raft.data.NodeId;
import com.example.raft.worker.NodeEndpoint;
import com.example.raft.worker.NodeReply;
import com.example.raft.worker.net.RemoteNode;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * {@code raft-kv.jar put|get|delete|cas ...}: one request to a multi-process cluster. The
 * client finds the leader itself, follows redirects and retries under one fresh session, so a
 * retried write still takes effect once; it prints the answer in the console's one-line form.
 * {@code raft-kv.jar transfer NODE} asks the leader to hand leadership to {@code NODE}, and
 * {@code raft-kv.jar members ID,ID,...} to make those the voting members (one added or removed).
 */
final class RemoteClient implements AutoCloseable {

  static final Set<String> VERBS = Set.of("put", "get", "delete", "cas", "transfer", "members");
  static final Set<String> OPTIONS = Set.of("--members", "--timeout-ms");

  private final Map<NodeId, RemoteNode> nodes = new TreeMap<>();
  private final List<NodeId> members;

  RemoteClient(MemberAddresses addresses) {
    addresses.asMap().forEach((id, address) -> nodes.put(id, new RemoteNode(id, address)));
    this.members = new ArrayList<>(nodes.keySet());
  }

  /** A client with its own session over the shared connections. */
  KvClient session(String clientId, Duration deadline) {
    Function<NodeId, Optional<NodeEndpoint>> endpoints = id -> Optional.ofNullable(nodes.get(id));
    return new KvClient(clientId, members, endpoints, deadline);
  }

  /**
   * Asks whichever node leads to hand leadership to {@code target}: starts at the first member,
   * follows redirects, and prints the outcome in one line.
   */
  int transfer(NodeId target, Duration deadline, PrintStream out, PrintStream err) {
    if (!nodes.containsKey(target)) {
      err.println("raft-kv: " + target + " is not among the members " + members);
      return 2;
    }
    return report(askLeader(node -> node.transferLeadership(target), deadline), "hand leadership to " + target, out, err);
  }

  /** Asks whichever node leads to make {@code voters} the voting members (one added or removed). */
  int changeMembers(List<NodeId> voters, Duration deadline, PrintStream out, PrintStream err) {
    for (NodeId voter : voters) {
      if (!nodes.containsKey(voter)) {
        err.println("raft-kv: " + voter + " has no address in --members " + members);
        return 2;
      }
    }
    return report(askLeader(node -> node.changeMembership(voters), deadline), "change the members to " + voters, out, err);
  }

  private static int report(NodeReply reply, String what, PrintStream out, PrintStream err) {
    if (reply instanceof NodeReply.LeaderNow now) {
      out.println(now.leader() + " leads now");
      return 0;
    }
    if (reply instanceof NodeReply.MembersNow now) {
      out.println("members now: " + String.join(",", now.members().stream().map(NodeId::name).toList()));
      return 0;
    }
    String reason = reply instanceof NodeReply.Refused refused ? refused.reason()
        : reply instanceof NodeReply.Unavailable unavailable ? unavailable.reason() : reply.toString();
    err.println("raft-kv: could not " + what + ": " + reason);
    return 1;
  }

  /**
   * Sends {@code request} to the first member, follows "not the leader" redirects (trying the
   * next member when there is no hint), and returns the first definite answer — or, at the
   * deadline, the last thing it heard.
   */
  private NodeReply askLeader(Function<NodeEndpoint, java.util.concurrent.CompletableFuture<NodeReply>> request, Duration deadline) {
    long giveUpAt = System.nanoTime() + deadline.toNanos();
    NodeId asking = members.get(0);
    NodeReply last = new NodeReply.Unavailable("no node answered within " + deadline.toMillis() + " ms");
    while (System.nanoTime() - giveUpAt < 0) {
      NodeReply reply;
      try {
        reply = request.apply(nodes.get(asking)).get(Math.max(1, (giveUpAt - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        reply = new NodeReply.Unavailable(asking + " did not answer in time");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new NodeReply.Unavailable("interrupted");
      }
      if (reply instanceof NodeReply.LeaderNow || reply instanceof NodeReply.MembersNow || reply instanceof NodeReply.Refused) {
        return reply;
      }
      last = reply;
      if (reply instanceof NodeReply.NotLeader notLeader && notLeader.leaderHint().isPresent()
          && !notLeader.leaderHint().get().equals(asking) && nodes.containsKey(notLeader.leaderHint().get())) {
        asking = notLeader.leaderHint().get();
        continue;
      }
      asking = members.get((members.indexOf(asking) + 1) % members.size());
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L); // an election may be under way
    }
    return last;
  }

  @Override
  public void close() {
    nodes.values().forEach(RemoteNode::close);
  }

  static int run(String verb, Arguments args, PrintStream out, PrintStream err) {
    int expected = switch (verb) {
      case "put" -> 2;
      case "transfer", "members" -> 1;
      case "cas" -> 3;
      default -> 1;
    };
    if (args.positional().size() != expected) {
      err.println("raft-kv: " + verb + " takes " + expected + (expected == 1 ? " argument" : " arguments")
          + ", got " + args.positional().size() + "; try --help");
      return 2;
    }
    MemberAddresses.Parsed parsed = args.options().containsKey("--members")
        ? MemberAddresses.parse(args.options().get("--members"))
        : new MemberAddresses.Parsed(Optional.of(MemberAddresses.loopback(3, MemberAddresses.DEFAULT_BASE_PORT)), Optional.empty());
    Optional<Integer> timeout = args.integer("--timeout-ms", 10_000, 1, 3_600_000);
    if (parsed.problem().isPresent() || timeout.isEmpty()) {
      err.println("raft-kv: " + parsed.problem().map(p -> "bad --members: " + p).orElse("bad --timeout-ms"));
      return 2;
    }
    List<String> words = args.positional();
    if (verb.equals("transfer") || verb.equals("members")) {
      try (RemoteClient client = new RemoteClient(parsed.members().get())) {
        return verb.equals("transfer")
            ? client.transfer(NodeId.of(words.get(0)), Duration.ofMillis(timeout.get()), out, err)
            : client.changeMembers(List.of(words.get(0).split(",")).stream().map(String::strip).map(NodeId::of).toList(),
                Duration.ofMillis(timeout.get()), out, err);
      }
    }
    String sessionId = "cli-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    try (RemoteClient client = new RemoteClient(parsed.members().get())) {
      KvClient session = client.session(sessionId, Duration.ofMillis(timeout.get()));
      Answer answer = switch (verb) {
        case "put" -> session.put(words.get(0), words.get(1));
        case "get" -> session.get(words.get(0));
        case "delete" -> session.delete(words.get(0));
        default -> session.compareAndSet(words.get(0), words.get(1), words.get(2));
      };
      String line = Console.format(answer);
      if (line.startsWith("ERROR: ")) {
        err.println("raft-kv: " + line.substring("ERROR: ".length()));
        return 1;
      }
      out.println(line);
      return 0;
    }
  }
}
