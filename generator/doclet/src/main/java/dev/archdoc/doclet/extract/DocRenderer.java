package dev.archdoc.doclet.extract;

import com.sun.source.doctree.AuthorTree;
import com.sun.source.doctree.BlockTagTree;
import com.sun.source.doctree.DeprecatedTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.SeeTree;
import com.sun.source.doctree.SinceTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.doctree.UnknownBlockTagTree;
import com.sun.source.doctree.ValueTree;
import com.sun.source.util.DocTreePath;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import dev.archdoc.doclet.model.BlockTag;
import dev.archdoc.doclet.model.Doc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jsoup.nodes.Entities;

/**
 * Turns a Javadoc comment into a {@link Doc}: Markdown with the comment's HTML kept, inline tags
 * resolved, {@code {@link}} targets rewritten to {@code code:} links with canonical ids.
 */
final class DocRenderer {

  private final DocTrees trees;
  private final Elements elements;
  private final Types types;
  private final ElementIds ids;
  private final ElementPaths paths;

  DocRenderer(DocTrees trees, Elements elements, Types types, ElementIds ids, ElementPaths paths) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.ids = ids;
    this.paths = paths;
  }

  /** The element's doc, or {@link Doc#NONE}. */
  Doc render(Element element) {
    TreePath path = paths.of(element);
    DocCommentTree comment = path == null ? trees.getDocCommentTree(element) : trees.getDocCommentTree(path);
    if (comment == null) {
      return Doc.NONE;
    }
    Context context = new Context(element, path, comment, new ArrayList<>());
    String firstSentence = text(comment.getFirstSentence(), context).strip();
    String body = text(comment.getFullBody(), context).strip();
    List<BlockTag> tags = new ArrayList<>();
    for (DocTree tag : comment.getBlockTags()) {
      tags.add(blockTag(tag, context));
    }
    return new Doc(firstSentence, body, tags, context.references.stream().distinct().toList());
  }

  /** The {@code @param} text a record gives one of its components, as that component's doc. */
  Doc componentDoc(TypeElement record, String component) {
    Doc recordDoc = render(record);
    return recordDoc.blockTags().stream()
        .filter(t -> t.name().equals("param") && t.argument().equals(component))
        .findFirst()
        .map(t -> new Doc(firstSentenceOf(t.text()), t.text(), List.of(), List.of()))
        .orElse(Doc.NONE);
  }

  private static String firstSentenceOf(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  private record Context(Element element, TreePath path, DocCommentTree comment, List<String> references) {}

  private String text(List<? extends DocTree> trees, Context context) {
    StringBuilder out = new StringBuilder();
    for (DocTree tree : trees) {
      out.append(inline(tree, context));
    }
    // " * text" leaves one space before each continuation line: drop it, so that Markdown
    // never mistakes an indented continuation for the start of a code block
    return out.toString().replace("\n ", "\n");
  }

  private String inline(DocTree tree, Context context) {
    switch (tree.getKind()) {
      case TEXT:
        return ((TextTree) tree).getBody();
      case ENTITY:
        return "&" + ((EntityTree) tree).getName() + ";";
      case CODE:
        return code(((LiteralTree) tree).getBody().getBody());
      case LITERAL:
        return Entities.escape(((LiteralTree) tree).getBody().getBody());
      case LINK:
      case LINK_PLAIN:
        return link((LinkTree) tree, context);
      case VALUE:
        return value((ValueTree) tree, context);
      case INHERIT_DOC:
        return inherited(context.element);
      case SUMMARY:
        return text(((SummaryTree) tree).getSummary(), context);
      case INDEX:
        return text(List.of(((IndexTree) tree).getSearchTerm()), context);
      case START_ELEMENT:
      case END_ELEMENT:
        return isBareParagraphTag(tree) ? "\n\n" : tree.toString();
      default:
        return tree.toString();
    }
  }

  /**
   * Javadoc's {@code <p>} separates paragraphs; kept as HTML it would open a Markdown HTML block,
   * inside which the rest of the paragraph (its {@code {@link}}s turned into Markdown links) would
   * print as raw text. A blank line says the same in Markdown. A {@code <p class=...>} stays HTML.
   */
  private static boolean isBareParagraphTag(DocTree tree) {
    if (tree instanceof StartElementTree start) {
      return start.getName().toString().equalsIgnoreCase("p") && start.getAttributes().isEmpty();
    }
    return tree instanceof EndElementTree end && end.getName().toString().equalsIgnoreCase("p");
  }

  private String link(LinkTree link, Context context) {
    ReferenceTree reference = link.getReference();
    String written = reference.getSignature();
    String target = resolve(reference, context).map(ids::of).orElse(written);
    context.references.add(target);
    String label = text(link.getLabel(), context).strip();
    if (label.isEmpty()) {
      String shown = written.startsWith("#") ? written.substring(1) : written.replace('#', '.');
      label = link.getKind() == DocTree.Kind.LINK ? code(shown) : shown;
    }
    return "[" + label + "](code:" + target.replace(" ", "") + ")";
  }

  private String value(ValueTree value, Context context) {
    Element target =
        value.getReference() == null
            ? context.element
            : resolve(value.getReference(), context).orElse(null);
    if (target instanceof VariableElement field && field.getConstantValue() != null) {
      return code(elements.getConstantExpression(field.getConstantValue()));
    }
    return value.getReference() == null ? "" : code(value.getReference().getSignature());
  }

  private Optional<Element> resolve(ReferenceTree reference, Context context) {
    if (context.path == null) {
      return Optional.empty();
    }
    DocTreePath docPath = DocTreePath.getPath(context.path, context.comment, reference);
    if (docPath == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(trees.getElement(docPath));
  }

  /** The doc of the nearest overridden method that has one, for {@code {@inheritDoc}}. */
  private String inherited(Element element) {
    if (!(element instanceof ExecutableElement method)
        || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return "";
    }
    Deque<TypeMirror> queue = new ArrayDeque<>(types.directSupertypes(owner.asType()));
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      TypeMirror next = queue.poll();
      if (!(next instanceof DeclaredType declared)
          || !(declared.asElement() instanceof TypeElement type)
          || !seen.add(type.getQualifiedName().toString())) {
        continue;
      }
      for (Element candidate : type.getEnclosedElements()) {
        if (candidate instanceof ExecutableElement overridden
            && overridden.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, overridden, owner)) {
          Doc doc = render(overridden);
          if (!doc.body().isEmpty()) {
            return doc.body();
          }
        }
      }
      queue.addAll(types.directSupertypes(declared));
    }
    return "";
  }

  private BlockTag blockTag(DocTree tag, Context context) {
    String name = tag instanceof BlockTagTree block ? block.getTagName() : tag.getKind().tagName;
    if (tag instanceof ParamTree param) {
      String argument = param.getName().getName().toString();
      return new BlockTag(
          name, param.isTypeParameter() ? "<" + argument + ">" : argument, text(param.getDescription(), context).strip());
    }
    if (tag instanceof ThrowsTree thrown) {
      String target = resolve(thrown.getExceptionName(), context).map(ids::of).orElse(thrown.getExceptionName().getSignature());
      return new BlockTag(name, target, text(thrown.getDescription(), context).strip());
    }
    if (tag instanceof ReturnTree returned) {
      return new BlockTag(name, "", text(returned.getDescription(), context).strip());
    }
    if (tag instanceof SeeTree see) {
      List<? extends DocTree> parts = see.getReference();
      if (!parts.isEmpty() && parts.get(0) instanceof ReferenceTree reference) {
        String target = resolve(reference, context).map(ids::of).orElse(reference.getSignature());
        context.references.add(target);
        return new BlockTag(name, target, text(parts.subList(1, parts.size()), context).strip());
      }
      return new BlockTag(name, "", text(parts, context).strip());
    }
    if (tag instanceof DeprecatedTree deprecated) {
      return new BlockTag(name, "", text(deprecated.getBody(), context).strip());
    }
    if (tag instanceof SinceTree since) {
      return new BlockTag(name, "", text(since.getBody(), context).strip());
    }
    if (tag instanceof AuthorTree author) {
      return new BlockTag(name, "", text(author.getName(), context).strip());
    }
    if (tag instanceof UnknownBlockTagTree unknown) {
      return new BlockTag(name, "", text(unknown.getContent(), context).strip());
    }
    String written = tag.toString();
    String prefix = "@" + name;
    return new BlockTag(name, "", (written.startsWith(prefix) ? written.substring(prefix.length()) : written).strip());
  }

  private static String code(String text) {
    String fence = text.contains("`") ? "``" : "`";
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }
}
