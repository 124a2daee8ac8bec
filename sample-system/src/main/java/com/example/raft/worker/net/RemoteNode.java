package com.example.raft.worker.net;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.NodeId;
import com.example.raft.worker.NodeEndpoint;
import com.example.raft.worker.NodeReply;
import dev.archdoc.annotations.Decision;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A node in another process, as a client reaches it: requests go out over one TCP connection
 * (opened on first use, reopened after a failure), are pipelined, and are matched with their
 * replies by id. When the connection breaks, every request waiting on it is answered {@link
 * NodeReply.Unavailable}, so the client moves on at once instead of waiting out a timeout.
 * Thread-safe, and meant to be shared by many clients.
 */
@Decision(value = "ADR-15", note = "pipelined requests; a broken connection answers every waiting request at once")
public final class RemoteNode implements NodeEndpoint, AutoCloseable {

  private static final int CONNECT_TIMEOUT_MILLIS = 500;
  private static final int REQUEST_QUEUE_CAPACITY = 8_192;

  private final NodeId id;
  private final InetSocketAddress address;
  private final AtomicLong nextRequestId = new AtomicLong(1);
  private Connection connection;
  private boolean closed;

  /** The node {@code id}, listening at {@code address}. */
  public RemoteNode(NodeId id, InetSocketAddress address) {
    this.id = id;
    this.address = address;
  }

  @Override
  public CompletableFuture<NodeReply> write(ClientCommand command) {
    return send(requestId -> new Frames.Request(requestId, Optional.of(command), command.operation().key(), Optional.empty()));
  }

  @Override
  public CompletableFuture<NodeReply> read(String key) {
    return send(requestId -> new Frames.Request(requestId, Optional.empty(), key, Optional.empty()));
  }

  @Override
  public CompletableFuture<NodeReply> changeMembership(java.util.List<NodeId> members) {
    return send(requestId -> new Frames.Request(requestId, Optional.empty(), "", Optional.empty(), Optional.of(members)));
  }

  @Override
  public CompletableFuture<NodeReply> transferLeadership(NodeId target) {
    return send(requestId -> new Frames.Request(requestId, Optional.empty(), "", Optional.of(target)));
  }

  private interface RequestWithId {
    Frames.Request withId(long requestId);
  }

  private CompletableFuture<NodeReply> send(RequestWithId request) {
    CompletableFuture<NodeReply> reply = new CompletableFuture<>();
    Connection current;
    try {
      current = connection();
    } catch (IOException unreachable) {
      reply.complete(new NodeReply.Unavailable("cannot reach " + id + " at " + address + ": " + unreachable.getMessage()));
      return reply;
    }
    long requestId = nextRequestId.getAndIncrement();
    current.pending.put(requestId, reply);
    if (!current.alive || !current.writer.offer(Frames.request(request.withId(requestId)))) {
      current.pending.remove(requestId);
      reply.complete(new NodeReply.Unavailable("connection to " + id + " is closed or overloaded"));
    }
    return reply;
  }

  private synchronized Connection connection() throws IOException {
    if (closed) {
      throw new IOException("client closed");
    }
    if (connection == null || !connection.alive) {
      Socket socket = new Socket();
      socket.setTcpNoDelay(true);
      try {
        socket.connect(address, CONNECT_TIMEOUT_MILLIS);
      } catch (IOException e) {
        socket.close();
        throw e;
      }
      connection = new Connection(socket);
    }
    return connection;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (connection != null) {
      connection.fail("client closed");
    }
  }

  /** One TCP connection to the node: the requests waiting on it, its writer and its reader. */
  private final class Connection {
    final Map<Long, CompletableFuture<NodeReply>> pending = new ConcurrentHashMap<>();
    final FrameWriter writer;
    private final Socket socket;
    volatile boolean alive = true;

    Connection(Socket socket) {
      this.socket = socket;
      this.writer = new FrameWriter(socket, "client-to-" + id, REQUEST_QUEUE_CAPACITY, () -> fail("connection lost"));
      Thread reader = new Thread(this::readReplies, "client-from-" + id);
      reader.setDaemon(true);
      reader.start();
    }

    private void readReplies() {
      try {
        DataInputStream in = Frames.input(socket.getInputStream());
        Optional<Frames.Frame> next;
        while ((next = Frames.read(in)).isPresent()) {
          if (next.get().kind() != Frames.REPLY) {
            throw new IOException("unexpected frame kind " + next.get().kind());
          }
          Frames.Reply reply = Frames.readReply(next.get());
          CompletableFuture<NodeReply> waiting = pending.remove(reply.requestId());
          if (waiting != null) {
            waiting.complete(reply.reply());
          }
        }
        fail("connection closed by " + id);
      } catch (IOException broken) {
        fail("connection to " + id + " lost: " + broken.getMessage());
      }
    }

    void fail(String reason) {
      alive = false;
      writer.close();
      for (Long requestId : pending.keySet()) {
        CompletableFuture<NodeReply> waiting = pending.remove(requestId);
        if (waiting != null) {
          waiting.complete(new NodeReply.Unavailable(reason));
        }
      }
    }
  }
}
