/**
 * Findings: the problems every stage of the pipeline reports, as values with a file, a line, a
 * rule id and a severity. Drift rules, parsers and the configuration reader all speak this type,
 * so the check command can print, count and export them in one place.
 *
 * <p>Rule ids are those of {@link dev.archdoc.core.finding.DriftRule} (the drift rules table of
 * the product brief). A problem reading an ADR file (empty, binary, not UTF-8, malformed front
 * matter, no title or status) is {@code adr-integrity}, like the problems of the ADR set as a
 * whole. Problems in {@code archdoc.yml} carry the id {@code config}: they are not drift, cannot be
 * switched off, and stop a run before any check (exit code 2).
 */
package dev.archdoc.core.finding;
