package dev.archdoc.core.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.archdoc.annotations.Decision;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Serves the current site folder on the loopback address only, with the live-reload script
 * injected into every HTML page as it is sent (the built files stay as {@code archdoc build}
 * writes them), and the event stream at {@value #EVENTS}. A request whose {@code Host} is not a
 * loopback name with this port is refused (421), and no response allows other origins (no CORS
 * header): a web page the user has open elsewhere can neither read the site nor its events.
 */
@Decision(value = "ADR-17", note = "loopback Host names only")
final class SiteServer {

  static final String EVENTS = "/_archdoc/events";

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("xml", "application/xml"));

  private static final String SCRIPT = "<script>" + resource("live-reload.js") + "</script>";

  private final HttpServer http;
  private final ExecutorService threads;
  private final Supplier<Optional<Path>> site;
  private final EventStream events;

  SiteServer(int port, Supplier<Optional<Path>> site, EventStream events) throws IOException {
    this.site = site;
    this.events = events;
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "archdoc-serve-http");
      thread.setDaemon(true);
      return thread;
    });
    http.setExecutor(threads);
    http.createContext("/", this::handle);
    http.start();
  }

  int port() {
    return http.getAddress().getPort();
  }

  void stop() {
    http.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      if (!LoopbackHost.allowed(exchange.getRequestHeaders().get("Host"), port())) {
        // DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 sends its own Host
        respond(exchange, 421, "text/plain; charset=utf-8",
            "archdoc serve answers only http://127.0.0.1, localhost or [::1] with its port\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      if (EVENTS.equals(path)) {
        events.subscribe(exchange); // stays open; the event stream writes to it
        return;
      }
      Optional<Path> folder = site.get();
      if (folder.isEmpty()) {
        byte[] page = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>archdoc serve</title></head>"
            + "<body><p>No site yet: the build failed. Fix the problem below and save.</p>" + SCRIPT
            + "</body></html>").getBytes(StandardCharsets.UTF_8);
        respond(exchange, 503, TYPES.get("html"), page);
        return;
      }
      SitePaths.Target target = SitePaths.resolve(folder.get(), path);
      if (target instanceof SitePaths.Found found) {
        sendFile(exchange, found.file());
      } else if (target instanceof SitePaths.Redirect redirect) {
        exchange.getResponseHeaders().set("Location", redirect.location());
        respond(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
      } else if (target instanceof SitePaths.Forbidden) {
        respond(exchange, 403, "text/plain; charset=utf-8", "forbidden\n".getBytes(StandardCharsets.UTF_8));
      } else {
        respond(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      exchange.close(); // the browser went away mid-response, or the site was swapped under us
    }
  }

  private static void sendFile(HttpExchange exchange, Path file) throws IOException {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    byte[] body = Files.readAllBytes(file);
    if (extension.equals("html")) {
      body = withScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
    respond(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
  }

  /** The page with the live-reload script before its last {@code </body>} (or at its end). */
  static String withScript(String html) {
    int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    return end < 0 ? html + SCRIPT : html.substring(0, end) + SCRIPT + html.substring(end);
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private static String resource(String name) {
    try (InputStream in = SiteServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
