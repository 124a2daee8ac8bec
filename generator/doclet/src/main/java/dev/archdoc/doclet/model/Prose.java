package dev.archdoc.doclet.model;

/**
 * One block of architecture prose: consecutive {@code //!} line comments, with the {@code //!}
 * marker and one following space removed from each line, joined with newlines as Markdown.
 */
public record Prose(SourceSpan span, String markdown) {}
