/**
 * The formats a check result is reported in: compiler-style text, GitHub workflow annotations,
 * JUnit XML and SARIF 2.1.0. {@link dev.archdoc.core.check.report.ReportFormat} is the door; each
 * format is one class that turns a {@link dev.archdoc.core.check.CheckResult} into text, so the
 * CLI and the Maven plugin print exactly the same thing.
 */
package dev.archdoc.core.check.report;
