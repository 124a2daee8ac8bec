package dev.archdoc.doclet.model;

import java.util.List;

/**
 * An element's Javadoc comment, kept as Markdown with the comment's own HTML left in place.
 *
 * <p>Inline tags are resolved when the model is built: {@code {@code x}} becomes {@code `x`},
 * {@code {@link pkg.T#m label}} becomes {@code [label](code:pkg.T#m())} — the same {@code code:}
 * links the architecture docs use, so one linker serves both — {@code {@literal}} becomes its
 * text, {@code {@value}} the constant, and {@code {@inheritDoc}} the overridden method's text.
 *
 * @param firstSentence the summary sentence, rendered the same way as the body
 * @param body the whole main description (first sentence included), without block tags
 * @param blockTags the block tags in the order written
 * @param references canonical ids of every element the comment links to, in order of appearance
 */
public record Doc(String firstSentence, String body, List<BlockTag> blockTags, List<String> references) {

  /** The doc of an element that has no comment. */
  public static final Doc NONE = new Doc("", "", List.of(), List.of());

  public Doc {
    blockTags = List.copyOf(blockTags);
    references = List.copyOf(references);
  }

  public boolean isEmpty() {
    return body.isEmpty() && blockTags.isEmpty();
  }
}
