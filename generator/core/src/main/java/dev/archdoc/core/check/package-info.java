/**
 * The check stage: the drift rules of the product brief, run over a linked project, and the one
 * result every command and the Maven plugin report from.
 *
 * <p>{@link dev.archdoc.core.check.DriftCheck#run} is the door. Each rule is one small class that
 * reads the linked model of one system and returns findings ({@code RetiredDecisions},
 * {@code LayerViolations}, {@code DiagramDrift}, {@code StaleReferences}, {@code BrokenLinks},
 * {@code SnippetDrift}); the rules that linking already decides ({@code unresolved-code-ref},
 * {@code unknown-decision}) and the findings of reading ({@code adr-integrity}, {@code doc-syntax},
 * {@code code-model}) are reported in the same run, so one run shows everything; a class path that
 * lacks a library is one warning ({@code UnresolvedNames}), and a system without code or docs a
 * hint ({@code EmptySystems}), not failures. The levels in
 * {@code archdoc.yml}'s {@code rules:} are applied last; {@code config} and {@code code-model}
 * cannot be switched off. {@link dev.archdoc.core.check.ReferenceLock} is {@code archdoc.lock},
 * the record {@code archdoc accept} writes and {@code stale-reference} compares against. Nothing
 * here renders HTML or diagrams: a check must stay quick.
 */
package dev.archdoc.core.check;
