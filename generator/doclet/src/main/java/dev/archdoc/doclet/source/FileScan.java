package dev.archdoc.doclet.source;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Walks one parsed file and records its declarations (span, body fingerprint). Bodies are not
 * walked: the types they use come from {@code dev.archdoc.doclet.attribution}.
 */
final class FileScan extends TreePathScanner<Void, Void> {

  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private final LineMap lines;
  private final Map<Long, Declaration> declarations = new HashMap<>();
  private final Map<Long, Long> declarationEnds = new HashMap<>();
  private final Map<String, Declaration> recordComponents = new HashMap<>();

  FileScan(CompilationUnitTree unit, SourcePositions positions) {
    this.unit = unit;
    this.positions = positions;
    this.lines = unit.getLineMap();
  }

  Map<Long, Declaration> declarations() {
    return declarations;
  }

  Map<String, Declaration> recordComponents() {
    return recordComponents;
  }

  /** Gives each {@code //!} block its owner: the declaration it precedes, or the one it sits in. */
  List<ProseBlock> attach(CommentLexer lexer) {
    List<ProseBlock> blocks = new ArrayList<>();
    for (CommentLexer.Block block : lexer.proseBlocks()) {
      long next = lexer.nextCode(block.end());
      long owner = ProseBlock.FILE;
      if (declarations.containsKey(next)) {
        owner = next;
      } else {
        for (Map.Entry<Long, Long> d : declarationEnds.entrySet()) {
          boolean contains = d.getKey() <= block.end() && block.end() < d.getValue();
          if (contains && (owner == ProseBlock.FILE || d.getKey() > owner)) {
            owner = d.getKey();
          }
        }
      }
      blocks.add(new ProseBlock(block.startLine(), block.endLine(), block.markdown(), owner));
    }
    return blocks;
  }

  // ---- declarations -------------------------------------------------------------------------

  @Override
  public Void visitImport(ImportTree tree, Void unused) {
    return null;
  }

  @Override
  public Void visitPackage(PackageTree tree, Void unused) {
    return null;
  }

  @Override
  public Void visitClass(ClassTree tree, Void unused) {
    long start = positions.getStartPosition(unit, tree);
    boolean record = tree.getKind() == Tree.Kind.RECORD;
    // The type's body print is assembled from its members' own hashes, so that no body is
    // printed twice (printing is most of this pass's cost).
    StringBuilder print = new StringBuilder(header(tree));
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree field) {
        ExpressionTree init = field.getInitializer();
        long fieldStart = declare(field, init == null ? "" : init.toString());
        print.append(field.getModifiers()).append(field.getType()).append(' ').append(field.getName());
        if (record && !field.getModifiers().getFlags().contains(Modifier.STATIC)) {
          recordComponents.put(
              ScannedFile.componentKey(start, field.getName().toString()), declarations.get(fieldStart));
        }
      } else if (member instanceof MethodTree method) {
        long methodStart = declareMethod(method);
        print.append(method.getModifiers()).append(method.getTypeParameters()).append(method.getReturnType())
            .append(' ').append(method.getName()).append(method.getParameters()).append(method.getThrows());
        appendBodyHash(print, methodStart);
      } else if (member instanceof ClassTree nested) {
        scan(nested, null);
        appendBodyHash(print, positions.getStartPosition(unit, nested));
      } else if (member instanceof BlockTree initializer) {
        print.append(initializer);
      }
      print.append(';');
    }
    declare(tree, print.toString());
    return null;
  }

  private void appendBodyHash(StringBuilder print, long start) {
    Declaration declaration = declarations.get(start);
    print.append('{').append(declaration == null ? "" : declaration.bodyHash()).append('}');
  }

  private static String header(ClassTree tree) {
    return tree.getModifiers() + " " + tree.getKind() + " " + tree.getSimpleName() + tree.getTypeParameters()
        + " extends " + tree.getExtendsClause() + " implements " + tree.getImplementsClause()
        + " permits " + tree.getPermitsClause() + " {";
  }

  private long declareMethod(MethodTree method) {
    Tree body = method.getBody() != null ? method.getBody() : method.getDefaultValue();
    return declare(method, body == null ? "" : body.toString());
  }

  private long declare(Tree tree, String body) {
    long start = positions.getStartPosition(unit, tree);
    long end = positions.getEndPosition(unit, tree);
    if (start < 0) {
      return start;
    }
    long last = Math.max(start, end - 1);
    declarations.put(
        start,
        new Declaration(
            start,
            (int) lines.getLineNumber(start),
            (int) lines.getLineNumber(last),
            body.isEmpty() ? "" : Hashes.of(body)));
    declarationEnds.put(start, Math.max(end, start + 1));
    return start;
  }
}
