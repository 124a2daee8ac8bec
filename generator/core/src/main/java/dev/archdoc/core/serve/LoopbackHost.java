package dev.archdoc.core.serve;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request's {@code Host} header names this server on the loopback interface: {@code
 * 127.0.0.1}, {@code localhost} or {@code [::1]}, with the server's port (a port may be left out
 * only when it is 80). Anything else, no header or two, is refused: the server listens on
 * 127.0.0.1, but a browser sends a rebound name's requests there too.
 */
final class LoopbackHost {

  private static final Set<String> NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  private LoopbackHost() {}

  static boolean allowed(List<String> hostHeaders, int port) {
    if (hostHeaders == null || hostHeaders.size() != 1) {
      return false;
    }
    String host = hostHeaders.get(0).strip().toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      return false;
    }
    int colon = host.lastIndexOf(':');
    if (colon < 0 || host.endsWith("]")) {
      return port == 80 && NAMES.contains(host);
    }
    return NAMES.contains(host.substring(0, colon)) && host.substring(colon + 1).equals(Integer.toString(port));
  }
}
