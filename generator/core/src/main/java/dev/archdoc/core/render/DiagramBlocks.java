package dev.archdoc.core.render;

import dev.archdoc.core.docs.ref.DiagramSource;
import java.util.List;
import java.util.function.Supplier;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Replaces every {@code [plantuml]} listing or literal block with its diagram as inline SVG, drawn
 * by the shared {@link dev.archdoc.core.diagram.DiagramRenderer}, and every {@code [mermaid]} one
 * with its source as escaped text for the theme's Mermaid to draw (ADR 30).
 *
 * <p>A tree processor rather than a block processor: a block processor is handed the lines
 * without their place in the file, whereas the parsed block carries its source location (the
 * opening delimiter), so a diagram's error is reported at its file line.
 */
final class DiagramBlocks extends Treeprocessor {

  private final Supplier<RenderScope> scope;

  DiagramBlocks(Supplier<RenderScope> scope) {
    this.scope = scope;
  }

  @Override
  public Document process(Document document) {
    walk(document, scope.get());
    return document;
  }

  private void walk(StructuralNode node, RenderScope render) {
    if (node instanceof Table table) {
      for (Row row : table.getBody()) {
        for (Cell cell : row.getCells()) {
          if (cell.getInnerDocument() != null) {
            walk(cell.getInnerDocument(), render);
          }
        }
      }
      return;
    }
    if (node instanceof DescriptionList list) {
      for (DescriptionListEntry entry : list.getItems()) {
        if (entry.getDescription() != null) {
          walk(entry.getDescription(), render);
        }
      }
      return;
    }
    List<StructuralNode> blocks = node.getBlocks();
    for (int i = 0; i < blocks.size(); i++) {
      StructuralNode child = blocks.get(i);
      if (child instanceof Block block && "plantuml".equals(block.getStyle())
          && ("listing".equals(block.getContext()) || "literal".equals(block.getContext()))) {
        blocks.set(i, createBlock(node, "pass", figure(block, render)));
      } else if (child instanceof Block block && "mermaid".equals(block.getStyle())
          && ("listing".equals(block.getContext()) || "literal".equals(block.getContext()))) {
        // as in Markdown: escaped text the theme's Mermaid draws in the browser (ADR 30)
        blocks.set(i, createBlock(node, "pass", PageRenderer.MERMAID_OPEN
            + com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(block.getSource(), false) + "\n</pre>"));
      } else {
        walk(child, render);
      }
    }
  }

  private static String figure(Block block, RenderScope render) {
    int delimiterLine = block.getSourceLocation() == null ? 1 : block.getSourceLocation().getLineNumber();
    int firstLine = render.page.firstLine() + delimiterLine; // content starts after the delimiter
    DiagramSource source = new DiagramSource(render.page.file(), firstLine, block.getSource());
    return render.diagramFigure(source, block.getTitle());
  }
}
