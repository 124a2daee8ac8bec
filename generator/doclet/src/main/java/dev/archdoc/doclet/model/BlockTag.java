package dev.archdoc.doclet.model;

/**
 * A Javadoc block tag as written: {@code @param name text} becomes {@code ("param", "name", text)};
 * tags without an argument ({@code @return}, {@code @since}) have an empty argument. For
 * {@code @throws} and {@code @see} the argument is the canonical code reference when it resolves.
 */
public record BlockTag(String name, String argument, String text) {}
