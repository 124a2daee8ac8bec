package com.example.raft.lifecycle;

import com.example.raft.boundary.Answer;
import com.example.raft.boundary.ConsoleRequest;
import com.example.raft.boundary.KvClient;
import com.example.raft.data.KvResult;
import com.example.raft.worker.NodeStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The line-oriented console over a running cluster: reads one command per line and answers each
 * with exactly one line, until {@code quit} or the end of the input.
 */
final class Console {

  private final Cluster cluster;
  private final KvClient client;
  private final PrintStream out;

  Console(Cluster cluster, KvClient client, PrintStream out) {
    this.cluster = cluster;
    this.client = client;
    this.out = out;
  }

  /** Answers every line of {@code in} until {@code quit} or end of input. */
  void run(BufferedReader in) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      ConsoleRequest request = ConsoleRequest.parse(line);
      if (request instanceof ConsoleRequest.Quit) {
        return;
      }
      answer(request).ifPresent(out::println);
      out.flush();
    }
  }

  private Optional<String> answer(ConsoleRequest request) {
    if (request instanceof ConsoleRequest.Blank) {
      return Optional.empty();
    }
    if (request instanceof ConsoleRequest.Invalid invalid) {
      return Optional.of("ERROR: " + invalid.reason());
    }
    if (request instanceof ConsoleRequest.Help) {
      return Optional.of(ConsoleRequest.USAGE);
    }
    if (request instanceof ConsoleRequest.Status) {
      return Optional.of(status());
    }
    if (request instanceof ConsoleRequest.Put put) {
      return Optional.of(format(client.put(put.key(), put.value())));
    }
    if (request instanceof ConsoleRequest.Get get) {
      return Optional.of(format(client.get(get.key())));
    }
    if (request instanceof ConsoleRequest.Delete delete) {
      return Optional.of(format(client.delete(delete.key())));
    }
    if (request instanceof ConsoleRequest.Cas cas) {
      return Optional.of(format(client.compareAndSet(cas.key(), cas.expected(), cas.newValue())));
    }
    return Optional.of("ERROR: cannot answer " + request);
  }

  private String status() {
    return cluster.statuses().stream().map(Console::describe).collect(Collectors.joining(" | "));
  }

  private static String describe(NodeStatus node) {
    return node.node()
        + " " + node.role()
        + " term " + node.term()
        + " leader " + node.leader().map(Object::toString).orElse("-")
        + " commit " + node.commitIndex()
        + " applied " + node.lastApplied()
        + " log " + node.lastLogIndex();
  }

  /** One answer as the one line the console (and the command-line client) prints. */
  static String format(Answer answer) {
    if (answer instanceof Answer.Failure failure) {
      return "ERROR: " + failure.reason();
    }
    KvResult result = ((Answer.Success) answer).result();
    if (result instanceof KvResult.Value value) {
      return value.value().orElse("(not found)");
    }
    if (result instanceof KvResult.Done) {
      return "OK";
    }
    if (result instanceof KvResult.CasMismatch mismatch) {
      return mismatch.actualValue().map(actual -> "FAILED: current value is " + actual).orElse("FAILED: key is absent");
    }
    if (result instanceof KvResult.StaleSequence stale) {
      return "ERROR: request " + stale.sequence() + " is older than the last applied " + stale.lastApplied();
    }
    return "ERROR: unexpected result " + result;
  }
}
