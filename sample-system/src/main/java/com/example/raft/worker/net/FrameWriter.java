package com.example.raft.worker.net;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes frames to one socket from its own thread, so that whoever produces a frame (a node's
 * loop completing a client's answer, a client pipelining requests) never blocks on the network.
 *
 * <p>Frames wait in a bounded queue; {@link #offer} refuses when it is full. The thread writes
 * every frame it finds waiting before it flushes, so a burst becomes one system call.
 */
final class FrameWriter implements AutoCloseable {

  private final Socket socket;
  private final BlockingQueue<byte[]> queue;
  private final Runnable onFailure;
  private final Thread thread;
  private volatile boolean open = true;

  FrameWriter(Socket socket, String name, int capacity, Runnable onFailure) {
    this.socket = socket;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.onFailure = onFailure;
    this.thread = new Thread(this::run, name);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Queues a frame; false if the queue is full or the connection is closed. */
  boolean offer(byte[] frame) {
    return open && queue.offer(frame);
  }

  private void run() {
    try {
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      while (open) {
        byte[] frame = queue.take();
        out.write(frame);
        byte[] more;
        while ((more = queue.poll()) != null) {
          out.write(more);
        }
        out.flush();
      }
    } catch (IOException | InterruptedException ended) {
      if (open) {
        close();
        onFailure.run();
      }
    }
  }

  @Override
  public void close() {
    open = false;
    thread.interrupt();
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is best effort; the socket is unusable either way
    }
  }
}
