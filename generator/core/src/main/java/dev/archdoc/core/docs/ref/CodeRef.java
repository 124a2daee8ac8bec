package dev.archdoc.core.docs.ref;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A reference from a doc to a code element, as written: {@code com.example.raft.core.RaftCore#step}.
 *
 * <p>The target is kept exactly as the author wrote it after the {@code code:} prefix (package,
 * type, nested type, or {@code Type#member} optionally with a parameter list); the linker resolves
 * it against the code model and reports {@code unresolved-code-ref} at {@code file:line}.
 *
 * @param target what follows {@code code:}, e.g. {@code a.B#m(a.C,long)}
 * @param text the link text a reader sees, or the target itself when the author gave none
 * @param file the doc it is written in, relative to the project root
 * @param line the 1-based line it is written on
 */
public record CodeRef(String target, String text, Path file, int line) {

  /** The scheme that marks a code reference in every doc format. */
  public static final String SCHEME = "code:";

  public CodeRef {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(file, "file");
  }

  /** Whether a link target is a code reference ({@code code:...}). */
  public static boolean isCodeRef(String url) {
    return url != null && url.startsWith(SCHEME) && url.length() > SCHEME.length();
  }

  /** The target of a {@code code:} URL; call only when {@link #isCodeRef} holds. */
  public static String targetOf(String url) {
    return url.substring(SCHEME.length());
  }
}
