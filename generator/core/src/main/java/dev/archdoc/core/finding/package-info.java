/**
 * Findings: the problems every stage of the pipeline reports, as values with a file, a line, a
 * rule id and a severity. Drift rules, parsers and the configuration reader all speak this type,
 * so the check command can print, count and export them in one place.
 *
 * <p>Rule ids are those of {@link dev.archdoc.core.finding.DriftRule}, the one registry of every
 * id a finding can carry (the drift rules of the product brief, then {@code doc-syntax}, {@code
 * empty-system} and the structural {@code code-model}, {@code config} and {@code build}). A
 * problem reading an ADR file (empty, binary, not UTF-8, malformed front matter, no title or
 * status) is {@code adr-integrity}, like the problems of the ADR set as a whole. Problems in
 * {@code archdoc.yml} carry the id {@code config}: they are not drift, cannot be lowered, and stop
 * a run before any check (exit code 2).
 *
 * <p>A finding's message is for people; stages that must recognise a finding read its {@link
 * dev.archdoc.core.finding.FindingKind kind} and {@link dev.archdoc.core.finding.Fact facts}, set
 * where it arose (javac's diagnostic code and positions, a reference's target and origin).
 */
package dev.archdoc.core.finding;
