import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a writer waits for in {@code archdoc serve}: the time from saving an ADR to the reload
 * event reaching the page, measured as a page sees it (an event-stream subscriber on loopback).
 *
 * <pre>
 * java bench/site/ServeProbe.java URL ADR-FILE PAGE-PATH [SAVES]
 * </pre>
 *
 * Subscribes to {@code URL/_archdoc/events}, waits for serve's first build, then SAVES times
 * appends a line to ADR-FILE, timing from the write to the next {@code reload} event, and fetches
 * PAGE-PATH to prove the new text is served. Prints one line: {@code median max n} in
 * milliseconds; exits 1 when a save is not reflected.
 */
public class ServeProbe {

  private static final Duration PATIENCE = Duration.ofSeconds(120);
  /** After a reload, saves wait this long for stray events (a watcher may report one save twice). */
  private static final Duration QUIET = Duration.ofMillis(400);

  record Event(String name, String data, long nanos) {}

  public static void main(String[] args) throws Exception {
    URI site = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
    Path adr = Path.of(args[1]);
    String page = args[2];
    int saves = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    HttpClient http = HttpClient.newHttpClient();
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    HttpResponse<InputStream> stream = http.send(
        HttpRequest.newBuilder(site.resolve("_archdoc/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
    Thread reader = new Thread(() -> read(stream.body(), events), "events");
    reader.setDaemon(true);
    reader.start();
    // the first event is the current state; wait until it says a build has happened
    while (true) {
      Event event = next(events, PATIENCE);
      if (!event.data().contains("\"build\":0")) {
        break;
      }
    }
    String original = Files.readString(adr);
    List<Long> millis = new ArrayList<>();
    try {
      for (int save = 1; save <= saves; save++) {
        drain(events);
        String marker = "Serve probe edit " + save + " of " + ProcessHandle.current().pid() + ".";
        long written = System.nanoTime();
        Files.writeString(adr, original + "\n" + marker + "\n");
        Event reload;
        do {
          reload = next(events, PATIENCE);
        } while (!reload.name().equals("reload"));
        millis.add(TimeUnit.NANOSECONDS.toMillis(reload.nanos() - written));
        String body = http.send(HttpRequest.newBuilder(site.resolve(page)).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        if (!body.contains(marker)) {
          System.err.println("serve probe: save " + save + " was followed by a reload, but " + page
              + " does not show the new text");
          System.exit(1);
        }
      }
    } finally {
      Files.writeString(adr, original);
    }
    Collections.sort(millis);
    System.out.printf(Locale.ROOT, "%d %d %d%n", millis.get((millis.size() - 1) / 2), millis.get(millis.size() - 1),
        millis.size());
    System.exit(0); // the event stream stays open otherwise
  }

  private static void drain(BlockingQueue<Event> events) throws InterruptedException {
    while (events.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS) != null) {
      // a late event from the previous save; wait for quiet
    }
  }

  private static Event next(BlockingQueue<Event> events, Duration patience) throws InterruptedException {
    Event event = events.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
    if (event == null) {
      System.err.println("serve probe: no event within " + patience.toSeconds() + " s");
      System.exit(1);
    }
    return event;
  }

  private static void read(InputStream body, BlockingQueue<Event> events) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String name = null;
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ") && name != null) {
          events.add(new Event(name, line.substring(6).replace(" ", ""), System.nanoTime()));
          name = null;
        }
      }
    } catch (java.io.IOException e) {
      // the server went away; the main thread times out and says so
    }
  }
}
