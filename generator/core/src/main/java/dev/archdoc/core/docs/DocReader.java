package dev.archdoc.core.docs;

import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.adr.AdrLoader;
import dev.archdoc.core.docs.adr.AdrSource;
import dev.archdoc.core.docs.adr.Decisions;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.PageFormat;
import dev.archdoc.core.docs.page.PageRead;
import dev.archdoc.core.docs.page.PageReader;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.safety.InputLimits;
import dev.archdoc.core.safety.ProjectBounds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads one system's docs into a {@link DocSet}: the door of the docs stage.
 *
 * <p>{@link #read(SystemConfig, List)} is pure: it classifies the files it is given (ADRs in the
 * decisions folders, Markdown and AsciiDoc pages, PlantUML files, other assets) and parses each
 * with its reader. {@link #read(Path, SystemConfig)} is the file-system edge in front of it. One
 * unreadable or malformed file never stops the others; its problem is a finding.
 */
public final class DocReader {

  private DocReader() {}

  /** Lists and reads the files of a system's docs and decisions folders, then parses them. */
  public static DocSet read(Path projectRoot, SystemConfig system) {
    return read(projectRoot, system, new PageReads());
  }

  /** As {@link #read(Path, SystemConfig)}, taking pages whose text did not change from {@code reads}. */
  public static DocSet read(Path projectRoot, SystemConfig system, PageReads reads) {
    Path root = projectRoot.toAbsolutePath().normalize();
    List<Finding> findings = new ArrayList<>();
    Map<Path, DocFile> files = new TreeMap<>(Comparator.comparing(DocReader::slashes));
    List<Path> folders = new ArrayList<>();
    folders.add(system.docs());
    folders.addAll(system.decisions());
    ProjectBounds bounds = new ProjectBounds(root);
    Path jekyllConfig = system.docs().resolve("_config.yml");
    // a _config.yml that is a link out of the project is not read (the walk below reports it)
    JekyllExcludes jekyll = bounds.check(system.docs()).isPresent() || bounds.check(jekyllConfig).isPresent()
        ? JekyllExcludes.none()
        : JekyllExcludes.of(root.resolve(system.docs()).normalize(), jekyllConfig);
    findings.addAll(jekyll.findings());
    for (Path folder : folders) {
      Path absolute = root.resolve(folder).normalize();
      Optional<Finding> folderOutside = bounds.check(folder);
      if (folderOutside.isPresent()) {
        findings.add(folderOutside.get());
        continue;
      }
      if (!Files.isDirectory(absolute)) {
        continue; // a missing docs folder is a project with no docs; check says so, not the reader
      }
      try (Stream<Path> walk = Files.walk(absolute)) {
        List<Path> found = walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p)).map(root::relativize).toList();
        for (Path file : found) {
          if (files.containsKey(file) || isHidden(file) || isExcluded(file, system) || isLeftOutByJekyll(file, system, jekyll)) {
            continue;
          }
          Optional<Finding> outside = bounds.check(file);
          if (outside.isPresent()) {
            findings.add(outside.get());
            continue;
          }
          Path absoluteFile = root.resolve(file);
          if (!Files.isRegularFile(absoluteFile)) {
            continue; // a link to a folder inside the project: its files are read where they really are
          }
          try {
            Optional<Finding> tooLarge = InputLimits.tooLarge(file, Files.size(absoluteFile));
            if (tooLarge.isPresent()) {
              findings.add(tooLarge.get());
              continue;
            }
            files.put(file, new DocFile(file, Files.readAllBytes(absoluteFile)));
          } catch (IOException e) {
            findings.add(Finding.error(DriftRule.BROKEN_LINK.id(), file, 0, "cannot be read: " + e.getClass().getSimpleName()));
          }
        }
      } catch (IOException | UncheckedIOException e) {
        findings.add(Finding.error(DriftRule.BROKEN_LINK.id(), folder, 0, "cannot list the folder: " + e.getMessage()));
      }
    }
    DocSet read = read(system, List.copyOf(files.values()), reads);
    findings.addAll(read.findings());
    return new DocSet(read.decisions(), read.adrBodies(), read.pages(), read.diagrams(), read.assets(),
        findings.stream().sorted().toList());
  }

  /** Parses the given files (paths relative to the project root) as the docs of {@code system}. */
  public static DocSet read(SystemConfig system, List<DocFile> files) {
    return read(system, files, new PageReads());
  }

  private static DocSet read(SystemConfig system, List<DocFile> files, PageReads reads) {
    List<AdrSource> adrSources = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    List<DiagramSource> diagrams = new ArrayList<>();
    List<Path> assets = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<DocFile> pageFiles = new ArrayList<>();
    for (DocFile file : files) {
      Path path = file.path();
      if (isInDecisionsFolder(path, system) && AdrLoader.isAdr(path)) {
        adrSources.add(new AdrSource(path, file.content()));
      } else if (isInDecisionsFolder(path, system) && AdrLoader.isTemplate(path)) {
        continue; // a template for new ADRs is neither a decision nor a page of the site
      } else if (PageFormat.of(path).isPresent()) {
        pageFiles.add(file);
      } else if (DiagramSource.isDiagramFile(path)) {
        DecodedText text = DecodedText.decode(path, file.content(), DriftRule.BROKEN_LINK.id(), "diagram");
        text.problem().ifPresent(findings::add);
        text.text().ifPresent(t -> diagrams.addAll(DiagramSource.blocksOf(path, t)));
      } else {
        assets.add(path);
      }
    }
    // pages and ADRs parse independently: on both cores, each list kept in the files' order
    for (PageFile read : pageFiles.parallelStream().map(file -> readPage(file, reads)).toList()) {
      read.problem().ifPresent(findings::add);
      read.read().ifPresent(page -> {
        pages.add(page.page());
        findings.addAll(page.findings());
      });
    }
    Decisions decisions = AdrLoader.load(adrSources, reads.adrs());
    Map<AdrId, Adr> firstOfEachId = new LinkedHashMap<>();
    for (Adr adr : decisions.adrs()) {
      firstOfEachId.putIfAbsent(adr.id(), adr); // a duplicate id is an adr-integrity finding already; the first file speaks
    }
    List<PageRead> bodyReads = firstOfEachId.values().parallelStream()
        .map(adr -> reads.read(adr.file(), adr.body(), adr.bodyLine()))
        .toList();
    Map<AdrId, Page> bodies = new LinkedHashMap<>();
    int i = 0;
    for (AdrId id : firstOfEachId.keySet()) {
      PageRead body = bodyReads.get(i++);
      bodies.put(id, body.page());
      findings.addAll(body.findings());
    }
    return new DocSet(decisions, bodies, pages, diagrams, assets, findings.stream().sorted().toList());
  }

  /** A page file read: its decoding problem, or what its reader made of it. */
  private record PageFile(Optional<Finding> problem, Optional<PageRead> read) {}

  private static PageFile readPage(DocFile file, PageReads reads) {
    DecodedText text = DecodedText.decode(file.path(), file.content(), PageReader.SYNTAX_RULE, "page");
    return new PageFile(text.problem(), text.text().map(t -> reads.read(file.path(), t, 1)));
  }

  private static boolean isInDecisionsFolder(Path file, SystemConfig system) {
    return system.decisions().stream().anyMatch(folder -> file.startsWith(folder));
  }

  private static boolean isExcluded(Path file, SystemConfig system) {
    return system.excludedDocs().stream().anyMatch(file::startsWith);
  }

  /** A file the docs folder's Jekyll {@code _config.yml} leaves out of the published docs. */
  private static boolean isLeftOutByJekyll(Path file, SystemConfig system, JekyllExcludes jekyll) {
    Path docs = system.docs().normalize();
    boolean inDocs = docs.toString().isEmpty() || file.startsWith(docs);
    return inDocs && jekyll.excludes(slashes(docs.toString().isEmpty() ? file : docs.relativize(file)));
  }

  private static boolean isHidden(Path file) {
    for (Path part : file) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
