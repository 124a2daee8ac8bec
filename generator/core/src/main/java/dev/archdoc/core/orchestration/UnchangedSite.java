package dev.archdoc.core.orchestration;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.cache.BlobStore;
import dev.archdoc.core.cache.Digest;
import dev.archdoc.core.cache.EntryCodec;
import dev.archdoc.core.cache.ToolIdentity;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.site.SiteBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole build as one cache entry: when every file the build could read is as it was for an
 * earlier build of the same site folder, and that folder is still exactly what the build left
 * (every file's path, size and modification time), the site is left as it is and the earlier
 * build's findings are reported again. The key digests archdoc itself, the request (root, site
 * folder, version, extra class path) and the bytes of every file of the project (build output in
 * {@code target/}, the site folder and hidden folders aside), and of the folders {@code
 * archdoc.yml} names outside it.
 */
@Decision(value = "ADR-15", note = "a build after no change writes nothing")
final class UnchangedSite {

  private final BlobStore store;
  private final SiteBuild.Request request;
  private final Path out;
  private final String key;

  UnchangedSite(SiteBuild.Request request) {
    this.request = request;
    this.out = request.outOrDefault();
    this.store = new BlobStore(request.root().resolve("target/archdoc-cache/builds"));
    this.key = key();
  }

  /** The earlier build's outcome, when nothing it read changed and its site is untouched. */
  Optional<SiteBuild.Outcome> reuse(long started) {
    return store.get(key).flatMap(bytes -> decode(bytes, started));
  }

  /** Remembers a build's outcome, and the site folder as it left it. */
  void remember(SiteBuild.Outcome outcome) {
    if (outcome.site().isEmpty()) {
      return;
    }
    SiteBuilder.Result site = outcome.site().get();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(bytes)) {
      EntryCodec.writeString(data, folderState());
      data.writeInt(site.pages());
      data.writeInt(site.findings().size());
      for (Finding finding : site.findings()) {
        EntryCodec.writeFinding(data, finding);
      }
      data.writeInt(outcome.findings().size());
      for (Finding finding : outcome.findings()) {
        EntryCodec.writeFinding(data, finding);
      }
    } catch (IOException | UncheckedIOException e) {
      return; // a site folder that cannot be listed is simply not reused
    }
    store.put(key, bytes.toByteArray());
  }

  private Optional<SiteBuild.Outcome> decode(byte[] bytes, long started) {
    try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes))) {
      String folder = EntryCodec.readString(data);
      if (!folderState().equals(folder)) {
        return Optional.empty();
      }
      int pages = data.readInt();
      List<Finding> siteFindings = findings(data);
      List<Finding> all = findings(data);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      List<SiteBuilder.Timing> timings = List.of(new SiteBuilder.Timing("nothing changed, site kept", took));
      SiteBuilder.Result site = new SiteBuilder.Result(out, pages, siteFindings, timings, 0, List.of());
      return Optional.of(new SiteBuild.Outcome(Optional.of(site), List.of(), all, took, Optional.empty(), timings));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static List<Finding> findings(DataInputStream data) throws IOException {
    int count = data.readInt();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      findings.add(EntryCodec.readFinding(data));
    }
    return findings;
  }

  /** Every file of the site folder with its size and modification time, in path order. */
  private String folderState() throws IOException {
    if (!Files.isDirectory(out)) {
      return "(no site)";
    }
    TreeMap<String, String> files = new TreeMap<>();
    Files.walkFileTree(out, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        files.put(out.relativize(file).toString(), attributes.size() + " " + attributes.lastModifiedTime().toMillis());
        return FileVisitResult.CONTINUE;
      }
    });
    StringBuilder state = new StringBuilder();
    files.forEach((file, stat) -> state.append(file).append(' ').append(stat).append('\n'));
    return state.toString();
  }

  private String key() {
    Path root = request.root();
    Digest digest = Digest.of("whole build").add(ToolIdentity.current()).add(root.toString()).add(out.toString())
        .add(request.version());
    Set<Path> trees = new LinkedHashSet<>();
    trees.add(root);
    for (Path entry : request.extraClasspath()) {
      trees.add(root.resolve(entry).normalize());
    }
    ConfigResult config = ConfigReader.read(root);
    if (config.ok()) {
      for (SystemConfig system : config.config().orElseThrow().systems()) {
        List<Path> named = new ArrayList<>(system.sources());
        named.add(system.docs());
        named.addAll(system.decisions());
        named.addAll(system.classpath());
        for (Path folder : named) {
          Path absolute = root.resolve(folder).normalize();
          if (!absolute.startsWith(root)) {
            trees.add(absolute); // outside the project: read by the build, so part of the key
          }
        }
      }
    }
    for (Path tree : trees) {
      addTree(tree, digest);
    }
    return digest.hex();
  }

  private void addTree(Path tree, Digest digest) {
    List<Path> files = new ArrayList<>();
    digest.add("tree").add(tree.toString());
    try {
      Files.walkFileTree(tree, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          boolean skip = !dir.equals(tree) && (name.equals("target") || name.startsWith(".") || dir.equals(out));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile()) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          files.add(file); // digested as unreadable
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      digest.add("(unreadable) " + System.nanoTime()); // never matches an earlier build
    }
    files.sort(null);
    for (Path file : files) {
      digest.add(tree.relativize(file).toString()).addFile(file);
    }
  }
}
