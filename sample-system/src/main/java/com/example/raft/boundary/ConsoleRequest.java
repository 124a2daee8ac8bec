package com.example.raft.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line typed at the console, parsed: a store request, a console command, or the reason the
 * line is not understood. Parsing never throws; every line becomes one of these values.
 */
public sealed interface ConsoleRequest
    permits ConsoleRequest.Put,
        ConsoleRequest.Get,
        ConsoleRequest.Delete,
        ConsoleRequest.Cas,
        ConsoleRequest.Status,
        ConsoleRequest.Help,
        ConsoleRequest.Quit,
        ConsoleRequest.Blank,
        ConsoleRequest.Invalid {

  /** The one-line summary of the commands, for {@code help} and for errors. */
  String USAGE = "commands: put KEY VALUE | get KEY | delete KEY | cas KEY EXPECTED NEW | status | help | quit";

  /** {@code put KEY VALUE}. */
  record Put(String key, String value) implements ConsoleRequest {}

  /** {@code get KEY}. */
  record Get(String key) implements ConsoleRequest {}

  /** {@code delete KEY}. */
  record Delete(String key) implements ConsoleRequest {}

  /** {@code cas KEY EXPECTED NEW}. */
  record Cas(String key, String expected, String newValue) implements ConsoleRequest {}

  /** {@code status}: show every node's role, term and progress. */
  record Status() implements ConsoleRequest {}

  /** {@code help}. */
  record Help() implements ConsoleRequest {}

  /** {@code quit} (end of input means the same). */
  record Quit() implements ConsoleRequest {}

  /** An empty line, which needs no answer. */
  record Blank() implements ConsoleRequest {}

  /** A line that is not a command, with the reason. */
  record Invalid(String reason) implements ConsoleRequest {}

  /** Parses one console line; words are separated by whitespace, the command is case-insensitive. */
  static ConsoleRequest parse(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return new Blank();
    }
    List<String> words = List.of(trimmed.split("\\s+"));
    String command = words.get(0).toLowerCase(Locale.ROOT);
    List<String> args = words.subList(1, words.size());
    return switch (command) {
      case "put" -> expect(command, args, 2, "put KEY VALUE").orElseGet(() -> new Put(args.get(0), args.get(1)));
      case "get" -> expect(command, args, 1, "get KEY").orElseGet(() -> new Get(args.get(0)));
      case "delete" -> expect(command, args, 1, "delete KEY").orElseGet(() -> new Delete(args.get(0)));
      case "cas" -> expect(command, args, 3, "cas KEY EXPECTED NEW")
          .orElseGet(() -> new Cas(args.get(0), args.get(1), args.get(2)));
      case "status" -> expect(command, args, 0, "status").orElseGet(Status::new);
      case "help" -> expect(command, args, 0, "help").orElseGet(Help::new);
      case "quit", "exit" -> expect(command, args, 0, "quit").orElseGet(Quit::new);
      default -> new Invalid("unknown command '" + words.get(0) + "'; " + USAGE);
    };
  }

  private static Optional<ConsoleRequest> expect(String command, List<String> args, int count, String usage) {
    if (args.size() == count) {
      return Optional.empty();
    }
    return Optional.of(
        new Invalid(command + " takes " + count + (count == 1 ? " argument" : " arguments")
            + ", got " + args.size() + "; usage: " + usage));
  }
}
