package dev.archdoc.cli;

import dev.archdoc.annotations.Decision;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * archdoc's default heap. {@code java -jar archdoc.jar} gives the JVM a quarter of the machine's
 * memory as its heap limit, and G1 grows the heap towards it while the doclet allocates fast: on
 * JabRef a check's live data stayed under 1.1 GiB but the heap grew to 4.9 GiB, all of it resident.
 * A jar cannot name its own heap limit, so when nobody chose one (no {@code -Xmx},
 * {@code -XX:MaxHeapSize}, {@code -XX:MaxRAM} or {@code -XX:MaxRAMPercentage} among the JVM's
 * options, also through {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS}) the commands that
 * read a project run in a second JVM with {@link #MAX_HEAP}; the first only waits for it and
 * passes on its exit code. A heap chosen by the user is kept as it is.
 */
@Decision(value = "ADR-27", note = "a heap limit of its own when nobody chose one: the commands that read a project run in a child JVM")
final class DefaultHeap {

  /** The heap limit archdoc runs with unless told otherwise. */
  static final String MAX_HEAP = "-Xmx1g";

  /** Set in the child JVM, so it never starts another. */
  static final String CHILD = "archdoc.defaultHeap";

  /** The commands that read a project, and so may need a heap of their size. */
  private static final Set<String> READING =
      Set.of("build", "check", "serve", "publish", "model", "accept", "baseline", "affected");

  private DefaultHeap() {}

  /** Whether the JVM's options choose its heap limit. */
  static boolean chosen(List<String> jvmOptions) {
    return jvmOptions.stream().anyMatch(option -> option.startsWith("-Xmx")
        || option.startsWith("-XX:MaxHeapSize=") || option.startsWith("-XX:MaxRAM=")
        || option.startsWith("-XX:MaxRAMPercentage=") || option.startsWith("-XX:MaxRAMFraction="));
  }

  /**
   * The child JVM's command line, when this run should have one: a command that reads a project,
   * run from the jar, in a JVM whose heap nobody chose and which is not itself the child.
   *
   * @param java the {@code java} executable of this JVM
   * @param jvmOptions this JVM's options, passed on (a debugger's agent rules the child out: it
   *     would want the same port)
   * @param jar the jar this class was loaded from, if it was
   */
  static Optional<List<String>> childCommand(String[] args, String java, List<String> jvmOptions, Optional<Path> jar,
      String childProperty) {
    if (childProperty != null || args.length == 0 || !READING.contains(args[0]) || chosen(jvmOptions) || jar.isEmpty()
        || jvmOptions.stream().anyMatch(o -> o.startsWith("-agentlib") || o.startsWith("-javaagent") || o.startsWith("-Xrun"))) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add(MAX_HEAP);
    command.add("-D" + CHILD + "=" + MAX_HEAP.substring("-Xmx".length()));
    command.add("-jar");
    command.add(jar.get().toString());
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * Runs the command in a child JVM with the default heap, when it should (see {@link
   * #childCommand}), and returns its exit code; empty when this JVM is to run it itself.
   */
  static OptionalInt runInChild(String[] args) {
    Optional<String> java = ProcessHandle.current().info().command();
    if (java.isEmpty()) {
      return OptionalInt.empty();
    }
    List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    Optional<List<String>> command = childCommand(args, java.get(), jvmOptions, jar(), System.getProperty(CHILD));
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException e) {
      return OptionalInt.empty(); // this JVM runs it, with the heap it has
    }
    // Ctrl-C reaches the child too (same process group); a kill of this JVM alone must not orphan it
    Thread stop = new Thread(() -> {
      child.destroy();
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "archdoc-child-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    while (true) {
      try {
        int exit = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return OptionalInt.of(exit);
      } catch (InterruptedException e) {
        // keep waiting: the child decides when the command is over
      } catch (IllegalStateException shuttingDown) {
        return OptionalInt.of(child.exitValue());
      }
    }
  }

  private static Optional<Path> jar() {
    try {
      var source = DefaultHeap.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
