package dev.archdoc.core.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.error.PSystemError;
import net.sourceforge.plantuml.log.Logme;
import net.sourceforge.plantuml.security.SecurityProfile;
import net.sourceforge.plantuml.security.SecurityUtils;
import net.sourceforge.plantuml.utils.LineLocation;
import net.sourceforge.plantuml.version.Version;

/**
 * The one door to PlantUML: turns a self-contained source into SVG, in its {@code SANDBOX}
 * security profile.
 *
 * <p>PlantUML reads its security profile once and caches it, so it is set in this class's static
 * initialiser, which runs before the first render in this JVM can. The sandbox blocks local files
 * and URLs (archdoc inlines local includes itself) and still serves the bundled stdlib. PlantUML
 * never throws on bad input: it returns an error diagram, whose line is read here.
 */
final class PlantUml {

  /** How deep PlantUML may recurse (its preprocessor, Smetana's layout) before the draw is given up. */
  private static final long STACK_BYTES = 16L << 20;

  /** How long one diagram may take; a draw still running then is abandoned (a daemon thread). */
  static volatile Duration timeLimit = Duration.ofSeconds(120);

  /** PlantUML's log: kept so its handlers stay ours (a logger nobody holds may be collected). */
  private static final Logger PLANTUML_LOG = Logger.getLogger("com.plantuml");

  /** The exceptions PlantUML logged on the thread drawing a diagram: a crash it drew as a picture. */
  private static final ThreadLocal<List<Throwable>> LOGGED = new ThreadLocal<>();

  static {
    QuietPreferences.install();
    SecurityUtils.setCommandLineProperty("PLANTUML_SECURITY_PROFILE", SecurityProfile.SANDBOX.name());
    if (SecurityUtils.getSecurityProfile() != SecurityProfile.SANDBOX) {
      throw new IllegalStateException(
          "PlantUML security profile is " + SecurityUtils.getSecurityProfile() + ", expected SANDBOX");
    }
    try {
      Class.forName(Logme.class.getName(), true, PlantUml.class.getClassLoader()); // it adds its console handler
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("PlantUML's log class is missing", e);
    }
    for (Handler handler : PLANTUML_LOG.getHandlers()) {
      PLANTUML_LOG.removeHandler(handler); // its console handler printed crashes to stderr
    }
    PLANTUML_LOG.setUseParentHandlers(false);
    PLANTUML_LOG.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        List<Throwable> logged = LOGGED.get();
        if (logged != null && record.getThrown() != null) {
          logged.add(record.getThrown());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
  }

  /**
   * What PlantUML made of a source.
   *
   * @param svg the SVG element (also for an error: PlantUML draws the error)
   * @param errorLine the 0-based line of the input at fault, or -1 when it rendered
   * @param error PlantUML's description of the fault, or null
   * @param crashed whether PlantUML itself failed (an exception, endless recursion, out of time)
   *     rather than the source being wrong; its picture is then no diagram
   */
  record Output(String svg, int errorLine, String error, boolean crashed) {
    Output(String svg, int errorLine, String error) {
      this(svg, errorLine, error, false);
    }

    boolean failed() {
      return errorLine >= 0;
    }

    static Output crash(String why) {
      return new Output("", 0, why, true);
    }
  }

  private PlantUml() {}

  /** PlantUML's version, part of every cache key: a new version may draw differently. */
  static String version() {
    return Version.versionString();
  }

  /**
   * Draws a source on a thread of its own, with a deep stack and a time limit: a {@code !function}
   * that calls itself overflows that thread's stack, not the build's, and a draw that does not end
   * is abandoned. An exception PlantUML caught and drew as its "has crashed" picture is a crash too.
   */
  static Output render(String source) {
    FutureTask<Output> draw = new FutureTask<>(() -> {
      List<Throwable> logged = new ArrayList<>();
      LOGGED.set(logged);
      try {
        Output output = renderHere(source);
        return logged.isEmpty() ? output : Output.crash("PlantUML crashed drawing it (" + describe(logged.get(0)) + ")");
      } catch (StackOverflowError e) {
        return Output.crash("PlantUML's stack overflowed reading or laying it out: a !function or !procedure that"
            + " calls itself without end?");
      } catch (RuntimeException | LinkageError | AssertionError e) {
        return Output.crash("PlantUML crashed drawing it (" + describe(e) + ")");
      } finally {
        LOGGED.remove();
      }
    });
    Thread thread = new Thread(null, draw, "archdoc-plantuml", STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    try {
      return draw.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      draw.cancel(true);
      return Output.crash("PlantUML did not finish drawing it in " + timeLimit.toSeconds() + " s (a loop without end?)");
    } catch (ExecutionException e) {
      return Output.crash("PlantUML crashed drawing it (" + describe(e.getCause()) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      draw.cancel(true);
      return Output.crash("the build was interrupted while PlantUML drew it");
    }
  }

  private static String describe(Throwable thrown) {
    String message = thrown.getMessage();
    String name = thrown.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message.lines().findFirst().orElse("");
  }

  private static Output renderHere(String source) {
    SourceStringReader reader = new SourceStringReader(source);
    int errorLine = -1;
    String error = null;
    for (BlockUml block : reader.getBlocks()) {
      if (block.getDiagram() instanceof PSystemError failure) {
        errorLine = rootPosition(failure.getLineLocation());
        error = failure.getErrorsUml().isEmpty()
            ? "syntax error"
            : failure.getFirstError().getError();
        break;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      reader.outputImage(out, 0, new FileFormatOption(FileFormat.SVG));
    } catch (IOException e) {
      // writing to memory does not fail; if PlantUML itself does, it is a rendering failure
      return new Output("", Math.max(errorLine, 0), "PlantUML could not draw the diagram: " + e.getMessage());
    }
    return new Output(svgElement(out.toString(StandardCharsets.UTF_8)), errorLine, error);
  }

  /** An error inside a stdlib include is located by the line of the outermost include. */
  private static int rootPosition(LineLocation location) {
    if (location == null) {
      return 0;
    }
    LineLocation root = location;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return Math.max(root.getPosition(), 0);
  }

  /** Drops the XML prolog and processing instructions, so the SVG can be inlined in HTML. */
  private static String svgElement(String document) {
    int start = document.indexOf("<svg");
    return start < 0 ? document : document.substring(start);
  }
}
