package dev.archdoc.doclet.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the comments of one file — the parser drops them — so that {@code //!} lines are told
 * apart from the same characters inside strings, text blocks or block comments, and so that "the
 * code that follows a block" can skip other comments (a Javadoc comment, say) in between.
 */
final class CommentLexer {

  /** A {@code //!} block before its owner is known; {@code end} is the offset after its last line. */
  record Block(int startLine, int endLine, String markdown, int end) {}

  private final CharSequence text;
  private final Map<Integer, Integer> commentEnds = new HashMap<>();
  private final List<Block> blocks = new ArrayList<>();

  CommentLexer(CharSequence text) {
    this.text = text;
    lex();
  }

  List<Block> proseBlocks() {
    return blocks;
  }

  /** The first offset at or after {@code from} that is neither whitespace nor inside a comment. */
  int nextCode(int from) {
    int at = from;
    while (at < text.length()) {
      if (Character.isWhitespace(text.charAt(at))) {
        at++;
      } else if (commentEnds.containsKey(at)) {
        at = commentEnds.get(at);
      } else {
        break;
      }
    }
    return at;
  }

  private void lex() {
    int line = 1;
    boolean onlySpaceSinceLineStart = true;
    List<String> blockLines = new ArrayList<>();
    int blockStartLine = 0;
    int blockLastLine = -1;
    int blockEnd = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        onlySpaceSinceLineStart = true;
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = i;
        while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
          end++;
        }
        commentEnds.put(i, end);
        boolean prose = onlySpaceSinceLineStart && i + 2 < n && text.charAt(i + 2) == '!';
        if (prose) {
          if (blockLastLine != line - 1 && !blockLines.isEmpty()) {
            blocks.add(new Block(blockStartLine, blockLastLine, String.join("\n", blockLines), blockEnd));
            blockLines.clear();
          }
          if (blockLines.isEmpty()) {
            blockStartLine = line;
          }
          String content = text.subSequence(i + 3, end).toString().stripTrailing();
          blockLines.add(content.startsWith(" ") ? content.substring(1) : content);
          blockLastLine = line;
          blockEnd = end;
        }
        onlySpaceSinceLineStart = false;
        i = end;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (int k = i; k < end; k++) {
          if (text.charAt(k) == '\n') {
            line++;
          }
        }
        commentEnds.put(i, end);
        onlySpaceSinceLineStart = false;
        i = end;
      } else if (c == '"' && startsWith("\"\"\"", i)) {
        int end = indexOfUnescaped("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
        for (int k = i; k < end; k++) {
          if (text.charAt(k) == '\n') {
            line++;
          }
        }
        onlySpaceSinceLineStart = false;
        i = end;
      } else if (c == '"' || c == '\'') {
        int k = i + 1;
        while (k < n && text.charAt(k) != c && text.charAt(k) != '\n') {
          k += text.charAt(k) == '\\' ? 2 : 1;
        }
        onlySpaceSinceLineStart = false;
        i = Math.min(n, k + 1);
      } else {
        if (!Character.isWhitespace(c)) {
          onlySpaceSinceLineStart = false;
        }
        i++;
      }
    }
    if (!blockLines.isEmpty()) {
      blocks.add(new Block(blockStartLine, blockLastLine, String.join("\n", blockLines), blockEnd));
    }
  }

  private boolean startsWith(String s, int at) {
    if (at + s.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (text.charAt(at + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int indexOf(String s, int from) {
    for (int k = from; k + s.length() <= text.length(); k++) {
      if (startsWith(s, k)) {
        return k;
      }
    }
    return -1;
  }

  private int indexOfUnescaped(String s, int from) {
    for (int k = from; k + s.length() <= text.length(); k++) {
      if (text.charAt(k) == '\\') {
        k++;
      } else if (startsWith(s, k)) {
        return k;
      }
    }
    return -1;
  }
}
