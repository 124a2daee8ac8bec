package dev.archdoc.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.ConfigResult;
import dev.archdoc.core.config.ProjectFacts;
import dev.archdoc.core.docs.adr.AdrLoader;
import dev.archdoc.core.docs.adr.AdrSource;
import dev.archdoc.core.docs.adr.Decisions;
import dev.archdoc.core.docs.page.PageRead;
import dev.archdoc.core.docs.page.PageReader;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz of the readers every pull request feeds, with a fixed number of inputs (the same
 * ones on every machine, however loaded): ADRs (with front matter), pages (Markdown and AsciiDoc headers) and archdoc.yml. Each input is a known-good document
 * mutated by a seeded generator (bytes flipped, lines duplicated, YAML and Markdown syntax
 * spliced in, nesting piled up). No reader may throw; every problem is a finding that names the
 * file. A failure prints the seed and the iteration, so it replays exactly.
 */
@DisplayName("The ADR, page and configuration readers under seeded random input")
class ParserFuzzTest {

  private static final long SEED = 0x5EC_C0DEL;
  /** Each reader gets exactly this many inputs: a count, not a time budget, so every run tries the same ones. */
  private static final int INPUTS = 300;

  private static final String ADR = """
      ---
      status: accepted
      date: 2026-01-01
      tags: [a, b]
      governs: [com.example.Core, com.example.worker..]
      supersedes: [1]
      ---
      # 2. Use a pure core

      ## Context and Problem Statement

      Text with [a link](0001-x.md) and `code` and [code](code:com.example.Core#step).

      ## Decision Outcome

      * one
      * two
      """;

  private static final String NYGARD = """
      # 3. Record decisions

      Date: 2026-02-03

      ## Status

      Superseded by [4. Other](0004-other.md)

      ## Context

      > quoted
      """;

  private static final String ADOC = """
      = 5. AsciiDoc decision
      :status: accepted
      :governs: com.example.Core

      == Context

      include::{projectdir}/x.txt[tag=a]
      ----
      code
      ----
      """;

  private static final String CONFIG = """
      title: Fuzzed
      systems:
        - name: core
          docs: arch-docs
          sources: [src/main/java]
          layers:
            - name: core
              packages: [com.example.core..]
      rules:
        layer-violation: warning
      """;

  private static final String[] SPLICES = {
      "---\n", "&a [*a]\n", "*a", "[", "]", "{", "}", ":", "- ", "  ", "\t", "!!binary", "!!python/object:x",
      ">", "> > > >", "* ", "1. ", "```", "~~~", "<script>", "\u0000", "\uFFFD", "\u202E", "#", "== ",
      "include::/.git/config[]", ":status:", "|===", "++++", "pass:[<b>]", "\r", "\r\n", "%", "@", "`"};

  @Test
  @DisplayName("ADRs: no exception, every finding names the file")
  void adrs() {
    fuzz("adr", new String[] {ADR, NYGARD, ADOC}, (text, i) -> {
      Path file = Path.of("arch-docs/decisions/" + String.format("%04d", i % 9000 + 1)
          + (text.startsWith("=") ? "-fuzz.adoc" : "-fuzz.md"));
      Decisions read = AdrLoader.load(List.of(AdrSource.ofText(file, text)));
      return read.findings();
    });
  }

  @Test
  @DisplayName("pages: no exception, every finding names the file")
  void pages() {
    fuzz("page", new String[] {ADR, NYGARD, ADOC}, (text, i) -> {
      Path file = Path.of(text.startsWith("=") ? "arch-docs/fuzz.adoc" : "arch-docs/fuzz.md");
      PageRead read = PageReader.read(file, text);
      return read.findings();
    });
  }

  @Test
  @DisplayName("archdoc.yml: no exception, every problem names the file")
  void config() {
    ProjectFacts facts = new ProjectFacts("fuzz", List.of(Path.of("src/main/java")), p -> true, Optional.empty());
    fuzz("config", new String[] {CONFIG}, (text, i) -> {
      ConfigResult result = ConfigReader.parse(Optional.of(text), facts);
      return result.problems().stream().map(p -> p.toFinding()).toList();
    });
  }

  private interface Reader {
    List<Finding> read(String text, int iteration);
  }

  private static void fuzz(String what, String[] seeds, Reader reader) {
    Random random = new Random(SEED ^ what.hashCode());
    for (int i = 0; i < INPUTS; i++) {
      String text = mutate(seeds[random.nextInt(seeds.length)], random);
      List<Finding> findings;
      try {
        findings = reader.read(text, i);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(what + " reader threw on input " + i + " (seed " + SEED + "): " + e
            + "\n--- input ---\n" + text, e);
      }
      for (Finding finding : findings) {
        assertThat(finding.file().toString()).as("%s input %d: %s", what, i, finding).isNotBlank();
        assertThat(finding.message()).as("%s input %d", what, i).isNotBlank();
      }
    }
  }

  private static String mutate(String seed, Random random) {
    StringBuilder text = new StringBuilder(seed);
    int edits = 1 + random.nextInt(12);
    for (int e = 0; e < edits; e++) {
      int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
      switch (random.nextInt(7)) {
        case 0 -> text.insert(at, SPLICES[random.nextInt(SPLICES.length)]);
        case 1 -> {
          if (at < text.length()) {
            text.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (at < text.length()) {
            text.setCharAt(at, (char) random.nextInt(0x250));
          }
        }
        case 3 -> {
          int end = Math.min(text.length(), at + random.nextInt(80));
          text.insert(at, text.substring(at, end)); // a stretch repeated
        }
        case 4 -> text.insert(at, SPLICES[random.nextInt(SPLICES.length)].repeat(1 + random.nextInt(400)));
        case 5 -> text.insert(at, "\n" + "  ".repeat(random.nextInt(60)) + "- x: [");
        default -> {
          int end = Math.min(text.length(), at + random.nextInt(200));
          text.delete(at, end);
        }
      }
    }
    return text.toString();
  }
}
