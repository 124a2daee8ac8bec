package com.example.raft.worker.net;

import com.example.raft.worker.NodeReply;
import com.example.raft.worker.NodeRuntime;
import dev.archdoc.annotations.Decision;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepts TCP connections for one node: peers' Raft messages are handed to the node's inbox,
 * clients' requests are passed to the node and answered on the same connection, possibly out of
 * order (each reply names its request). Bind first with {@link #bind}, so a busy port is reported
 * before the node starts, then {@link #serve}.
 */
@Decision(value = "ADR-15", note = "peers and clients share one port and one framing")
public final class NodeServer implements AutoCloseable {

  private static final int REPLY_QUEUE_CAPACITY = 8_192;

  private final ServerSocket server;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private volatile boolean open = true;

  private NodeServer(ServerSocket server) {
    this.server = server;
  }

  /** Listens on {@code address}; fails if the port is taken. */
  public static NodeServer bind(InetSocketAddress address) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(address, 128);
    return new NodeServer(server);
  }

  /** The address actually bound (with the port chosen, if 0 was asked for). */
  public InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  /** Starts accepting connections for {@code node}. */
  public void serve(NodeRuntime node) {
    Thread acceptor = new Thread(() -> accept(node), "raft-" + node.id() + "-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept(NodeRuntime node) {
    while (open) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        connections.add(socket);
        Thread reader = new Thread(() -> handle(node, socket), "raft-" + node.id() + "-conn");
        reader.setDaemon(true);
        reader.start();
      } catch (IOException e) {
        if (open) {
          System.err.println("node " + node.id() + ": accept failed: " + e.getMessage());
        }
      }
    }
  }

  private void handle(NodeRuntime node, Socket socket) {
    FrameWriter replies = null;
    try {
      DataInputStream in = Frames.input(socket.getInputStream());
      Optional<Frames.Frame> next;
      while ((next = Frames.read(in)).isPresent()) {
        Frames.Frame frame = next.get();
        if (frame.kind() == Frames.RAFT) {
          node.deliver(Frames.readRaft(frame));
        } else if (frame.kind() == Frames.REQUEST) {
          if (replies == null) {
            replies = new FrameWriter(socket, "raft-" + node.id() + "-replies", REPLY_QUEUE_CAPACITY, () -> {});
          }
          answer(node, Frames.readRequest(frame), replies);
        } else {
          throw new IOException("unexpected frame kind " + frame.kind());
        }
      }
    } catch (IOException broken) {
      // A peer or client went away or spoke nonsense: drop the connection; it may reconnect.
    } finally {
      if (replies != null) {
        replies.close();
      }
      closeQuietly(socket);
      connections.remove(socket);
    }
  }

  private static void answer(NodeRuntime node, Frames.Request request, FrameWriter replies) {
    CompletableFuture<NodeReply> reply;
    if (request.write().isPresent()) {
      reply = node.write(request.write().get());
    } else if (request.members().isPresent()) {
      reply = node.changeMembership(request.members().get());
    } else if (request.transferTo().isPresent()) {
      reply = node.transferLeadership(request.transferTo().get());
    } else {
      reply = node.read(request.key());
    }
    reply.whenComplete((answer, failure) -> {
      NodeReply sent = answer != null ? answer : new NodeReply.Unavailable("node failed: " + failure);
      replies.offer(Frames.reply(request.id(), sent)); // a full queue means a client that stopped reading
    });
  }

  @Override
  public void close() {
    open = false;
    closeQuietly(server);
    connections.forEach(NodeServer::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // best effort on the way out
    }
  }
}
