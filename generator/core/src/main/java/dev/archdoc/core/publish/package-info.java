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
 * .nojekyll}, {@code 404.html}, {@code decisions.html} and (once the site's address is known)
 * {@code sitemap.xml} sit beside them. Each version keeps a record of its decisions ({@link
 * dev.archdoc.core.publish.DecisionSnapshot}); {@link dev.archdoc.core.publish.DecisionChanges}
 * compares two records and {@link dev.archdoc.core.publish.DecisionsPage} makes the root page of
 * decisions across versions from all of them.
 *
 * <p>Every publish builds the next state in a staging copy and swaps it in with renames (a folder)
 * or one compare-and-set of the branch ref (git), so a failure at any step leaves the previous state
 * whole; a {@link dev.archdoc.core.publish.PublishLock} keeps a second publish out of a folder
 * while one runs. The steps report to a {@link dev.archdoc.core.publish.Publish.StepListener}, which tests
 * use to inject failures.
 */
package dev.archdoc.core.publish;
