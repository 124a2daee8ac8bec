package dev.archdoc.core.site;

import java.util.Objects;

/**
 * The site an archdoc site is part of, such as the Maven site whose Architecture report it is:
 * the top bar of every page links back to it.
 *
 * @param title what the link says (the Maven project's name)
 * @param href where it leads, relative to the archdoc site's root ({@code ../index.html}); only a
 *     relative path, never a URL with a scheme, so no page can be made to lead off to a script
 */
public record ParentSite(String title, String href) {

  public ParentSite {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(href, "href");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a parent site needs a title");
    }
    if (href.isBlank() || href.startsWith("/") || href.startsWith("\\") || href.contains(":")) {
      throw new IllegalArgumentException("a parent site's link must be a relative path, not " + href);
    }
  }
}
