import dev.archdoc.doclet.CodeModelReader;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The doclet alone, without the CLI's JSON: reads a project's sources RUNS times in one JVM and
 * prints each run's time, so the first (cold) and the later (warm) runs can be told apart.
 *
 *   java -cp archdoc.jar:. ReadModel PROJECT SOURCE_ROOT CLASSPATH [RUNS]
 */
public class ReadModel {
  public static void main(String[] args) {
    List<Path> classpath = new ArrayList<>();
    for (String entry : args[2].split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        classpath.add(Path.of(entry));
      }
    }
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    for (int run = 1; run <= runs; run++) {
      long start = System.nanoTime();
      CodeModelReader.Result result =
          CodeModelReader.read(new CodeModelReader.Request(Path.of(args[0]), List.of(Path.of(args[1])), classpath));
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "run %d: %d ms, %d types, %d dependencies, %d problems%n",
          run, millis, result.model().types().size(), result.model().dependencies().size(), result.problems().size());
    }
  }
}
