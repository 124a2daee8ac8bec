package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.cache.Digest;
import dev.archdoc.core.cache.ToolIdentity;
import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.PageFormat;
import dev.archdoc.core.docs.page.SnippetInclude;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.SourceFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cache key of each unit of rendering work: a digest of everything its pages may read. Keys
 * are made of four layers, from broad to narrow:
 *
 * <ul>
 *   <li><b>base</b>: archdoc itself, the version, the effective configuration, and the bytes of
 *       every file of the project that is neither a doc page nor a Java source (templates, diagram
 *       files, includes, images, exclusion lists...) — what a page may read or test the existence
 *       of, known broadly rather than exactly;
 *   <li><b>outline</b>: what any page may show about the docs without their bodies: each ADR's
 *       metadata, each page's file, title, headings and anchors, the diagram files;
 *   <li><b>code</b>: what the unit shows of the code ({@code CodeInputs}): a type page its type,
 *       its members and where the types it uses and is used by lead; a literate view its file; a
 *       package page its types as listed; an ADR or doc page what its {@code code:} references
 *       resolve to; the overview, diagrams and homes the outline of all code; the tours every
 *       system's code and source files;
 *   <li>what the unit itself reads: an ADR's or page's own text, the files its snippets include
 *       and, for AsciiDoc, the files its {@code include::} directives name (when a target needs
 *       AsciiDoc's attributes to be known, the text of every doc instead); for pages that gather
 *       from the written pages (homes, tours), the text of every written page.
 * </ul>
 *
 * So one ADR's body edited renders that ADR's page again and nothing else; its title or status
 * edited renders every page that lists ADRs (and, broadly, every other page).
 *
 * <p>A unit's inputs are known broadly rather than exactly: a key that changes too often costs
 * time, one that misses an input would serve a stale page.
 */
@Decision(value = "ADR-15", note = "each unit keyed by a digest of everything it may read, known broadly")
@Decision(value = "ADR-34", note = "a unit's code input is the code it shows, not the whole system's")
final class PageKeys {

  private final String base;
  private final String outline;
  private final String allPages;
  private final String writtenPages;
  private final Map<String, CodeInputs> codeBySystem = new java.util.LinkedHashMap<>();
  /** Every system's code model and source files, for the units that read code broadly (tours, homes). */
  private final String allCode;
  /**
   * Which source files exist, in every system: a comment in the code may link to one (a page
   * people wrote has its links' targets in its key instead).
   */
  private final String sourceFiles;
  private final Path root;

  /** An AsciiDoc include directive, at the start of a line, and its target. */
  private static final Pattern INCLUDE = Pattern.compile("(?m)^include::([^\\[\\n]+)\\[");
  private static final int MAX_INCLUDE_DEPTH = 8;

  /**
   * @param r what the pages are rendered with: which code the site shows ({@link ShownCode}), system by system
   * @param parent the site every page links back to, as text, or empty
   */
  PageKeys(ProjectModel project, String version, Path out, Rendering r, String parent) {
    this.root = project.root();
    Set<Path> pageFiles = new HashSet<>();
    Digest outlineDigest = Digest.of("outline");
    Digest pagesDigest = Digest.of("every page");
    Digest writtenDigest = Digest.of("written pages");
    for (SystemModel system : project.systems()) {
      outlineDigest.add("system").add(system.name());
      for (Adr adr : system.docs().decisions().adrs()) {
        outlineDigest.add(metadataOf(adr));
      }
      for (Page page : system.docs().allPages()) {
        pageFiles.add(root.resolve(page.file()).normalize());
        outlineDigest.add(page.file().toString()).add(page.format().name()).add(page.title())
            .add(page.metadata().toString()).add(page.headings().toString()).add(page.anchors().toString());
        pagesDigest.add(page.file().toString()).add(page.firstLine()).add(page.source());
      }
      for (Page page : system.docs().pages()) {
        writtenDigest.add(page.file().toString()).add(page.source());
      }
      outlineDigest.add(system.docs().diagrams().toString()).add(system.docs().assets().toString());
    }
    this.outline = outlineDigest.hex();
    this.allPages = pagesDigest.hex();
    this.writtenPages = writtenDigest.hex();
    Digest code = Digest.of("all code");
    Digest files = Digest.of("source files");
    List<Path> sourceFolders = new ArrayList<>();
    for (SystemModel system : project.systems()) {
      codeBySystem.put(system.name(), new CodeInputs(system, r.shown(system)));
      code.add(system.name()).add(CodeCache.fingerprint(root, system.config().sources(), system.code()))
          .add(r.shown(system).fingerprint());
      files.add(system.name());
      system.code().files().forEach(file -> files.add(file.path()));
      system.config().sources().forEach(source -> sourceFolders.add(root.resolve(source).normalize()));
    }
    this.allCode = code.hex();
    this.sourceFiles = files.hex();
    Digest baseDigest = Digest.of("site base").add(ToolIdentity.current()).add(root.toString())
        .add(version).add(configOf(project.config())).add(parent);
    otherFiles(out, pageFiles, sourceFolders, baseDigest);
    this.base = baseDigest.hex();
  }

  /**
   * A unit that lists all of a system's code without its bodies: the overview, the diagrams, the
   * index of pages.
   */
  String outlined(SystemModel system, String unit) {
    return start(unit).add(system.name()).add(code(system).outline()).hex();
  }

  /** A type's own page. */
  String typePage(SystemModel system, CodeType type) {
    Digest digest = start("type " + type.qualifiedName()).add(system.name()).add(sourceFiles);
    code(system).addTypePage(digest, type);
    return digest.hex();
  }

  /** A package's page. */
  String packagePage(SystemModel system, CodePackage pkg) {
    Digest digest = start("package " + pkg.name()).add(system.name()).add(sourceFiles);
    code(system).addPackagePage(digest, pkg);
    return digest.hex();
  }

  /** A source file's literate view: the file as it is on disk, and what the model says of its types. */
  String literateView(SystemModel system, SourceFile file) {
    Digest digest = start("source " + file.path()).add(system.name()).add(sourceFiles)
        .addFile(root.resolve(file.path()));
    code(system).addLiterateView(digest, file);
    return digest.hex();
  }

  /** The index of a system's literate views. */
  String sourceIndex(SystemModel system) {
    Digest digest = start("source index").add(system.name());
    code(system).addSourceIndex(digest);
    return digest.hex();
  }

  /** A unit that reads no doc page and no code beyond the outline of the docs (the decision lists without an introduction). */
  String docsOnly(SystemModel system, String unit) {
    return start(unit).add(system.name()).hex();
  }

  /** A decision's page: its body, if it has one, and the code it governs. */
  String decision(SystemModel system, Adr adr, java.util.Optional<Page> body) {
    Digest digest = start("decision " + adr.id()).add(system.name());
    code(system).addGoverned(digest, adr.id());
    body.ifPresent(page -> addPage(system, page, digest));
    return digest.hex();
  }

  /** A unit that reads one doc page (a written page, a decisions folder's introduction) besides the outline. */
  String page(SystemModel system, String unit, Page page) {
    Digest digest = start(unit).add(system.name());
    addPage(system, page, digest);
    return digest.hex();
  }

  /**
   * A page's text, the files it includes and what its {@code code:} references (and those of the
   * diagram files it may show) resolve to.
   */
  private void addPage(SystemModel system, Page page, Digest digest) {
    digest.add(page.file().toString()).add(page.firstLine()).add(page.source());
    for (dev.archdoc.core.docs.page.DocLink link : page.docLinks()) { // a Java file it links to may come or go
      Path target = root.resolve(link.to()).normalize();
      digest.add(link.to().toString()).add(Files.isDirectory(target) ? "folder" : Files.exists(target) ? "file" : "none");
    }
    List<String> texts = new ArrayList<>(code(system).diagramTexts(page));
    texts.add(page.source());
    if (page.format() == PageFormat.ASCIIDOC && !addIncludes(page.file(), page.source(), digest, 0, texts)) {
      digest.add(allPages).add(allCode); // an include:: whose target is not plain: any doc may be in it
      return;
    }
    for (SnippetInclude snippet : page.snippets()) {
      digest.add(snippet.source().toString()).addFile(root.resolve(snippet.source()));
    }
    code(system).addReferences(digest, texts);
  }

  private CodeInputs code(SystemModel system) {
    return codeBySystem.get(system.name());
  }

  /**
   * A unit that gathers from the pages people wrote (not ADRs) and the code of every system: the
   * tours (a step shows the lines of the code it names).
   */
  String fromWrittenPages(String unit) {
    return start(unit).add(allCode).add(writtenPages).hex();
  }

  /**
   * The homes: they show the pages people wrote (a docs folder's index page) and list every
   * system's code as the outline has it (counts, package summaries).
   */
  String homes() {
    Digest digest = start("homes").add(writtenPages);
    codeBySystem.forEach((system, code) -> {
      digest.add(system).add(code.outline());
      code.addSourceIndex(digest); // how many files have literate views
    });
    return digest.hex();
  }

  /**
   * Adds the files an AsciiDoc text includes ({@code include::path[]}), and theirs, by content.
   *
   * @return false when some target cannot be known without AsciiDoc's attributes, or nesting is
   *     deeper than is worth following
   */
  private boolean addIncludes(Path file, String text, Digest digest, int depth, List<String> texts) {
    Matcher include = INCLUDE.matcher(text);
    while (include.find()) {
      String target = include.group(1).strip();
      if (target.contains("{") || target.contains("://") || depth >= MAX_INCLUDE_DEPTH) {
        return false;
      }
      Path parent = file.getParent() == null ? Path.of("") : file.getParent();
      Path included = (target.startsWith("/") ? Path.of(target.substring(1)) : parent.resolve(target)).normalize();
      Path absolute = root.resolve(included).normalize();
      digest.add(included.toString()).addFile(absolute);
      String content;
      try {
        content = Files.readString(absolute);
      } catch (IOException | RuntimeException e) {
        continue; // missing or unreadable: digested as such; the page reports it
      }
      texts.add(content);
      if (!addIncludes(included, content, digest, depth + 1, texts)) {
        return false;
      }
    }
    return true;
  }

  private Digest start(String unit) {
    return Digest.of("page").add(base).add(outline).add(unit);
  }

  /** The effective configuration, in a stable order (its map of rule levels has none). */
  private static String configOf(ArchdocConfig config) {
    return String.join("\n", config.file().toString(), config.title(), config.systems().toString(),
        new TreeMap<>(config.rules()).toString(), config.site().toString());
  }

  /** An ADR's metadata: everything the parser read except its body, which only its own page shows. */
  private static String metadataOf(Adr adr) {
    return String.join("\n", adr.id().toString(), adr.file().toString(), adr.format().name(), adr.title(),
        Integer.toString(adr.titleLine()), adr.status().toString(), adr.date().toString(),
        adr.deciders().toString(), adr.consulted().toString(), adr.informed().toString(), adr.tags().toString(),
        adr.governs().toString(), adr.relations().toString(), new TreeMap<>(adr.extra()).toString());
  }

  /**
   * Every file of the project a page might read or look for, by content: all but doc pages and
   * the Java files of source folders (keyed on their own; their other files, such as a Javadoc
   * {@code doc-files/} image, are here), build output ({@code target/}), the site being written,
   * and hidden files ({@code .git}, editor swap files).
   */
  private void otherFiles(Path out, Set<Path> pageFiles, List<Path> sourceFolders, Digest digest) {
    Path site = out.toAbsolutePath().normalize();
    Path defaultSite = root.resolve("site");
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          boolean skip = !dir.equals(root) && (name.startsWith(".") || name.equals("target")
              || dir.equals(site) || dir.equals(defaultSite));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".") && !pageFiles.contains(file)
              && !isJavaSource(file)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        /** A Java file of a source folder: its pages are keyed on what the model says of it (and its literate view on its bytes). */
        private boolean isJavaSource(Path file) {
          return file.getFileName().toString().endsWith(".java") && sourceFolders.stream().anyMatch(file::startsWith);
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      digest.add("(project unreadable) " + System.nanoTime()); // never matches: render everything
    }
    files.sort(null);
    for (Path file : files) {
      digest.add(root.relativize(file).toString()).addFile(file);
    }
  }
}
