package com.example.raft.worker.net;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.Command;
import com.example.raft.data.KvResult;
import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import com.example.raft.worker.NodeReply;
import com.example.raft.worker.codec.BinaryCodec;
import dev.archdoc.annotations.Decision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

//! Every byte on a connection belongs to a **frame**: a 4-byte big-endian length, then that many
//! bytes, of which the first is the frame's kind. TCP is a byte stream with no message
//! boundaries; the length prefix puts them back, and a reader always knows how much to wait for
//! before it decodes anything. There is no checksum: TCP has its own, and a broken connection is
//! simply closed and reopened. A frame longer than `MAX_FRAME_BYTES` means the peer speaks
//! another protocol (or is broken), and the connection is dropped rather than a giant buffer
//! allocated.

/** The frames of the wire protocol: their kinds, and how each is written and read. */
@Decision(value = "ADR-15", note = "length-prefixed frames with a kind byte")
final class Frames {

  static final int MAX_FRAME_BYTES = 16 << 20;

  /** A Raft message between nodes. */
  static final byte RAFT = 1;
  /** A client's write or read. */
  static final byte REQUEST = 2;
  /** A node's answer to a client request. */
  static final byte REPLY = 3;

  private static final byte WRITE = 1;
  private static final byte READ = 2;
  private static final byte ANSWERED = 1;
  private static final byte NOT_LEADER = 2;
  private static final byte UNAVAILABLE = 3;

  private Frames() {}

  /** A frame as read: its kind and body. */
  record Frame(byte kind, byte[] body) {
    DataInputStream bodyStream() {
      return new DataInputStream(new ByteArrayInputStream(body));
    }
  }

  /** A client request as carried in a frame: a write (command present) or a read of {@code key}. */
  record Request(long id, Optional<ClientCommand> write, String key) {}

  /** A reply as carried in a frame. */
  record Reply(long requestId, NodeReply reply) {}

  private interface Body {
    void writeTo(DataOutputStream out) throws IOException;
  }

  private static byte[] frame(byte kind, Body body) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(0); // the length, filled in below
      out.writeByte(kind);
      body.writeTo(out);
      out.flush();
      byte[] frame = bytes.toByteArray();
      int length = frame.length - 4;
      frame[0] = (byte) (length >>> 24);
      frame[1] = (byte) (length >>> 16);
      frame[2] = (byte) (length >>> 8);
      frame[3] = (byte) length;
      return frame;
    } catch (IOException impossible) {
      throw new IllegalStateException("writing to memory failed", impossible);
    }
  }

  static byte[] raft(Message message) {
    return frame(RAFT, out -> BinaryCodec.writeMessage(out, message));
  }

  static byte[] request(Request request) {
    return frame(REQUEST, out -> {
      out.writeLong(request.id());
      if (request.write().isPresent()) {
        out.writeByte(WRITE);
        BinaryCodec.writeCommand(out, request.write().get());
      } else {
        out.writeByte(READ);
        out.writeUTF(request.key());
      }
    });
  }

  static byte[] reply(long requestId, NodeReply reply) {
    return frame(REPLY, out -> {
      out.writeLong(requestId);
      if (reply instanceof NodeReply.Answered answered) {
        out.writeByte(ANSWERED);
        BinaryCodec.writeResult(out, answered.result());
      } else if (reply instanceof NodeReply.NotLeader notLeader) {
        out.writeByte(NOT_LEADER);
        BinaryCodec.writeOptional(out, notLeader.leaderHint().map(NodeId::name));
      } else {
        out.writeByte(UNAVAILABLE);
        out.writeUTF(((NodeReply.Unavailable) reply).reason());
      }
    });
  }

  static Message readRaft(Frame frame) throws IOException {
    return BinaryCodec.readMessage(frame.bodyStream());
  }

  static Request readRequest(Frame frame) throws IOException {
    DataInputStream in = frame.bodyStream();
    long id = in.readLong();
    byte kind = in.readByte();
    if (kind == WRITE) {
      Command command = BinaryCodec.readCommand(in);
      if (!(command instanceof ClientCommand write)) {
        throw new IOException("a client may only send client commands");
      }
      return new Request(id, Optional.of(write), write.operation().key());
    }
    if (kind == READ) {
      return new Request(id, Optional.empty(), in.readUTF());
    }
    throw new IOException("unknown request kind " + kind);
  }

  static Reply readReply(Frame frame) throws IOException {
    DataInputStream in = frame.bodyStream();
    long id = in.readLong();
    byte kind = in.readByte();
    NodeReply reply = switch (kind) {
      case ANSWERED -> {
        KvResult result = BinaryCodec.readResult(in);
        yield new NodeReply.Answered(result);
      }
      case NOT_LEADER -> new NodeReply.NotLeader(BinaryCodec.readOptional(in).map(NodeId::of));
      case UNAVAILABLE -> new NodeReply.Unavailable(in.readUTF());
      default -> throw new IOException("unknown reply kind " + kind);
    };
    return new Reply(id, reply);
  }

  /** The next frame, or empty when the peer closed the connection cleanly between frames. */
  static Optional<Frame> read(DataInputStream in) throws IOException {
    int length;
    try {
      length = in.readInt();
    } catch (EOFException closed) {
      return Optional.empty();
    }
    if (length < 1 || length > MAX_FRAME_BYTES) {
      throw new IOException("frame length " + length + " is out of range");
    }
    byte kind = in.readByte();
    byte[] body = new byte[length - 1];
    in.readFully(body);
    return Optional.of(new Frame(kind, body));
  }

  /** A buffered data stream over a socket's input. */
  static DataInputStream input(InputStream in) {
    return new DataInputStream(new java.io.BufferedInputStream(in, 64 * 1024));
  }
}
