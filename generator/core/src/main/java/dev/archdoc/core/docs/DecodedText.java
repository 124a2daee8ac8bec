package dev.archdoc.core.docs;

import dev.archdoc.core.finding.Finding;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The text of a doc file (an ADR, a page), or why there is none. Binary and empty files are not
 * read at all; a file that is not valid UTF-8 is read with replacement characters and reported,
 * so what it says still counts and only the damaged characters are lost.
 *
 * @param lines the lines without their line endings (empty when unusable)
 * @param problem what was wrong with the bytes, if anything
 */
public record DecodedText(Optional<List<String>> lines, Optional<Finding> problem) {

  /**
   * Decodes a file's bytes as UTF-8 (a byte order mark is skipped).
   *
   * @param rule the rule id problems are reported under
   * @param kind what the file should be, for messages: "ADR", "page"
   */
  public static DecodedText decode(Path file, byte[] bytes, String rule, String kind) {
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return unusable(Finding.error(rule, file, 0,
            "is a binary file, not a Markdown or AsciiDoc " + kind + "; move it out of the "
                + (kind.equals("ADR") ? "decisions folder" : "docs folder")));
      }
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    Optional<Finding> problem = Optional.empty();
    int malformedAt = firstMalformedByte(bytes, start);
    if (malformedAt >= 0) {
      problem = Optional.of(Finding.error(rule, file, lineAt(bytes, malformedAt),
          "is not valid UTF-8 (byte " + malformedAt + "); save it as UTF-8, damaged characters"
              + " are shown as \uFFFD"));
    }
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return unusable(Finding.error(rule, file, 0,
          "is empty; write the decision or delete the file"));
    }
    return new DecodedText(Optional.of(List.of(text.split("\r\n|\r|\n", -1))), problem);
  }

  /** The whole text, lines joined with {@code \n}; empty when the file was unusable. */
  public Optional<String> text() {
    return lines.map(l -> String.join("\n", l));
  }

  private static DecodedText unusable(Finding problem) {
    return new DecodedText(Optional.empty(), Optional.of(problem));
  }

  /** The offset of the first byte that is not part of valid UTF-8, or -1. */
  private static int firstMalformedByte(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return in.position();
    }
    result = decoder.flush(out);
    return result.isError() ? in.position() : -1;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
