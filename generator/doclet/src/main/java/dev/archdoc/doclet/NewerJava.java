package dev.archdoc.doclet;

/**
 * The sources use Java constructs newer than the release they were read at, so the model would
 * be a list of false syntax errors: the reader stops and says which JDK the code needs.
 *
 * @param release the release javac named as needed, or 0 when it named none (a preview feature)
 * @param file where the first such construct is, relative to the project root
 * @param line 1-based, or 0 when unknown
 * @param message javac's words for the construct
 */
public record NewerJava(int release, String file, int line, String message) {}
