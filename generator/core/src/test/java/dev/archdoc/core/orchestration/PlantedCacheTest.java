package dev.archdoc.core.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.cache.BlobStore;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.check.DriftCheck;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile projects whose pull request commits {@code target/archdoc-cache}: entries forged by an
 * attacker who knows every input of a key and the entry format, but not this machine's secret. Each
 * test also plants the same content with a genuine seal, which is used: so the forgery is one that
 * would change a finding or a page if seals were not checked.
 */
@DisplayName("A cache entry planted in the project")
class PlantedCacheTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String MARK = "X".repeat(SCRIPT.length());

  @TempDir Path root;

  @Test
  @DisplayName("cannot hide a layer violation behind the code model of a clean version")
  void cannotHideALayerViolation() throws IOException {
    write("archdoc.yml", """
        layers:
          - name: api
            packages: [com.acme.api..]
          - name: core
            packages: [com.acme.core..]
        """);
    write("src/main/java/com/acme/api/Api.java", "package com.acme.api;\n/** In. */\npublic class Api {}\n");
    write("src/main/java/com/acme/core/Ledger.java", "package com.acme.core;\n/** Books. */\npublic class Ledger {}\n");
    Path code = SiteBuild.codeCache(root);
    assertThat(violations()).isEmpty();
    Path cleanEntry = onlyEntry(code);
    byte[] cleanModel = content(cleanEntry);

    write("src/main/java/com/acme/core/Ledger.java",
        "package com.acme.core;\n/** Books. */\npublic class Ledger {\n  com.acme.api.Api back;\n}\n");
    assertThat(violations()).hasSize(1);
    Path violatingEntry = entries(code).stream().filter(e -> !e.equals(cleanEntry)).findFirst().orElseThrow();
    String key = violatingEntry.getFileName().toString();

    for (byte[] forged : forgeries(key, cleanModel)) {
      Files.write(violatingEntry, forged);
      assertThat(violations()).as("a forged entry is not believed").hasSize(1);
    }
    new BlobStore(code).put(key, cleanModel);
    assertThat(violations()).as("control: the same model with this machine's seal is used").isEmpty();
  }

  @Test
  @DisplayName("cannot put a script into a rendered page or a diagram")
  void cannotInjectAScript() throws IOException {
    write("arch-docs/decisions/0001-use-a-ledger.md",
        "---\nstatus: accepted\n---\n# Use a ledger\n\nKeep " + MARK + " books.\n\n```plantuml\n@startuml\nAlice -> Bob : hi\n@enduml\n```\n");
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    Path page = root.resolve("site/decisions/0001-use-a-ledger.html");
    build();
    assertThat(page).content().contains(MARK).doesNotContain(SCRIPT);

    Path pages = SiteBuild.cacheRoot(root).resolve("pages");
    Path pageEntry = entries(pages).stream().filter(e -> contains(e, MARK)).findFirst().orElseThrow();
    byte[] scripted = new String(content(pageEntry), StandardCharsets.ISO_8859_1)
        .replace(MARK, SCRIPT).getBytes(StandardCharsets.ISO_8859_1);
    Path diagrams = SiteBuild.cache(root);
    Path diagramEntry = entries(diagrams).stream().filter(e -> contains(e, "Bob")).findFirst().orElseThrow();
    byte[] scriptedSvg = ("<svg xmlns=\"http://www.w3.org/2000/svg\">" + SCRIPT + "</svg>").getBytes(StandardCharsets.UTF_8);

    List<byte[]> pageForgeries = forgeries(pageEntry.getFileName().toString(), scripted);
    List<byte[]> diagramForgeries = forgeries(diagramEntry.getFileName().toString(), scriptedSvg);
    for (int i = 0; i < pageForgeries.size(); i++) {
      Files.write(pageEntry, pageForgeries.get(i));
      Files.write(diagramEntry, diagramForgeries.get(i));
      build();
      assertThat(page).as("forgery %d", i).content().contains(MARK).contains("Bob").doesNotContain(SCRIPT);
    }

    new BlobStore(pages).put(pageEntry.getFileName().toString(), scripted);
    build();
    assertThat(page).as("control: the same entry with this machine's seal is used").content().contains(SCRIPT);
  }

  private List<Finding> violations() {
    return DriftCheck.run(Pipeline.load(root, new Pipeline.Options(List.of(), new CodeCache(SiteBuild.codeCache(root)), null)))
        .findings().stream().filter(f -> f.rule().equals("layer-violation")).toList();
  }

  private void build() throws IOException {
    SiteBuild.run(new SiteBuild.Request(root, null, null, List.of()));
  }

  /**
   * What an attacker can write: the format before entries were sealed (a SHA-256 of the content),
   * and today's format sealed with a secret of their own.
   */
  private static List<byte[]> forgeries(String key, byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      Mac mac = Mac.getInstance("HmacSHA256");
      byte[] attackerSecret = new byte[32];
      Arrays.fill(attackerSecret, (byte) 7);
      mac.init(new SecretKeySpec(attackerSecret, "HmacSHA256"));
      mac.update(key.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) 0);
      byte[] seal = mac.doFinal(content);
      return List.of(entry("archdoc1", digest, content), entry("archdoc2", seal, content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] entry(String magic, byte[] check, byte[] content) {
    byte[] bytes = new byte[8 + 32 + content.length];
    System.arraycopy(magic.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
    System.arraycopy(check, 0, bytes, 8, 32);
    System.arraycopy(content, 0, bytes, 40, content.length);
    return bytes;
  }

  private static byte[] content(Path entry) throws IOException {
    byte[] bytes = Files.readAllBytes(entry);
    return Arrays.copyOfRange(bytes, 40, bytes.length);
  }

  private static boolean contains(Path entry, String text) {
    try {
      return new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private static Path onlyEntry(Path folder) throws IOException {
    List<Path> entries = entries(folder);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  private static List<Path> entries(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}"))
          .sorted().toList();
    }
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
