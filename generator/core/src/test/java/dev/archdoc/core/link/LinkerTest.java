package dev.archdoc.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.SystemModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The linker joins docs and code both ways")
class LinkerTest {

  @TempDir static Path project;
  static SystemModel system;

  @BeforeAll
  static void readProject() throws IOException {
    write("src/main/java/com/acme/core/package-info.java", """
        /** The core. */
        @dev.archdoc.annotations.Decision("ADR-1")
        package com.acme.core;
        """);
    write("src/main/java/com/acme/core/Ledger.java", """
        package com.acme.core;

        import dev.archdoc.annotations.Decision;

        /** Keeps the books. */
        public final class Ledger {
          /** Adds an amount. */
          @Decision("ADR-2")
          public long add(long amount) { return amount; }

          /** An entry of the ledger. */
          public record Entry(long amount) {}
        }
        """);
    write("src/main/java/com/acme/api/Api.java", """
        package com.acme.api;

        /** The way in. */
        @dev.archdoc.annotations.Decision("ADR-99")
        @dev.archdoc.annotations.Decision("2")
        public class Api {
          com.acme.core.Ledger ledger = new com.acme.core.Ledger();
        }
        """);
    write("arch-docs/decisions/0001-a-core.md", """
        ---
        status: accepted
        governs: [com.acme.core.., com.acme.core.Ledgr]
        ---
        # A core

        The [ledger](code:com.acme.core.Ledger) adds with [add](code:com.acme.core.Ledger#add(long)).
        """);
    write("arch-docs/decisions/0002-adding.md", """
        # 2. Adding

        Date: 2026-01-01

        ## Status

        Accepted
        """);
    write("arch-docs/index.md", """
        # Overview

        See [the entry](code:com.acme.core.Ledger.Entry) and [nothing](code:com.acme.nothing.Here).

        ```plantuml
        @startuml
        class Ledger [[code:com.acme.core.Ledger]]
        class Gone [[code:com.acme.core.Gone]]
        @enduml
        ```
        """);
    Loaded loaded = Pipeline.load(project, Pipeline.Options.DEFAULTS);
    assertThat(loaded.configProblems()).isEmpty();
    system = loaded.project().orElseThrow().systems().get(0);
  }

  private static void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  @DisplayName("an ADR governs what its governs: names and what cites it, package patterns included")
  void adrToCode() {
    Links links = system.links();
    assertThat(links.governedBy(AdrId.of(1))).containsExactly("com.acme.core");
    assertThat(links.governedBy(AdrId.of(2)))
        .containsExactly("com.acme.api.Api", "com.acme.core.Ledger#add(long)");
  }

  @Test
  @DisplayName("code knows the ADRs that govern it, through itself, its type and its package")
  void codeToAdr() {
    Links links = system.links();
    assertThat(links.governing("com.acme.core.Ledger#add(long)"))
        .containsExactly(
            new Governance(AdrId.of(2), "com.acme.core.Ledger#add(long)", Governance.How.ANNOTATION),
            new Governance(AdrId.of(1), "com.acme.core", Governance.How.GOVERNS),
            new Governance(AdrId.of(1), "com.acme.core", Governance.How.ANNOTATION));
    assertThat(links.governing("com.acme.core.Ledger.Entry"))
        .extracting(Governance::adr).containsExactly(AdrId.of(1), AdrId.of(1));
  }

  @Test
  @DisplayName("pages, ADR bodies and diagrams are indexed as mentions of the element they name")
  void mentions() {
    Links links = system.links();
    assertThat(links.mentionsOf("com.acme.core.Ledger"))
        .extracting(CodeLink::origin, CodeLink::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Origin.ADR_BODY, 7),
            org.assertj.core.groups.Tuple.tuple(Origin.DIAGRAM, 7));
    assertThat(links.mentionsOf("com.acme.core.Ledger.Entry")).extracting(CodeLink::file)
        .containsExactly(Path.of("arch-docs/index.md"));
  }

  @Test
  @DisplayName("every reference that names nothing is a finding at its line, with a did-you-mean")
  void unresolved() {
    assertThat(system.links().findings()).map(Finding::toString).containsExactly(
        "arch-docs/decisions/0001-a-core.md:3: error: governs: 'com.acme.core.Ledgr' names no package,"
            + " type or member in the code; it was renamed, moved or removed (did you mean"
            + " 'com.acme.core.Ledger'?) [unresolved-code-ref]",
        "arch-docs/index.md:3: error: code link 'com.acme.nothing.Here' names no package, type or member"
            + " in the code; it was renamed, moved or removed [unresolved-code-ref]",
        "arch-docs/index.md:8: error: diagram link 'com.acme.core.Gone' names no package, type or member"
            + " in the code; it was renamed, moved or removed [unresolved-code-ref]",
        "src/main/java/com/acme/api/Api.java:4: error: @Decision(\"ADR-99\") on 'com.acme.api.Api' cites"
            + " an ADR that does not exist; the ADRs are ADR-1, ADR-2 [unknown-decision]");
  }

  @Test
  @DisplayName("an ADR id written as 2, 0002, ADR-2 or ADR-0002 is the same decision")
  void idSpellings() {
    assertThat(system.links().citations())
        .filteredOn(c -> c.element().equals("com.acme.api.Api"))
        .extracting(Citation::written, Citation::adr)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ADR-99", java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("2", java.util.Optional.of(AdrId.of(2))));
  }
}
