package dev.archdoc.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.finding.DriftRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

  /** A project folder named "Ledger App" with arch-docs/decisions, one module and the folders the tests name. */
  private static final ProjectFacts LEDGER = new ProjectFacts("Ledger App",
      List.of(Path.of("src/main/java"), Path.of("ledger-core/src/main/java")),
      Set.of(Path.of("arch-docs/decisions"), Path.of("arch-docs/raft-kv/decisions"), Path.of(""),
          Path.of("arch-docs"), Path.of("arch-docs/raft-kv"), Path.of("docs/billing"), Path.of("records"),
          Path.of("src/main/java"), Path.of("app/src/main/java"), Path.of("ok/src"), Path.of("a"), Path.of("b"),
          Path.of("c"), Path.of("generator/annotations/src/main/java"), Path.of("sample-system/src/main/java"))
          ::contains);

  private static ArchdocConfig ok(String yaml) {
    ConfigResult result = ConfigReader.parse(Optional.of(yaml), LEDGER);
    assertEquals(List.of(), result.problems(), "problems");
    return result.config().orElseThrow();
  }

  private static List<ConfigProblem> problems(String yaml) {
    ConfigResult result = ConfigReader.parse(Optional.of(yaml), LEDGER);
    assertFalse(result.ok(), "expected problems, got a configuration");
    return result.problems();
  }

  @Nested
  @DisplayName("the single-system form of the product brief")
  class SingleSystem {

    @Test
    @DisplayName("a configured docs, sources or decisions folder that does not exist is a problem at its line")
    void missingFoldersAreProblems() {
      List<ConfigProblem> found = problems("""
          docs: arch-dcs
          sources: [src/main/java, src/main/jav]
          decisions: [records, recrods]
          """);
      assertEquals(List.of(1, 2, 3), found.stream().map(ConfigProblem::line).toList());
      assertEquals("docs: folder 'arch-dcs' does not exist in the project; fix the name, or remove the entry"
          + " to use the default", found.get(0).message());
    }

    @Test
    @DisplayName("reads every key of the brief's example into one system named after the project folder")
    void readsTheBriefsExample() {
      ArchdocConfig config = ok("""
          title: Ledger                 # site title
          docs: arch-docs
          sources:
            - src/main/java
          classpath: []
          decisions: [arch-docs/decisions]
          layers:
            - name: api
              packages: [com.example.ledger.api..]
            - name: core
              packages: [com.example.ledger.core..]
            - name: model
              packages: [com.example.ledger.model..]
          """);
      assertEquals("Ledger", config.title());
      assertEquals(1, config.systems().size());
      SystemConfig system = config.systems().get(0);
      assertEquals("ledger-app", system.name());
      assertEquals("Ledger", system.title());
      assertEquals(Path.of("arch-docs"), system.docs());
      assertEquals(List.of(Path.of("src/main/java")), system.sources());
      assertEquals(List.of(), system.classpath());
      assertEquals(List.of(Path.of("arch-docs/decisions")), system.decisions());
      assertEquals(List.of("api", "core", "model"), system.layers().stream().map(Layer::name).toList());
      assertEquals("core", system.layerOf("com.example.ledger.core.posting").orElseThrow().name());
      assertTrue(system.layerOf("com.example.other").isEmpty());
    }

    @Test
    @DisplayName("site: says what the site shows of the code; by default the API and the annotated files")
    void siteOptions() {
      assertEquals(SiteOptions.DEFAULT, ok("title: Ledger\n").site());
      assertEquals(new SiteOptions(SiteOptions.Code.ALL, SiteOptions.Sources.ALL, SiteOptions.TypePages.EVERY),
          ok("site:\n  code: all\n  sources: all\n").site(), "the mirror gives every type its page");
      assertEquals(SiteOptions.TypePages.DOCUMENTED, ok("title: Ledger\n").site().typePages());
      assertEquals(new SiteOptions(SiteOptions.Code.API, SiteOptions.Sources.ANNOTATED, SiteOptions.TypePages.EVERY),
          ok("site:\n  type-pages: every\n").site());
      assertEquals(new SiteOptions(SiteOptions.Code.ALL, SiteOptions.Sources.ANNOTATED, SiteOptions.TypePages.DOCUMENTED),
          ok("site:\n  code: all\n  type-pages: documented\n").site());
      assertTrue(problems("site:\n  type-pages: some\n").stream()
          .anyMatch(p -> p.line() == 2 && p.message().equals("site: type-pages: 'some' is not one of documented, every")));
      List<ConfigProblem> found = problems("site:\n  code: everything\n  source: all\n");
      assertEquals(List.of(3, 2), found.stream().map(ConfigProblem::line).sorted(java.util.Comparator.reverseOrder()).toList());
      assertTrue(found.stream().anyMatch(p -> p.message().equals("site: code: 'everything' is not one of api, all")),
          found.toString());
      assertTrue(found.stream().anyMatch(p -> p.message().startsWith("unknown key 'source' in 'site'")), found.toString());
    }

    @Test
    @DisplayName("with no archdoc.yml the defaults apply: arch-docs, the project's source roots, existing decision folders")
    void defaultsWithoutAFile() {
      ConfigResult result = ConfigReader.parse(Optional.empty(), LEDGER);
      ArchdocConfig config = result.config().orElseThrow();
      assertEquals(Optional.empty(), config.file());
      assertEquals("Ledger App", config.title());
      SystemConfig system = config.systems().get(0);
      assertEquals("ledger-app", system.name());
      assertEquals(Path.of("arch-docs"), system.docs());
      assertEquals(List.of(Path.of("src/main/java"), Path.of("ledger-core/src/main/java")), system.sources());
      assertEquals(List.of(Path.of("arch-docs/decisions")), system.decisions(), "arch-docs/adr does not exist");
      assertTrue(config.rules().isEmpty());
      assertEquals(Path.of("arch-docs/theme"), config.theme());
      assertTrue(system.isExcluded(Path.of("arch-docs/theme/README.md")), "the theme's files are not docs");
    }

    @Test
    @DisplayName("theme: names the folder that overrides the default theme; a missing one is a problem at its line")
    void themeFolder() {
      ArchdocConfig config = ok("title: Ledger\ntheme: records\n");
      assertEquals(Path.of("records"), config.theme());
      assertFalse(config.systems().get(0).isExcluded(Path.of("arch-docs/records")));
      List<ConfigProblem> found = problems("title: Ledger\ntheme: templatse\n");
      assertEquals(2, found.get(0).line());
      assertEquals("theme: folder 'templatse' does not exist in the project; fix the name, or remove the entry"
          + " to use the default", found.get(0).message());
    }

    @Test
    @DisplayName("an empty file, or one with only comments, means the defaults")
    void emptyFileMeansDefaults() {
      assertEquals("ledger-app", ok("# nothing configured yet\n").systems().get(0).name());
    }

    @Test
    @DisplayName("decisions: folders come on top of <docs>/decisions and <docs>/adr, without repeats")
    void decisionFoldersAdd() {
      SystemConfig system = ok("decisions: [records, arch-docs/decisions]").systems().get(0);
      assertEquals(List.of(Path.of("arch-docs/decisions"), Path.of("records")), system.decisions());
      assertEquals(Path.of("arch-docs/decisions"), system.newDecisionsFolder());
    }

    @Test
    @DisplayName("a single text stands for a list of one; paths are normalised")
    void singleTextIsAList() {
      SystemConfig system = ok("sources: ./app/src/main/java/").systems().get(0);
      assertEquals(List.of(Path.of("app/src/main/java")), system.sources());
    }

    @Test
    @DisplayName("docs: . makes the whole project the docs folder")
    void docsAtTheRoot() {
      SystemConfig system = ok("docs: .").systems().get(0);
      assertEquals(Path.of(""), system.docs());
      assertTrue(system.ownsDocument(Path.of("notes/overview.md")));
      assertEquals(Path.of("decisions"), system.newDecisionsFolder());
    }

    @Test
    @DisplayName("rules: sets each drift rule to error, warning or off")
    void readsRuleLevels() {
      ArchdocConfig config = ok("""
          rules:
            adr-integrity: error
            stale-reference: off
            layer-violation: warning
          """);
      assertEquals(Optional.of(RuleLevel.ERROR), config.levelOf(DriftRule.ADR_INTEGRITY));
      assertEquals(Optional.of(RuleLevel.OFF), config.levelOf(DriftRule.STALE_REFERENCE));
      assertEquals(Optional.empty(), RuleLevel.OFF.severity());
      assertEquals(Optional.empty(), config.levelOf(DriftRule.BROKEN_LINK));
    }
  }

  @Nested
  @DisplayName("the multi-system form")
  class MultiSystem {

    private static final String THIS_REPO = """
        title: archdoc
        systems:
          - name: raft-kv
            title: Raft key-value store
            docs: arch-docs/raft-kv
            sources:
              - sample-system/src/main/java
            layers:
              - name: core
                packages: [com.example.raft.core..]
          - name: archdoc
            title: archdoc, the tool
            docs: arch-docs
            sources:
              - generator/annotations/src/main/java
        """;

    @Test
    @DisplayName("reads each system with its own docs, sources, decisions and layers")
    void readsEachSystem() {
      ArchdocConfig config = ok(THIS_REPO);
      assertEquals("archdoc", config.title());
      SystemConfig raft = config.system("raft-kv").orElseThrow();
      assertEquals("Raft key-value store", raft.title());
      assertEquals(List.of(Path.of("sample-system/src/main/java")), raft.sources());
      assertEquals(List.of(Path.of("arch-docs/raft-kv/decisions")), raft.decisions());
      assertEquals(1, raft.layers().size());
      SystemConfig tool = config.system("archdoc").orElseThrow();
      assertEquals(List.of(Path.of("arch-docs/decisions")), tool.decisions());
      assertTrue(tool.layers().isEmpty());
    }

    @Test
    @DisplayName("an outer system's docs exclude the docs folder of a system nested inside it")
    void nestedDocsAreExcluded() {
      ArchdocConfig config = ok(THIS_REPO);
      SystemConfig tool = config.system("archdoc").orElseThrow();
      SystemConfig raft = config.system("raft-kv").orElseThrow();
      assertEquals(List.of(Path.of("arch-docs/raft-kv"), Path.of("arch-docs/theme")), tool.excludedDocs(),
          "the other system's docs, and the theme folder");
      assertEquals(List.of(), raft.excludedDocs());
      assertTrue(tool.ownsDocument(Path.of("arch-docs/decisions/0001-x.md")));
      assertFalse(tool.ownsDocument(Path.of("arch-docs/raft-kv/decisions/0001-x.md")));
      assertTrue(raft.ownsDocument(Path.of("arch-docs/raft-kv/decisions/0001-x.md")));
      assertTrue(tool.isExcluded(Path.of("arch-docs/raft-kv/diagrams")));
    }

    @Test
    @DisplayName("a system without a title is titled by its name")
    void titleDefaultsToName() {
      assertEquals("billing", ok("systems:\n  - name: billing\n    docs: docs/billing\n")
          .systems().get(0).title());
    }

    @Test
    @DisplayName("a system needs a slug name, unique among the systems, and its own docs folder")
    void namesAndDocsAreChecked() {
      List<ConfigProblem> problems = problems("""
          systems:
            - title: nameless
              docs: a
            - name: Billing Service
              docs: b
            - name: shop
              docs: c
            - name: shop
              docs: c
          """);
      assertEquals(List.of(
          "a system needs a 'name' (a slug such as raft-kv)",
          "system name 'Billing Service' must be a slug: lower-case letters, digits and single dashes (e.g. billing-service)",
          "two systems are named 'shop' (the other at line 6); names must be unique",
          "systems 'shop' and 'shop' both use docs folder 'c'; give each its own"),
          problems.stream().map(ConfigProblem::message).toList());
      assertEquals(List.of(2, 4, 8, 8), problems.stream().map(ConfigProblem::line).toList());
    }

    @Test
    @DisplayName("single-system keys next to systems: are refused, naming the key")
    void mixedFormsAreRefused() {
      List<ConfigProblem> problems = problems("""
          docs: arch-docs
          systems:
            - name: a
          """);
      assertEquals(1, problems.size());
      assertEquals(1, problems.get(0).line());
      assertTrue(problems.get(0).message().startsWith("'docs' belongs inside each entry of 'systems'"));
    }
  }

  @Nested
  @DisplayName("problems are values naming file, line and column")
  class Problems {

    @Test
    @DisplayName("an unknown key is an error naming the key and line, with a 'did you mean'")
    void unknownKey() {
      List<ConfigProblem> problems = problems("""
          title: Ledger
          layer:
            - name: api
              packages: [a..]
          """);
      ConfigProblem problem = problems.get(0);
      assertEquals(Path.of("archdoc.yml"), problem.file());
      assertEquals(2, problem.line());
      assertEquals(1, problem.column());
      assertTrue(problem.message().startsWith("unknown key 'layer' in archdoc.yml (did you mean 'layers'?)"),
          problem.message());
      assertEquals("archdoc.yml:2: error: " + problem.message() + " [config]", problem.toString());
    }

    @Test
    @DisplayName("unknown keys inside a system or a layer are caught too")
    void unknownNestedKeys() {
      List<ConfigProblem> problems = problems("""
          systems:
            - name: a
              soruces: [src]
              layers:
                - name: api
                  package: [a..]
          """);
      assertEquals(List.of(3, 5, 6), problems.stream().map(ConfigProblem::line).toList());
      assertTrue(problems.get(0).message().contains("(did you mean 'sources'?)"));
      assertTrue(problems.get(2).message().contains("(did you mean 'packages'?)"));
    }

    @Test
    @DisplayName("a wrong type names the key and its line")
    void wrongTypes() {
      List<ConfigProblem> problems = problems("""
          title: [not, text]
          sources:
            main: src/main/java
          layers: api
          """);
      assertEquals(List.of("'title' should be text, found a list", "'sources' should be a list, found a mapping",
          "'layers' should be a list of layers (each with a name and packages), found text 'api'"),
          problems.stream().map(ConfigProblem::message).toList());
      assertEquals(List.of(1, 3, 4), problems.stream().map(ConfigProblem::line).toList());
    }

    @Test
    @DisplayName("malformed YAML is one problem with its line and column")
    void malformedYaml() {
      List<ConfigProblem> problems = problems("title: Ledger\nsources: [src/main/java\nlayers: []\n");
      assertEquals(1, problems.size());
      assertTrue(problems.get(0).message().startsWith("malformed YAML: "), problems.get(0).message());
      assertTrue(problems.get(0).line() >= 2, "line " + problems.get(0).line());
    }

    @Test
    @DisplayName("paths that are absolute or climb out of the project are refused")
    void pathsStayInTheProject() {
      List<ConfigProblem> problems = problems("""
          docs: ../elsewhere
          sources: [/etc, src/../../x, ok/src]
          """);
      assertEquals(List.of(
          "'../elsewhere' leaves the project root; archdoc only reads inside the project",
          "'/etc' is absolute; paths in archdoc.yml are relative to the project root",
          "'src/../../x' leaves the project root; archdoc only reads inside the project"),
          problems.stream().map(ConfigProblem::message).toList());
    }

    @Test
    @DisplayName("an unknown rule id or level is an error, with a 'did you mean' for the rule")
    void unknownRules() {
      List<ConfigProblem> problems = problems("""
          rules:
            adr-integrty: error
            broken-link: fatal
          """);
      assertTrue(problems.get(0).message().startsWith("unknown rule 'adr-integrty' (did you mean 'adr-integrity'?)"));
      assertEquals("rule 'broken-link' must be error, warning or off, not 'fatal'", problems.get(1).message());
      assertEquals(List.of(2, 3), problems.stream().map(ConfigProblem::line).toList());
    }

    @Test
    @DisplayName("a structural rule cannot be lowered: the problem names the line and the rule; raising it is fine")
    void structuralRulesCannotBeLowered() {
      List<ConfigProblem> problems = problems("""
          rules:
            broken-link: warning
            code-model: warning
            config: off
          """);
      assertEquals(List.of(3, 4), problems.stream().map(ConfigProblem::line).toList());
      assertTrue(problems.get(0).message().startsWith("rule 'code-model' cannot be lowered"), problems.get(0).message());
      assertTrue(problems.get(1).message().contains("structural rules: code-model, config, build"),
          problems.get(1).message());
      assertEquals(Optional.of(RuleLevel.ERROR), ok("rules: {code-model: error}").levelOf(DriftRule.CODE_MODEL));
    }

    @Test
    @DisplayName("every id of the registry can be named in rules:")
    void everyRegisteredIdIsNameable() {
      for (DriftRule rule : DriftRule.values()) {
        ArchdocConfig config = ok("rules: {" + rule.id() + ": error}");
        assertEquals(Optional.of(RuleLevel.ERROR), config.levelOf(rule), rule.id());
      }
    }

    @Test
    @DisplayName("a bad package pattern and a layer without packages are errors")
    void badLayers() {
      List<ConfigProblem> problems = problems("""
          layers:
            - name: api
              packages: [com.example..api]
            - name: core
          """);
      assertEquals(2, problems.size());
      assertTrue(problems.get(0).message().startsWith("'com.example..api' is not a package pattern"));
      assertEquals(3, problems.get(0).line());
      assertEquals("layer 'core' needs 'packages', e.g. [com.example.api..]", problems.get(1).message());
    }

    @Test
    @DisplayName("layer exceptions are read with their annotation or sides, decision, reason and line")
    void readsLayerExceptions() {
      ArchdocConfig config = ok("""
          layers:
            - name: logic
              packages: [org.jabref.logic..]
            - name: model
              packages: [org.jabref.model..]
          layer-exceptions:
            - annotation: "@org.jabref.architecture.AllowedToUseLogic"
              decision: ADR-0017
              reason: ADR-0017 allows model to use logic in defined cases
            - from: org.jabref.model.entry.Langid
              to: org.jabref.logic.bibtex..
              decision: 17
          """);
      List<LayerException> exceptions = config.systems().get(0).layerExceptions();
      assertEquals(List.of(
              new LayerException(Optional.of("org.jabref.architecture.AllowedToUseLogic"), Optional.empty(),
                  Optional.empty(), "ADR-0017", Optional.of("ADR-0017 allows model to use logic in defined cases"), 7),
              new LayerException(Optional.empty(), PackagePattern.parse("org.jabref.model.entry.Langid"),
                  PackagePattern.parse("org.jabref.logic.bibtex.."), "17", Optional.empty(), 10)),
          exceptions);
      assertEquals("org.jabref.model.entry.Langid -> org.jabref.logic.bibtex..", exceptions.get(1).describe());
    }

    @Test
    @DisplayName("a layer exception without a decision, or with neither an annotation nor both sides, is an error at its line")
    void badLayerExceptions() {
      List<ConfigProblem> problems = problems("""
          layers:
            - name: model
              packages: [org.jabref.model..]
          layer-exceptions:
            - annotation: AllowedToUseLogic
            - from: org.jabref.model..
              decision: ADR-17
            - to: org.jabref..logic
              annotation: Not An Annotation
              decision: ADR-17
              becuase: typo
            - just text
          """);
      assertEquals(List.of(
              "5: a layer exception needs a 'decision': the ADR that allows it, e.g. decision: ADR-17",
              "6: a layer exception needs an 'annotation' on the using type, or both 'from' and 'to'"
                  + " (e.g. from: com.example.model.., to: com.example.logic.Parser)",
              "8: 'to: org.jabref..logic' is neither a type nor a package pattern: write a.b.Type, a.b for that"
                  + " package only, a.b.. for it and every package below it",
              "9: 'Not An Annotation' is not an annotation name: write its simple name (AllowedToUseLogic) or its"
                  + " qualified name (org.example.AllowedToUseLogic)",
              "11: unknown key 'becuase' in a layer exception; known keys: annotation, from, to, decision, reason",
              "12: each layer exception should be a mapping with a decision, and an annotation or from and to,"
                  + " found text 'just text'"),
          problems.stream().map(p -> p.line() + ": " + p.message()).toList());
    }

    @Test
    @DisplayName("layer exceptions without layers are an error")
    void layerExceptionsNeedLayers() {
      List<ConfigProblem> problems = problems("""
          layer-exceptions:
            - annotation: AllowedToUseLogic
              decision: ADR-17
          """);
      assertEquals("'layer-exceptions' needs 'layers' beside it: an exception allows a use that the layers forbid",
          problems.get(0).message());
      assertEquals(1, problems.get(0).line());
    }

    @Test
    @DisplayName("a key written twice is an error, not a silent override")
    void repeatedKey() {
      List<ConfigProblem> problems = problems("docs: a\ndocs: b\n");
      assertEquals("key 'docs' appears twice (first at line 1)", problems.get(0).message());
      assertEquals(2, problems.get(0).line());
    }

    @Test
    @DisplayName("every problem in the file is reported in one run")
    void allProblemsAtOnce() {
      assertEquals(3, problems("titel: x\ndoc: y\nrules: {nope: off}\n").size());
    }
  }
}
