package dev.archdoc.core.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The server-sent events of {@code /_archdoc/events}: a new subscriber gets the current
 * {@code state}; after a build that wrote a site every subscriber gets {@code reload}, after one
 * that did not, {@code problems}. Each carries {@code {"build": n, "stale": bool, "problems":
 * [{file, line, severity, rule, message}]}}; the page's injected script reloads or shows the
 * problems over the page.
 */
final class EventStream {

  private static final JsonFactory JSON = new JsonFactory();

  private final List<HttpExchange> subscribers = new ArrayList<>();
  private String state = data(0, false, List.of());
  private int stateBuild;

  synchronized void subscribe(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    if (send(exchange, "state", state)) {
      subscribers.add(exchange);
    }
  }

  /** Tells every page what a build came to. */
  synchronized void published(Rebuilder.Build build, boolean stale) {
    state = data(build.number(), stale, build.errors());
    stateBuild = build.number();
    String event = build.site().isPresent() ? "reload" : "problems";
    subscribers.removeIf(exchange -> !send(exchange, event, state));
  }

  synchronized void close() {
    subscribers.forEach(HttpExchange::close);
    subscribers.clear();
  }

  private static boolean send(HttpExchange exchange, String event, String data) {
    try {
      OutputStream body = exchange.getResponseBody();
      body.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
      body.flush();
      return true;
    } catch (IOException e) {
      exchange.close(); // the page went away
      return false;
    }
  }

  static String data(int build, boolean stale, List<Finding> problems) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeNumberField("build", build);
      json.writeBooleanField("stale", stale);
      json.writeArrayFieldStart("problems");
      for (Finding problem : problems) {
        json.writeStartObject();
        json.writeStringField("file", problem.file().toString().replace('\\', '/'));
        json.writeNumberField("line", problem.line());
        json.writeStringField("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("rule", problem.rule());
        json.writeStringField("message", problem.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }
}
