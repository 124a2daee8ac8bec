package dev.archdoc.core.site.linkcheck;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a built site: every {@code href} and {@code src} of every HTML page must name a file of
 * the site, and every {@code #anchor} an id on the page it points to. A site that works from
 * {@code file://} has no directory links ({@code dir/} opens a listing there, not its index) and
 * loads nothing from the network, so both are broken links too; links to other sites are not
 * followed.
 */
@dev.archdoc.annotations.Decision(value = "ADR-34", note = "a check again checks the changed pages and those pointing into them")
public final class LinkChecker {

  /** RFC 3986's scheme, then the colon: {@code https:}, {@code mailto:}, {@code data:}. */
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
  private static final String LOADS_FROM_OUTSIDE = "loads from outside the site, which breaks offline use";

  private final PageFacts.Store facts;
  /** What the last check of a site not yet written found, page by page, for the next check to build on. */
  private Checked last;

  private LinkChecker(PageFacts.Store facts) {
    this.facts = facts;
  }

  /**
   * One check's outcome page by page: what the next check of the same site may keep.
   *
   * @param settings the pages drawn later, the paths outside the site links may lead to, and how
   *     findings name it: a next check with other settings checks every page
   * @param files the site's files
   * @param folders the site's folders
   * @param site every file's bytes, by site path
   * @param ids each page's ids
   * @param findings each page's findings
   * @param fragments which pages point with a {@code #fragment} into which
   * @param links which pages link to which paths of the site (whether or not they exist)
   */
  private record Checked(List<Object> settings, Set<Path> files, Set<Path> folders, Map<String, byte[]> site,
      Map<Path, Set<String>> ids, Map<Path, List<Finding>> findings, PageLinks fragments, PageLinks links) {}

  /** Which pages link to which paths, both ways, so one page's links can be forgotten when it changes. */
  private static final class PageLinks {

    private final Map<Path, Set<Path>> into = new HashMap<>();
    private final Map<Path, Set<Path>> from = new HashMap<>();

    void add(Path page, Path target) {
      into.computeIfAbsent(target, k -> new HashSet<>()).add(page);
      from.computeIfAbsent(page, k -> new HashSet<>()).add(target);
    }

    /** The pages that link to {@code target}. */
    Set<Path> into(Path target) {
      return into.getOrDefault(target, Set.of());
    }

    void forget(Path page) {
      for (Path target : from.getOrDefault(page, Set.of())) {
        Set<Path> pages = into.get(target);
        pages.remove(page);
        if (pages.isEmpty()) {
          into.remove(target);
        }
      }
      from.remove(page);
    }
  }

  /**
   * A checker that keeps what it learnt of each page in {@code cacheFolder}, so a
   * later check parses only the pages that changed.
   */
  public static LinkChecker keeping(Path cacheFolder) {
    return new LinkChecker(new PageFacts.Store(Optional.of(cacheFolder)));
  }

  /**
   * @param site the folder of the built site
   * @param shownAs how findings name the site folder (e.g. {@code site}, relative to the project)
   * @return one {@code broken-link} error per broken link, at the page and line it is written on
   */
  public static List<Finding> check(Path site, Path shownAs) {
    return new LinkChecker(new PageFacts.Store(Optional.empty())).checkSite(site, shownAs);
  }

  /** As {@link #check}, with what this checker kept of the pages it saw before. */
  public synchronized List<Finding> checkSite(Path site, Path shownAs) {
    Path root = site.toAbsolutePath().normalize();
    Set<Path> files = new HashSet<>();
    Set<Path> folders = new HashSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(path -> (Files.isDirectory(path) ? folders : files).add(path));
    } catch (IOException | UncheckedIOException e) {
      return List.of(Finding.error(DriftRule.BROKEN_LINK.id(), shownAs, 0, "cannot read the site: " + e.getMessage()));
    }
    return new Run(root, shownAs, files, folders, Set.of(), page -> {
      try {
        return Files.readAllBytes(page);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).findings();
  }

  /**
   * Checks a site not yet written: its files by site-relative path ({@code decisions/index.html}).
   * {@code drawnLater} are paths the site will also have, whose content is made after the check
   * (the drift page, which lists the broken links): links to them are links to files that exist.
   *
   * @param shownAs how findings name the site folder (e.g. {@code site}, relative to the project)
   */
  public synchronized List<Finding> checkPages(Map<String, byte[]> site, Set<String> drawnLater, Path shownAs) {
    return checkPages(site, drawnLater, Set.of(), shownAs);
  }

  /**
   * As {@link #checkPages(Map, Set, Path)}, where links to {@code outside} (paths relative to the
   * site root that lead out of it, such as {@code ../index.html}, the Maven site an {@code mvn
   * site} report is part of) lead somewhere by design.
   */
  public synchronized List<Finding> checkPages(Map<String, byte[]> site, Set<String> drawnLater, Set<String> outside,
      Path shownAs) {
    Path root = Path.of(java.io.File.separator).toAbsolutePath().resolve("site");
    Set<Path> files = new HashSet<>();
    Set<Path> folders = new HashSet<>(Set.of(root));
    for (String path : site.keySet()) {
      files.add(root.resolve(path).normalize());
    }
    for (String path : drawnLater) {
      files.add(root.resolve(path).normalize());
    }
    for (Path file : files) {
      for (Path folder = file.getParent(); folder != null && folder.startsWith(root); folder = folder.getParent()) {
        folders.add(folder);
      }
    }
    Set<Path> allowedOutside = new HashSet<>();
    outside.forEach(path -> allowedOutside.add(root.resolve(path).normalize()));
    Function<Path, byte[]> content = page -> site.get(root.relativize(page).toString().replace('\\', '/'));
    List<Object> settings = List.of(Set.copyOf(drawnLater), allowedOutside, shownAs);
    Run run = new Run(root, shownAs, files, folders, allowedOutside, content);
    Checked before = last;
    last = null; // kept again only once this check is whole
    List<Finding> found = before != null && before.settings().equals(settings)
        ? run.findingsSince(before, site) : run.findings();
    last = new Checked(settings, files, folders, Map.copyOf(site), run.idsByPage, run.findingsByPage,
        run.fragments, run.links);
    return found;
  }

  /**
   * One check of one site folder, a page at a time: each page is parsed (or its facts read from
   * the store), its links checked against the files of one walk, and only its ids kept. A link
   * with a {@code #fragment} into another page waits for the end, when every page's ids are known.
   * So memory holds the ids of the site, not its pages or their links.
   */
  private final class Run {

    /** How many pages are parsed together before their links are checked. */
    private static final int PARSE_BATCH = 64;

    /** A link whose target exists, left to check against the ids of the page it names. */
    private record FragmentLink(Path page, PageFacts.Link link, Path target, String fragment) {}

    private final Path site;
    private final Path shownAs;
    private final Set<Path> files;
    private final Set<Path> folders;
    /** Files outside the site that links may lead to by design. */
    private final Set<Path> outside;
    private final Function<Path, byte[]> content;
    private Map<Path, Set<String>> idsByPage = new HashMap<>();
    private final List<FragmentLink> fragmentLinks = new ArrayList<>();
    private Map<Path, List<Finding>> findingsByPage = new HashMap<>();
    /** Which pages point with a {@code #fragment} into which. */
    private PageLinks fragments = new PageLinks();
    /** Which pages link to which paths of the site, whether or not they exist. */
    private PageLinks links = new PageLinks();

    /** @param content the bytes of a page of {@code files}; null for one drawn later */
    Run(Path site, Path shownAs, Set<Path> files, Set<Path> folders, Set<Path> outside,
        Function<Path, byte[]> content) {
      this.outside = outside;
      this.site = site;
      this.shownAs = shownAs;
      this.files = files;
      this.folders = folders;
      this.content = content;
    }

    List<Finding> findings() {
      return check(files.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList());
    }

    /**
     * The findings of a site checked before: only the pages whose bytes changed are checked again,
     * the pages with a link to a file or folder that came or went, and the pages with a {@code
     * #fragment} link into a page whose ids changed; every other page's findings are the ones it
     * had, since they depend on nothing else (its bytes, which files and folders there are, the
     * ids of the pages it points into).
     */
    List<Finding> findingsSince(Checked before, Map<String, byte[]> site) {
      Set<Path> again = new java.util.TreeSet<>();
      for (Path cameOrWent : symmetricDifference(files, before.files(), folders, before.folders())) {
        again.addAll(before.links().into(cameOrWent));
      }
      for (Map.Entry<String, byte[]> file : site.entrySet()) {
        Path page = this.site.resolve(file.getKey()).normalize();
        if (file.getKey().endsWith(".html") && !java.util.Arrays.equals(before.site().get(file.getKey()), file.getValue())) {
          again.add(page);
          Set<String> ids = facts.of(file.getValue()).ids;
          if (!ids.equals(before.ids().get(page))) {
            again.addAll(before.fragments().into(page));
          }
        }
      }
      // the last check's record is this one's to update: it is dropped when this check fails
      idsByPage = before.ids();
      findingsByPage = before.findings();
      fragments = before.fragments();
      links = before.links();
      Set<Path> forgotten = new HashSet<>(again);
      before.findings().keySet().stream().filter(page -> !files.contains(page)).forEach(forgotten::add);
      for (Path page : forgotten) {
        idsByPage.remove(page);
        findingsByPage.remove(page);
        fragments.forget(page);
        links.forget(page);
      }
      again.removeIf(page -> !files.contains(page));
      return check(List.copyOf(again));
    }

    private static Set<Path> symmetricDifference(Set<Path> files, Set<Path> filesBefore, Set<Path> folders,
        Set<Path> foldersBefore) {
      Set<Path> changed = new HashSet<>();
      addOnlyInOne(files, filesBefore, changed);
      addOnlyInOne(folders, foldersBefore, changed);
      return changed;
    }

    private static void addOnlyInOne(Set<Path> one, Set<Path> other, Set<Path> into) {
      one.stream().filter(path -> !other.contains(path)).forEach(into::add);
      other.stream().filter(path -> !one.contains(path)).forEach(into::add);
    }

    private List<Finding> check(List<Path> pages) {
      // pages are parsed a batch at a time on every core (parsing is most of the check's cost),
      // then checked one by one in order: only a batch's facts are held at once
      for (int from = 0; from < pages.size(); from += PARSE_BATCH) {
        List<Path> batch = pages.subList(from, Math.min(pages.size(), from + PARSE_BATCH));
        List<Optional<PageFacts>> parsed = batch.parallelStream()
            .map(page -> Optional.ofNullable(content.apply(page)).map(facts::of)) // none: drawn after the check
            .toList();
        for (int i = 0; i < batch.size(); i++) {
          Path page = batch.get(i);
          parsed.get(i).ifPresent(pageFacts -> check(page, pageFacts));
        }
      }
      for (FragmentLink waiting : fragmentLinks) {
        fragments.add(waiting.page(), waiting.target());
        if (!idsByPage.getOrDefault(waiting.target(), Set.of()).contains(waiting.fragment())) {
          report(waiting.page(), waiting.link(), "points to #" + waiting.fragment() + ", which is not an id on that page");
        }
      }
      // one finding per link written in a source file
      return findingsByPage.values().stream().flatMap(List::stream).sorted().distinct().toList();
    }

    /** Checks the links of one page, in page order: a fragment into another page waits for the end. */
    private void check(Path page, PageFacts pageFacts) {
      idsByPage.put(page, pageFacts.ids);
      findingsByPage.put(page, new ArrayList<>());
      for (PageFacts.Link link : pageFacts.links) {
        String problem = problem(page, link);
        if (problem != null) {
          report(page, link, problem);
        }
      }
    }

    /**
     * A link copied from a source file is reported once, where its author wrote it, however many
     * pages show it (a doc comment is on its type's page and its file's literate page); the rest
     * at the page and line of the site.
     */
    private void report(Path page, PageFacts.Link link, String problem) {
      boolean offlineOnly = problem.equals(LOADS_FROM_OUTSIDE) && link.tag().equals("img");
      String tag = "<" + link.tag() + " " + link.attribute() + "=\"" + link.value() + "\"> ";
      Path file = shownAs.resolve(site.relativize(page));
      int line = link.line();
      String text = problem;
      int colon = link.source().lastIndexOf(':');
      if (colon > 0) {
        try {
          line = Integer.parseInt(link.source().substring(colon + 1));
          file = Path.of(link.source().substring(0, colon));
          text = problem.startsWith("points to ") ? "points to no file of the site" : problem;
        } catch (NumberFormatException | java.nio.file.InvalidPathException e) {
          // a source attribute the site did not write: report at the page
        }
      }
      // an image a writer took from another host (a CI badge) is the offline policy's business,
      // not a broken link: a warning of its own rule, which rules: may lower; a script or style
      // from a CDN stays an error
      findingsByPage.computeIfAbsent(page, k -> new ArrayList<>()).add(offlineOnly
          ? Finding.warning(DriftRule.EXTERNAL_IMAGE.id(), file, line, tag + "is shown from another host, so not"
              + " offline; copy it into the docs and link it relatively, or lower rule external-image")
          : Finding.error(DriftRule.BROKEN_LINK.id(), file, line, tag + text));
    }

    /**
     * What is wrong with a link written on {@code page}, or null when it leads somewhere or its
     * fragment is left for the end.
     */
    private String problem(Path page, PageFacts.Link written) {
      String link = written.value();
      boolean loadsResource = written.attribute().equals("src");
      if (link.isEmpty()) {
        return "is empty";
      }
      if (link.contains("{{") || link.contains("{%")) {
        return null; // a template's placeholder (adr-j's {{{link.file}}}): it names no file until the template is used
      }
      Matcher scheme = SCHEME.matcher(link);
      if (scheme.lookingAt() || link.startsWith("//")) {
        // a link to another site (or a URL template such as .../{id}) is the reader's to follow;
        // it is not parsed, since browsers follow more than java.net.URI accepts
        if (loadsResource && !(scheme.lookingAt() && scheme.group(1).equalsIgnoreCase("data"))) {
          return LOADS_FROM_OUTSIDE;
        }
        return null;
      }
      URI uri;
      try {
        uri = new URI(link);
      } catch (URISyntaxException e) {
        return "is not a valid URL";
      }
      String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
      if (path.startsWith("/")) {
        return "is absolute, so it breaks under a sub-path and from file://";
      }
      Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
      links.add(page, target);
      if (!target.startsWith(site)) {
        return outside.contains(target) ? null : "leads out of the site";
      }
      if (folders.contains(target)) {
        return "names a folder, which file:// shows as a listing; link to its index.html";
      }
      if (!files.contains(target)) {
        return "points to " + site.relativize(target).toString().replace('\\', '/') + ", which does not exist";
      }
      String fragment = uri.getFragment();
      if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
        fragmentLinks.add(new FragmentLink(page, written, target, fragment));
      }
      return null;
    }
  }
}
