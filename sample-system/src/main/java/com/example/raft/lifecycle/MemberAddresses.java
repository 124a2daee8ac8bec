package com.example.raft.lifecycle;

import com.example.raft.data.NodeId;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where each member of a multi-process cluster listens, as written on the command line: {@code
 * n1=127.0.0.1:7101,n2=127.0.0.1:7102,n3=127.0.0.1:7103}.
 */
record MemberAddresses(SortedMap<NodeId, InetSocketAddress> addresses) {

  /** The first port of the default three-node cluster on loopback. */
  static final int DEFAULT_BASE_PORT = 7101;

  MemberAddresses {
    addresses = Collections.unmodifiableSortedMap(new TreeMap<>(addresses));
  }

  /** n1..nCount on loopback, at consecutive ports from {@code basePort}. */
  static MemberAddresses loopback(int count, int basePort) {
    TreeMap<NodeId, InetSocketAddress> addresses = new TreeMap<>();
    for (int i = 1; i <= count; i++) {
      addresses.put(NodeId.of("n" + i), new InetSocketAddress("127.0.0.1", basePort + i - 1));
    }
    return new MemberAddresses(addresses);
  }

  /** Parses {@code id=host:port,...}; the problem as a one-line message otherwise. */
  static Parsed parse(String text) {
    TreeMap<NodeId, InetSocketAddress> addresses = new TreeMap<>();
    for (String member : text.split(",")) {
      String[] idAndAddress = member.strip().split("=", 2);
      int colon = idAndAddress.length == 2 ? idAndAddress[1].lastIndexOf(':') : -1;
      if (colon < 1 || idAndAddress[0].isBlank()) {
        return new Parsed(Optional.empty(), Optional.of("'" + member + "' is not ID=HOST:PORT"));
      }
      int port;
      try {
        port = Integer.parseInt(idAndAddress[1].substring(colon + 1));
      } catch (NumberFormatException e) {
        return new Parsed(Optional.empty(), Optional.of("'" + member + "' has no numeric port"));
      }
      if (port < 1 || port > 65535) {
        return new Parsed(Optional.empty(), Optional.of("port " + port + " of '" + member + "' is out of range"));
      }
      NodeId id = NodeId.of(idAndAddress[0].strip());
      if (addresses.put(id, new InetSocketAddress(idAndAddress[1].substring(0, colon), port)) != null) {
        return new Parsed(Optional.empty(), Optional.of("member " + id + " is listed twice"));
      }
    }
    return new Parsed(Optional.of(new MemberAddresses(addresses)), Optional.empty());
  }

  /** The outcome of {@link #parse}: the addresses, or what is wrong with the text. */
  record Parsed(Optional<MemberAddresses> members, Optional<String> problem) {}

  /** The members in the command-line form {@link #parse} reads. */
  @Override
  public String toString() {
    return addresses.entrySet().stream()
        .map(member -> member.getKey() + "=" + member.getValue().getHostString() + ":" + member.getValue().getPort())
        .collect(Collectors.joining(","));
  }

  Map<NodeId, InetSocketAddress> asMap() {
    return addresses;
  }
}
