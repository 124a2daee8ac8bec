package dev.archdoc.core.render;

import java.util.Map;
import java.util.function.Supplier;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;

/**
 * AsciiDoc's {@code code:a.B#m(a.C,long)[text]}: a link to the element's page, or, when it has
 * none, its text in a {@code span.unresolved-code-ref}. Asciidoctor passes the target whole
 * ({@code #}, parentheses and commas included); a space ends it.
 */
final class CodeMacro extends InlineMacroProcessor {

  private final Supplier<RenderScope> scope;

  CodeMacro(Supplier<RenderScope> scope) {
    super("code");
    this.scope = scope;
  }

  @Override
  public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
    Object given = attributes.getOrDefault("text", attributes.get("1"));
    String text = given == null || given.toString().isBlank() ? target : given.toString();
    String url = scope.get().codeUrls.urlOf(target);
    if (url == null) {
      return createPhraseNode(parent, "quoted", text, Map.of("role", "unresolved-code-ref"),
          Map.of("type", "unquoted"));
    }
    return createPhraseNode(parent, "anchor", text, Map.of("role", "code-ref"),
        Map.of("type", ":link", "target", url));
  }

}
