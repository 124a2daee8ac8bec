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
 *   <li><b>code</b>: the system's code model and its source files;
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
final class PageKeys {

  private final String base;
  private final String outline;
  private final String allPages;
  private final String writtenPages;
  private final Map<String, String> codeBySystem = new HashMap<>();
  private final String allCode;
  private final Path root;

  /** An AsciiDoc include directive, at the start of a line, and its target. */
  private static final Pattern INCLUDE = Pattern.compile("(?m)^include::([^\\[\\n]+)\\[");
  private static final int MAX_INCLUDE_DEPTH = 8;

  /**
   * @param shown what the site shows of the code ({@link ShownCode#fingerprint}, every system's):
   *     a doc's {@code code:} link can give a type a page, so it is an input of every page
   */
  PageKeys(ProjectModel project, String version, Path out, String shown) {
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
    List<Path> sourceFolders = new ArrayList<>();
    for (SystemModel system : project.systems()) {
      String key = CodeCache.fingerprint(root, system.config().sources(), system.code());
      codeBySystem.put(system.name(), key);
      code.add(system.name()).add(key);
      system.config().sources().forEach(source -> sourceFolders.add(root.resolve(source).normalize()));
    }
    this.allCode = code.hex();
    Digest baseDigest = Digest.of("site base").add(ToolIdentity.current()).add(root.toString())
        .add(version).add(configOf(project.config())).add(shown);
    otherFiles(out, pageFiles, sourceFolders, baseDigest);
    this.base = baseDigest.hex();
  }

  /** A unit that reads the system's code and the outline of the docs (code, literate, diagram pages). */
  String generated(SystemModel system, String unit) {
    return start(unit).add(system.name()).add(codeBySystem.get(system.name())).hex();
  }

  /** A unit that reads one doc page (an ADR's or a written page) besides the outline and the code. */
  String page(SystemModel system, String unit, Page page) {
    Digest digest = start(unit).add(system.name()).add(codeBySystem.get(system.name()));
    digest.add(page.file().toString()).add(page.firstLine()).add(page.source());
    if (page.format() == PageFormat.ASCIIDOC && !addIncludes(page.file(), page.source(), digest, 0)) {
      return digest.add(allPages).hex(); // an include:: whose target is not plain: any doc may be in it
    }
    for (SnippetInclude snippet : page.snippets()) {
      digest.add(snippet.source().toString()).addFile(root.resolve(snippet.source()));
    }
    return digest.hex();
  }

  /**
   * A unit that gathers from the pages people wrote (not ADRs) and the code of every system: the
   * homes (a docs folder's index page, package summaries) and the tours.
   */
  String fromWrittenPages(String unit) {
    return start(unit).add(allCode).add(writtenPages).hex();
  }

  /**
   * Adds the files an AsciiDoc text includes ({@code include::path[]}), and theirs, by content.
   *
   * @return false when some target cannot be known without AsciiDoc's attributes, or nesting is
   *     deeper than is worth following
   */
  private boolean addIncludes(Path file, String text, Digest digest, int depth) {
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
      if (!addIncludes(included, content, digest, depth + 1)) {
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
   * Java sources (keyed on their own), build output ({@code target/}), the site being written,
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
              || dir.equals(site) || dir.equals(defaultSite) || sourceFolders.contains(dir));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".") && !pageFiles.contains(file)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
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
