package com.example.raft.data;

import dev.archdoc.annotations.Decision;

/**
 * A write requested by a client, tagged with the client's session: its id and a sequence number
 * that grows by one per request.
 *
 * <p>The session tag is what makes a retried write safe: the state machine remembers the last
 * sequence number applied for each client and answers a duplicate with the original result
 * instead of applying it twice.
 */
@Decision(value = "ADR-8", note = "the session tag every write carries")
public record ClientCommand(String clientId, long sequence, Operation operation) implements Command {

  /** Rejects commands without a session, which could not be deduplicated. */
  public ClientCommand {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("a client command needs a client id");
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("client sequence numbers start at 1, got " + sequence);
    }
    if (operation == null) {
      throw new IllegalArgumentException("a client command needs an operation");
    }
  }
}
