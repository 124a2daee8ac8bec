package dev.archdoc.core.cache;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.doclet.CodeModelReader;
import dev.archdoc.doclet.JavacDiagnostic;
import dev.archdoc.doclet.Problem;
import dev.archdoc.doclet.json.CodeModelJson;
import dev.archdoc.doclet.json.CodeModelJsonReader;
import dev.archdoc.doclet.model.CodeModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The doclet's results kept on disk, one entry per doclet request: a build after no Java change
 * reads the code model back (milliseconds) instead of running javadoc (seconds), in a fresh JVM
 * too. The key is everything the doclet reads: the project root, the source roots and the bytes
 * of every file under them, each class path entry (a jar by size and modification time, a folder
 * by those of every file in it), and the archdoc and Java versions.
 */
@Decision(value = "ADR-15", note = "doclet results per source set, keyed by every file the doclet reads")
public final class CodeCache implements Pipeline.CodeReader {

  /** The key each model came from, so the site keys its code pages without hashing the model again. */
  private static final Map<CodeModel, String> KEYS = Collections.synchronizedMap(new WeakHashMap<>());

  private final BlobStore store;
  private final AtomicInteger docletRuns = new AtomicInteger();

  /** @param folder where the entries live, e.g. {@code target/archdoc-cache/code} */
  public CodeCache(Path folder) {
    this.store = new BlobStore(folder);
  }

  @Override
  public CodeModelReader.Result read(CodeModelReader.Request request) {
    String key = key(request);
    Optional<CodeModelReader.Result> kept = store.get(key).flatMap(CodeCache::decode);
    CodeModelReader.Result result = kept.orElseGet(() -> {
      docletRuns.incrementAndGet();
      CodeModelReader.Result read = CodeModelReader.read(request);
      store.put(key, encode(read));
      return read;
    });
    KEYS.put(result.model(), key);
    return result;
  }

  /** How many times this cache ran the doclet (a miss), for tests and timings. */
  public int docletRuns() {
    return docletRuns.get();
  }

  /**
   * A key for everything a code model says and every source file behind it: the doclet key when
   * the model came from a {@link CodeCache}, else one computed from the model and the files.
   */
  public static String fingerprint(Path root, List<Path> sourceRoots, CodeModel model) {
    String known = KEYS.get(model);
    if (known != null) {
      return known;
    }
    Digest digest = Digest.of("code model").add(ToolIdentity.current());
    sourceFiles(root.toAbsolutePath().normalize(), sourceRoots, digest);
    try (Writer json = new OutputStreamWriter(new DigestStream(digest), StandardCharsets.UTF_8)) {
      CodeModelJson.write(model, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String key = digest.hex();
    KEYS.put(model, key);
    return key;
  }

  static String key(CodeModelReader.Request request) {
    Path root = request.projectDir().toAbsolutePath().normalize();
    Digest digest = Digest.of("doclet").add(ToolIdentity.current()).add(root.toString());
    sourceFiles(root, request.sourceRoots(), digest);
    for (Path entry : request.classpath()) {
      Path absolute = root.resolve(entry).normalize();
      digest.add("classpath").add(absolute.toString());
      try (Stream<Path> files = Files.isDirectory(absolute) ? Files.walk(absolute).sorted() : Stream.of(absolute)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
          digest.add(absolute.relativize(file).toString()).add(attributes.size())
              .add(attributes.lastModifiedTime().toMillis());
        }
      } catch (IOException | UncheckedIOException e) {
        digest.add("(unreadable)"); // the doclet reports it; the key only has to differ from a readable one
      }
    }
    return digest.hex();
  }

  private static void sourceFiles(Path root, List<Path> sourceRoots, Digest digest) {
    for (Path sourceRoot : sourceRoots) {
      Path folder = root.resolve(sourceRoot).normalize();
      digest.add("source root").add(folder.toString());
      if (!Files.isDirectory(folder)) {
        digest.add("(missing)");
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          digest.add(folder.relativize(file).toString()).addFile(file);
        }
      } catch (IOException | UncheckedIOException e) {
        digest.add("(unreadable)");
      }
    }
  }

  private static byte[] encode(CodeModelReader.Result result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(result.problems().size());
      for (Problem problem : result.problems()) {
        out.writeUTF(problem.severity().name());
        writeNullable(out, problem.file());
        out.writeInt(problem.line());
        writeNullable(out, problem.message());
        writeNullable(out, problem.hint());
        out.writeUTF(problem.kind().name());
        out.writeBoolean(problem.javac().isPresent());
        if (problem.javac().isPresent()) {
          JavacDiagnostic javac = problem.javac().get();
          out.writeUTF(javac.code());
          out.writeUTF(javac.kind());
          out.writeLong(javac.line());
          out.writeLong(javac.column());
          out.writeLong(javac.startPosition());
          out.writeLong(javac.endPosition());
          out.writeUTF(javac.symbol());
        }
      }
      Writer json = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CodeModelJson.write(result.model(), json);
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
    return bytes.toByteArray();
  }

  private static Optional<CodeModelReader.Result> decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int count = in.readInt();
      List<Problem> problems = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Problem.Severity severity = Problem.Severity.valueOf(in.readUTF());
        String file = readNullable(in);
        int line = in.readInt();
        String message = readNullable(in);
        String hint = readNullable(in);
        Problem.Kind kind = Problem.Kind.valueOf(in.readUTF());
        Optional<JavacDiagnostic> javac = in.readBoolean()
            ? Optional.of(new JavacDiagnostic(in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), in.readLong(),
                in.readLong(), in.readUTF()))
            : Optional.empty();
        problems.add(new Problem(severity, file, line, message, hint, kind, javac));
      }
      CodeModel model = CodeModelJsonReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
      return Optional.of(new CodeModelReader.Result(model, problems));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an entry of an older layout, or damaged in a way the checksum missed
    }
  }

  private static void writeNullable(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  /** Feeds what is written into a digest, so a model is hashed without holding its JSON. */
  private static final class DigestStream extends java.io.OutputStream {
    private final Digest digest;

    DigestStream(Digest digest) {
      this.digest = digest;
    }

    @Override
    public void write(int b) {
      digest.add(new byte[] {(byte) b});
    }

    @Override
    public void write(byte[] b, int off, int len) {
      digest.add(java.util.Arrays.copyOfRange(b, off, off + len));
    }
  }
}
