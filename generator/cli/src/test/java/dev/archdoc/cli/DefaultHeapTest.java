package dev.archdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("archdoc's default heap")
class DefaultHeapTest {

  private static final Optional<Path> JAR = Optional.of(Path.of("/opt/archdoc.jar"));

  @Test
  @DisplayName("runs a command that reads a project in a child JVM with a 1 GiB heap, keeping the JVM's other options")
  void readingCommandsRunInAChildWithTheDefaultHeap() {
    Optional<List<String>> command = DefaultHeap.childCommand(
        new String[] {"check", "--project", "x"}, "/jdk/bin/java", List.of("-Dfile.encoding=UTF-8"), JAR, null);

    assertEquals(Optional.of(List.of("/jdk/bin/java", "-Dfile.encoding=UTF-8", "-Xmx1g",
        "-D" + DefaultHeap.CHILD + "=1g", "-jar", "/opt/archdoc.jar", "check", "--project", "x")), command);
  }

  @Test
  @DisplayName("keeps a heap the user chose, in any of its spellings")
  void keepsAChosenHeap() {
    for (String option : List.of("-Xmx4g", "-XX:MaxHeapSize=2g", "-XX:MaxRAM=8g", "-XX:MaxRAMPercentage=50", "-XX:MaxRAMFraction=2")) {
      assertTrue(DefaultHeap.childCommand(new String[] {"build"}, "java", List.of(option), JAR, null).isEmpty(), option);
    }
    assertFalse(DefaultHeap.chosen(List.of("-Xms2g", "-XX:+UseG1GC")), "an initial size is no limit");
  }

  @Test
  @DisplayName("never starts a child from the child, for a light command, outside a jar, or with a debugger attached")
  void noChildWhenItWouldNotHelp() {
    String[] check = {"check"};
    assertTrue(DefaultHeap.childCommand(check, "java", List.of(), JAR, "1g").isEmpty(), "in the child");
    assertTrue(DefaultHeap.childCommand(new String[] {"new", "Title"}, "java", List.of(), JAR, null).isEmpty(), "new");
    assertTrue(DefaultHeap.childCommand(new String[] {"--help"}, "java", List.of(), JAR, null).isEmpty(), "--help");
    assertTrue(DefaultHeap.childCommand(new String[0], "java", List.of(), JAR, null).isEmpty(), "no command");
    assertTrue(DefaultHeap.childCommand(check, "java", List.of(), Optional.empty(), null).isEmpty(), "from classes");
    assertTrue(DefaultHeap.childCommand(check, "java", List.of("-agentlib:jdwp=transport=dt_socket,server=y"), JAR, null).isEmpty(), "debugger");
  }
}
