package dev.archdoc.core.render;

import dev.archdoc.core.docs.page.AsciiDocReader;
import dev.archdoc.core.docs.page.Snippets;
import dev.archdoc.core.docs.ref.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Handles every AsciiDoc {@code include::} through {@link Snippets}: relative to the including
 * file, never outside the project root, {@code tag=}/{@code tags=} as Asciidoctor reads them, and
 * a {@code snippet-drift} finding at the directive's line when the file or tag is gone.
 *
 * <p>Asciidoctor's own include, in {@code SAFE} mode, is jailed to {@code base_dir}, which would
 * forbid the usual {@code ../../src/...} from a page folder; handling includes here keeps both the
 * page-relative paths and the project-root jail.
 */
final class SnippetIncludes extends IncludeProcessor {

  private final Supplier<RenderScope> scope;
  private final String rootPrefix;

  SnippetIncludes(Supplier<RenderScope> scope, Path projectRoot) {
    this.scope = scope;
    this.rootPrefix = projectRoot.toString() + "/";
  }

  @Override
  public boolean handles(String target) {
    return true;
  }

  @Override
  public void process(Document document, PreprocessorReader reader, String target,
      Map<String, Object> attributes) {
    RenderScope render = scope.get();
    String includingFile = reader.getFile();
    boolean topLevel = includingFile == null || includingFile.isEmpty();
    Path from = topLevel ? render.page.file() : Path.of(includingFile);
    // the reader has consumed the directive: its line is the one before the current one
    int line = reader.getLineNumber() - 1 + (topLevel ? render.page.firstLine() - 1 : 0);
    // {projectdir} has been expanded to the absolute root: make it root-relative again
    String path = target.startsWith(rootPrefix) ? "/" + target.substring(rootPrefix.length()) : target;

    Snippets.Snippet snippet = render.snippets.load(from, line, path, tags(attributes));
    render.findings.addAll(snippet.findings());
    Optional<Path> source = ProjectFiles.resolve(from, path);
    if (!snippet.found() || source.isEmpty()) {
      reader.pushInclude("Unresolved directive in " + from + " - include::" + target + "[]",
          from.toString(), from.toString(), line, attributes);
      return;
    }
    String name = source.get().toString().replace('\\', '/');
    reader.pushInclude(snippet.text(), name, name, 1, attributes);
  }

  private static List<String> tags(Map<String, Object> attributes) {
    Object tags = attributes.containsKey("tags") ? attributes.get("tags") : attributes.get("tag");
    return tags == null ? List.of() : AsciiDocReader.tagsOf("tags=" + tags);
  }
}
