package dev.archdoc.core.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("archdoc serve (LiveServer), for real: HTTP, server-sent events and a watched folder")
class LiveServerTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path project;
  private Path adr;
  private LiveServer server;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    adr = project.resolve("arch-docs/decisions/0001-use-a.md");
    write(adr, "---\nstatus: accepted\ngoverns: [a.A]\n---\n# Use A\n\nBecause it is small.\n");
    write(project.resolve("arch-docs/index.md"), "# Home\n\nSee [the decision](decisions/0001-use-a.md).\n");
    server = LiveServer.start(new LiveServer.Options(project, 0, Duration.ofMillis(20)), log::add);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  @DisplayName("serves the site on 127.0.0.1 with the reload script injected, but not in the built files")
  void servesWithScript() throws Exception {
    assertEquals("127.0.0.1", server.url().getHost());
    assertTrue(server.url().getPort() > 0);
    HttpResponse<String> page = get("decisions/0001-use-a.html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Because it is small."), page.body());
    assertTrue(page.body().contains("/_archdoc/events"));
    try (var built = Files.walk(project.resolve("target/archdoc-serve"))) {
      assertFalse(built.filter(p -> p.toString().endsWith(".html")).anyMatch(p -> read(p).contains("/_archdoc/events")));
    }
    assertEquals(200, get("").statusCode());
    assertEquals(404, get("nothing-here.html").statusCode());
  }

  @Test
  @DisplayName("rebuilds after an ADR is saved, without the doclet, and tells the page to reload")
  void rebuildsAndReloads() throws Exception {
    subscribe();
    assertTrue(nextEvent("state").contains("\"problems\":[]"));
    write(adr, "---\nstatus: accepted\ngoverns: [a.A]\n---\n# Use A\n\nBecause it is fast.\n");
    String reload = nextEvent("reload");
    assertTrue(reload.contains("\"build\":"), reload);
    assertTrue(get("decisions/0001-use-a.html").body().contains("Because it is fast."));
    assertTrue(log.stream().anyMatch(line -> line.contains("code model reused")), log.toString());

    write(project.resolve("src/main/java/a/B.java"), "package a;\n/** The B. */\npublic class B {}\n");
    nextEvent("reload");
    assertEquals(200, get("code/a/B.html").statusCode(), log.toString());
    assertTrue(log.stream().anyMatch(line -> line.contains("build 3 done") && line.contains("code read")), log.toString());
  }

  @Test
  @DisplayName("a broken archdoc.yml sends its problem with file and line, and the last good site stays served")
  void brokenBuildKeepsTheLastSite() throws Exception {
    subscribe();
    nextEvent("state");
    write(project.resolve("archdoc.yml"), "title: Shop\ntitel: typo\n");
    String problems = nextEvent("problems");
    assertTrue(problems.contains("\"file\":\"archdoc.yml\""), problems);
    assertTrue(problems.contains("\"line\":2"), problems);
    assertTrue(problems.contains("titel"), problems);
    assertTrue(problems.contains("\"stale\":true"), problems);
    HttpResponse<String> page = get("decisions/0001-use-a.html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Because it is small."));

    write(project.resolve("archdoc.yml"), "title: Shop\n");
    String reload = nextEvent("reload");
    assertTrue(reload.contains("\"problems\":[]"), reload);
  }

  @Test
  @DisplayName("checks the site's links before it reloads, and shows a broken one over the page and on the drift page")
  void brokenLinkShowsWithTheReload() throws Exception {
    subscribe();
    nextEvent("state");
    write(adr, "---\nstatus: accepted\ngoverns: [a.A]\n---\n# Use A\n\nSee <a href=\"gone.html\">the old page</a>.\n");
    String reload = nextEvent("reload");
    assertTrue(reload.contains("\"rule\":\"broken-link\""), reload);
    assertTrue(reload.contains("gone.html"), reload);
    assertTrue(reload.contains("\"stale\":false"), reload);
    assertTrue(get("drift.html").body().contains("gone.html"));
    assertTrue(get("decisions/0001-use-a.html").body().contains("the old page"));
  }

  @Test
  @DisplayName("an ADR with broken front matter is reported with its file and line after the reload")
  void brokenAdrIsReported() throws Exception {
    subscribe();
    nextEvent("state");
    write(adr, "---\nstatus: [accepted\n---\n# Use A\n\nBecause.\n");
    String reload = nextEvent("reload");
    assertTrue(reload.contains("\"file\":\"arch-docs/decisions/0001-use-a.md\""), reload);
    assertTrue(reload.contains("\"severity\":\"error\""), reload);
    assertTrue(reload.matches(".*\"line\":[1-9].*"), reload);
  }

  @Test
  @DisplayName("refuses every request that tries to leave the site folder")
  void refusesTraversal() throws Exception {
    write(project.resolve("secret.txt"), "secret");
    write(project.resolve("target/archdoc-serve/secret.txt"), "secret");
    for (String path : List.of("/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/%2e%2e/secret.txt", "/.%2e/secret.txt", "/..%2fsecret.txt",
        "/decisions%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/..%5c..%5csecret.txt",
        "/%2e%2e%2fsecret.txt")) {
      assertEquals(403, rawStatus(path), path);
    }
    for (String path : List.of("/..\\secret.txt", "/decisions/..\\..\\secret.txt")) {
      // a raw backslash is not legal in a request line: the JDK's parser answers 400 before any
      // handler runs (SitePaths would refuse it if one did)
      assertEquals(400, rawStatus(path), path);
    }
    assertEquals(404, rawStatus("/%252e%252e/secret.txt"));
    assertEquals(200, rawStatus("/index.html"));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(server.url().resolve(path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Subscribes to the event stream; each event arrives in {@link #events} as "name data". */
  private void subscribe() {
    HttpRequest request = HttpRequest.newBuilder(server.url().resolve("_archdoc/events")).build();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
      String[] event = {null};
      response.body().forEach(line -> {
        if (line.startsWith("event: ")) {
          event[0] = line.substring(7);
        } else if (line.startsWith("data: ")) {
          events.add(event[0] + " " + line.substring(6));
        }
      });
    });
  }

  /** The data of the next event of this name (others before it are skipped), within a bounded wait. */
  private String nextEvent(String name) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      String event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertNotNull(event, "no " + name + " event; log: " + log);
      if (event.startsWith(name + " ")) {
        return event.substring(name.length() + 1);
      }
    }
  }

  /** The status of a request sent byte for byte as written (no client normalises it). */
  private int rawStatus(String path) throws IOException {
    return Integer.parseInt(rawResponse(path, "Host: 127.0.0.1:" + server.url().getPort() + "\r\n").split(" ")[1]);
  }

  /** The status line and headers of a raw request with {@code headers} (each ending in CRLF). */
  private String rawResponse(String path, String headers) throws IOException {
    try (Socket socket = new Socket(server.url().getHost(), server.url().getPort())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      int end = response.indexOf("\r\n\r\n");
      return end < 0 ? response : response.substring(0, end);
    }
  }

  @Test
  @DisplayName("answers only loopback Host names with its port (DNS rebinding), and allows no other origin")
  void loopbackHostsOnly() throws Exception {
    int port = server.url().getPort();
    for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
      assertTrue(rawResponse("/", "Host: " + host + "\r\n").startsWith("HTTP/1.1 200"), host);
    }
    for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1", "127.0.0.1:" + (port + 1),
        "localhost.:" + port, "127.0.0.1.evil.example:" + port, "[::1]", "")) {
      String response = rawResponse("/", "Host: " + host + "\r\n");
      assertTrue(response.startsWith("HTTP/1.1 421"), host + ": " + response);
    }
    assertTrue(rawResponse("/_archdoc/events", "Host: evil.example:" + port + "\r\n").startsWith("HTTP/1.1 421"));
    assertTrue(rawResponse("/", "").startsWith("HTTP/1.1 4"), "no Host at all");
    String withOrigin = rawResponse("/", "Host: 127.0.0.1:" + port + "\r\nOrigin: http://evil.example\r\n");
    assertTrue(withOrigin.startsWith("HTTP/1.1 200"), withOrigin);
    assertFalse(withOrigin.toLowerCase(java.util.Locale.ROOT).contains("access-control-"), withOrigin);
  }

  @Test
  @DisplayName("removes its site folders when it stops")
  void removesItsFoldersOnExit() {
    assertTrue(Files.isDirectory(project.resolve("target/archdoc-serve")));
    server.close();
    assertFalse(Files.exists(project.resolve("target/archdoc-serve")));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
