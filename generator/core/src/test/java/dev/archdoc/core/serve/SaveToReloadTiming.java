package dev.archdoc.core.serve;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, on a real project, the time from saving one ADR to the reload event, warm. Not part
 * of the normal build: {@code -Darchdoc.serve.timing=PROJECT -Darchdoc.serve.adr=RELATIVE/PATH.md}
 * on a copy of the project (it edits the ADR).
 */
@EnabledIfSystemProperty(named = "archdoc.serve.timing", matches = ".+")
@DisplayName("save to reload timing (on demand)")
class SaveToReloadTiming {

  @Test
  @DisplayName("prints the save-to-reload times of one changed ADR")
  void measure() throws Exception {
    Path project = Path.of(System.getProperty("archdoc.serve.timing"));
    Path adr = project.resolve(System.getProperty("archdoc.serve.adr"));
    String original = Files.readString(adr);
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    long start = System.nanoTime();
    try (LiveServer server = LiveServer.start(new LiveServer.Options(project, 0, LiveServer.DEFAULT_QUIET), log::add)) {
      System.out.printf(Locale.ROOT, "first build: %.2fs%n", (System.nanoTime() - start) / 1e9);
      BlockingQueue<String> reloads = new LinkedBlockingQueue<>();
      HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(server.url().resolve("_archdoc/events")).build(),
          HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body()
              .filter(line -> line.startsWith("event: reload"))
              .forEach(reloads::add));
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < Integer.getInteger("archdoc.serve.saves", 8); i++) {
        long saved = System.nanoTime();
        Files.writeString(adr, original + "\nEdit " + i + ".\n");
        assertNotNull(reloads.poll(60, TimeUnit.SECONDS), "no reload; log: " + log);
        times.add((System.nanoTime() - saved) / 1e6);
      }
      Files.writeString(adr, original);
      log.forEach(System.out::println);
      System.out.println("save -> reload event (ms): " + times.stream()
          .map(t -> String.format(Locale.ROOT, "%.0f", t)).toList());
    }
  }
}
