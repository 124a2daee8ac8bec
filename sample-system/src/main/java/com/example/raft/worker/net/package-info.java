/**
 * The network worker: Raft messages and client requests over TCP as length-prefixed binary
 * frames. {@link com.example.raft.worker.net.TcpTransport} sends a node's messages, one outbound
 * connection per peer with a bounded queue and reconnection with backoff; {@link
 * com.example.raft.worker.net.NodeServer} accepts peers and clients and hands their frames to the
 * node; {@link com.example.raft.worker.net.RemoteNode} is the client's view of a node on another
 * process.
 */
@Decision("ADR-12")
@Decision("ADR-15")
package com.example.raft.worker.net;

import dev.archdoc.annotations.Decision;
