package dev.archdoc.core.site;

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
 *     page ({@code getCitationKey}, {@code m-getCitationKey--})
 */
record SitePage(
    String path,
    String title,
    String system,
    String content,
    String generatedFrom,
    String searchKind,
    String searchText,
    java.util.List<String[]> searchMembers) {

  SitePage {
    searchMembers = searchMembers == null ? java.util.List.of() : java.util.List.copyOf(searchMembers);
  }

  static SitePage of(String path, String title, String system, String content) {
    return new SitePage(path, title, system, content, null, null, null, null);
  }

  SitePage searchable(String kind, String text) {
    return new SitePage(path, title, system, content, generatedFrom, kind, text, searchMembers);
  }

  /** This page without its content and search text, once they were turned into bytes and a search entry. */
  SitePage withoutText() {
    return new SitePage(path, title, system, null, generatedFrom, searchKind, null, null);
  }

  SitePage generatedFrom(String file) {
    return new SitePage(path, title, system, content, file, searchKind, searchText, searchMembers);
  }

  SitePage withSearchMembers(java.util.List<String[]> members) {
    return new SitePage(path, title, system, content, generatedFrom, searchKind, searchText, members);
  }
}
