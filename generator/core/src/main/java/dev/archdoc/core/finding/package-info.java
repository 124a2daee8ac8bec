/**
 * Findings: the problems every stage of the pipeline reports, as values with a file, a line, a
 * rule id and a severity. Drift rules, parsers and the configuration reader all speak this type,
 * so the check command can print, count and export them in one place.
 */
package dev.archdoc.core.finding;
