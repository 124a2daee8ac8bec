/**
 * The built site's link checker: every {@code href}, {@code src} and {@code #anchor} of every page
 * must lead to a file or id of the site, offline. It feeds the {@code broken-link} rule; {@code
 * archdoc build} runs it on what it built, so a broken link in a generated page is a bug found at
 * build time, not by a reader.
 */
package dev.archdoc.core.site.linkcheck;
