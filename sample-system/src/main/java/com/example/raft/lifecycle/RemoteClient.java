package com.example.raft.lifecycle;

import com.example.raft.boundary.Answer;
import com.example.raft.boundary.KvClient;
import com.example.raft.data.NodeId;
import com.example.raft.worker.NodeEndpoint;
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
import java.util.function.Function;

/**
 * {@code raft-kv.jar put|get|delete|cas ...}: one request to a multi-process cluster. The
 * client finds the leader itself, follows redirects and retries under one fresh session, so a
 * retried write still takes effect once; it prints the answer in the console's one-line form.
 */
final class RemoteClient implements AutoCloseable {

  static final Set<String> VERBS = Set.of("put", "get", "delete", "cas");
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

  @Override
  public void close() {
    nodes.values().forEach(RemoteNode::close);
  }

  static int run(String verb, Arguments args, PrintStream out, PrintStream err) {
    int expected = switch (verb) {
      case "put" -> 2;
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
