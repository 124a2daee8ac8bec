/**
 * {@code archdoc affected}: which docs a change concerns. {@link dev.archdoc.core.affected.GitChanges}
 * reads the change from git (JGit, the repository's own objects; nothing runs, nothing is fetched),
 * {@link dev.archdoc.core.affected.Affected} maps its changed lines onto the linked model (the
 * decisions that govern the changed code, the pages, tours and diagrams that reference it, the docs
 * the change edits), and {@link dev.archdoc.core.affected.AffectedFormat} writes that for a person,
 * for GitHub's annotations or for a pull-request comment. It informs a review; it never fails one.
 */
package dev.archdoc.core.affected;
