/**
 * Publishing: adds one built site, as one version, to a versioned site (a folder, or a branch of
 * the project's git repository such as {@code gh-pages}) without touching the versions already
 * there. {@link dev.archdoc.core.publish.Publish#run} is its door.
 *
 * <p>Layout (ADR-13, mike's): {@code <version>/...} holds each version's whole site; {@code
 * versions.json} at the root lists them newest first ({@code [{"version","title","aliases"}]});
 * {@code versions.js} carries the same list and the default for the theme's switcher (a script, so
 * it loads from {@code file://} too); an alias ({@code latest}) is a folder of redirect pages to
 * the one version it names; the root {@code index.html} redirects to the default; {@code
 * .nojekyll}, {@code 404.html} and {@code sitemap.xml} sit beside them.
 *
 * <p>Every publish builds the next state in a staging copy and swaps it in with renames (a folder)
 * or one compare-and-set of the branch ref (git), so a failure at any step leaves the previous state
 * whole. The steps report to a {@link dev.archdoc.core.publish.Publish.StepListener}, which tests
 * use to inject failures.
 */
package dev.archdoc.core.publish;
