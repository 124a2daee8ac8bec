package dev.archdoc.core.site;

import dev.archdoc.core.finding.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One page of the site before the layout wraps it.
 *
 * @param path where it is published, relative to the site root
 * @param title its title (the layout's {@code <title>})
 * @param system the name of the system whose section it belongs to, or null for site-wide pages
 * @param content the HTML of the main column
 * @param generatedFrom the source file it was generated from, for the "do not edit" note, or null
 * @param searchKind how search results name it ({@code decision}, {@code page}, ...), or null
 *     to keep it out of the search index
 * @param searchText the plain text search matches against
 * @param searchMembers the members search finds the page by, each its name and its anchor on the
 *     page ({@code getCitationKey}, {@code m-getCitationKey--}); on a package page also the
 *     members of the types it shows in full, with a third part, {@code member}
 *     ({@code Receipt.cents}, {@code t-Receipt.m-cents}, {@code member})
 * @param findings what rendering it met (a diagram that failed, a snippet that is gone): a page is
 *     returned with its findings, never reported to state the page builders share
 */
record SitePage(
    String path,
    String title,
    String system,
    String content,
    String generatedFrom,
    String searchKind,
    String searchText,
    List<String[]> searchMembers,
    List<Finding> findings) {

  SitePage {
    searchMembers = searchMembers == null ? List.of() : List.copyOf(searchMembers);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  static SitePage of(String path, String title, String system, String content) {
    return new SitePage(path, title, system, content, null, null, null, null, List.of());
  }

  SitePage searchable(String kind, String text) {
    return new SitePage(path, title, system, content, generatedFrom, kind, text, searchMembers, findings);
  }

  /**
   * This page without its content, search text and findings, once they were turned into bytes, a
   * search entry and its unit's findings.
   */
  SitePage withoutText() {
    return new SitePage(path, title, system, null, generatedFrom, searchKind, null, null, List.of());
  }

  SitePage generatedFrom(String file) {
    return new SitePage(path, title, system, content, file, searchKind, searchText, searchMembers, findings);
  }

  SitePage withSearchMembers(List<String[]> members) {
    return new SitePage(path, title, system, content, generatedFrom, searchKind, searchText, members, findings);
  }

  /** This page with {@code more} findings besides its own. */
  SitePage withFindings(Collection<Finding> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    return new SitePage(path, title, system, content, generatedFrom, searchKind, searchText, searchMembers, all);
  }
}
