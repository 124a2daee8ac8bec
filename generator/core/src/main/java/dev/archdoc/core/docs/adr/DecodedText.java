package dev.archdoc.core.docs.adr;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The text of an ADR file, or why there is none. Binary and empty files are not read at all;
 * a file that is not valid UTF-8 is read with replacement characters and reported, so its
 * metadata still counts and only the damaged characters are lost.
 *
 * @param lines the lines without their line endings (empty when unusable)
 * @param problem what was wrong with the bytes, if anything
 */
record DecodedText(Optional<List<String>> lines, Optional<Finding> problem) {

  private static final String RULE = DriftRule.ADR_INTEGRITY.id();

  static DecodedText decode(AdrSource source) {
    byte[] bytes = source.content();
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return unusable(Finding.error(RULE, source.file(), 0,
            "is a binary file, not a Markdown or AsciiDoc ADR; move it out of the decisions folder"));
      }
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    Optional<Finding> problem = Optional.empty();
    int malformedAt = firstMalformedByte(bytes, start);
    if (malformedAt >= 0) {
      problem = Optional.of(Finding.error(RULE, source.file(), lineAt(bytes, malformedAt),
          "is not valid UTF-8 (byte " + malformedAt + "); save it as UTF-8, damaged characters"
              + " are shown as \uFFFD"));
    }
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return unusable(Finding.error(RULE, source.file(), 0,
          "is empty; write the decision or delete the file"));
    }
    return new DecodedText(Optional.of(List.of(text.split("\r\n|\r|\n", -1))), problem);
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
