//! # The TCP transport: one connection per peer, and forgetting on purpose
//!
//! A node sends Raft messages to each peer over **one outbound TCP connection** that it opens
//! and owns; the peer's messages to us arrive on the peer's own outbound connection to our
//! `NodeServer`. Each direction therefore has exactly one writer, and messages to one peer keep
//! their order while a slow peer cannot hold up the others.
//!
//! `send` is called from the node's loop and must never block, so each peer has a **bounded
//! queue** and a thread that drains it. When the queue is full, the message is dropped. That
//! sounds alarming and is exactly right for Raft: the protocol already assumes the network loses
//! messages, and every message it cares about is re-sent — heartbeats every interval, entries
//! until acknowledged, votes on the next election timeout. A full queue means the peer cannot
//! keep up, and buffering without limit would only turn that into running out of memory.
//!
//! When a connection fails, the thread **reconnects with exponential backoff** (20 ms doubling
//! to 1 s), and drops what was queued for the dead peer rather than replaying a burst of stale
//! heartbeats when it returns. A restarted peer is caught up by the leader's normal repair.
package com.example.raft.worker.net;

import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import com.example.raft.worker.Transport;
import dev.archdoc.annotations.Decision;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Sends Raft messages to peers over TCP, best effort: one connection and one bounded queue per
 * peer, reconnecting with backoff. Thread-safe; {@link #close} stops every connection.
 */
@Decision(value = "ADR-15", note = "one connection per peer, bounded queue, reconnect with backoff")
public final class TcpTransport implements Transport, AutoCloseable {

  static final int QUEUE_CAPACITY = 4_096;
  static final long FIRST_BACKOFF_MILLIS = 20;
  static final long MAX_BACKOFF_MILLIS = 1_000;
  private static final int CONNECT_TIMEOUT_MILLIS = 500;

  private final Map<NodeId, PeerLink> links = new TreeMap<>();

  /** A transport to {@code peers} (not including this node); connections open on first use. */
  public TcpTransport(NodeId self, Map<NodeId, InetSocketAddress> peers) {
    peers.forEach((id, address) -> {
      if (!id.equals(self)) {
        links.put(id, new PeerLink(self, id, address));
      }
    });
  }

  @Override
  public void send(Message message) {
    PeerLink link = links.get(message.to());
    if (link != null) {
      link.queue.offer(message); // dropped when full: Raft re-sends what matters
    }
  }

  @Override
  public boolean canReach(NodeId node) {
    return links.containsKey(node);
  }

  @Override
  public void close() {
    links.values().forEach(PeerLink::close);
  }

  /** One peer's queue and the thread that connects to it and writes its messages. */
  private static final class PeerLink {
    final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final InetSocketAddress address;
    private final Thread thread;
    private volatile boolean open = true;
    private volatile Socket socket;

    PeerLink(NodeId self, NodeId peer, InetSocketAddress address) {
      this.address = address;
      this.thread = new Thread(this::run, "raft-" + self + "-to-" + peer);
      this.thread.setDaemon(true);
      this.thread.start();
    }

    private void run() {
      long backoff = FIRST_BACKOFF_MILLIS;
      while (open) {
        try {
          Message first = queue.poll(1, TimeUnit.SECONDS);
          if (first == null) {
            continue; // connect lazily: only when there is something to say
          }
          Socket connected = new Socket();
          socket = connected;
          connected.setTcpNoDelay(true);
          connected.connect(address, CONNECT_TIMEOUT_MILLIS);
          backoff = FIRST_BACKOFF_MILLIS;
          writeUntilFailure(connected, first);
        } catch (IOException unreachable) {
          closeSocket();
          queue.clear(); // packets to a dead host are lost; the leader re-sends what matters
          try {
            Thread.sleep(backoff);
          } catch (InterruptedException stopping) {
            return;
          }
          backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
        } catch (InterruptedException stopping) {
          return;
        }
      }
    }

    private void writeUntilFailure(Socket connected, Message first) throws IOException, InterruptedException {
      OutputStream out = new BufferedOutputStream(connected.getOutputStream(), 64 * 1024);
      Message message = first;
      while (open) {
        out.write(Frames.raft(message));
        Message more;
        while ((more = queue.poll()) != null) {
          out.write(Frames.raft(more));
        }
        out.flush();
        message = queue.take();
      }
    }

    void close() {
      open = false;
      thread.interrupt();
      closeSocket();
    }

    private void closeSocket() {
      Socket current = socket;
      if (current != null) {
        try {
          current.close();
        } catch (IOException ignored) {
          // best effort: the socket is being abandoned
        }
      }
    }
  }
}
