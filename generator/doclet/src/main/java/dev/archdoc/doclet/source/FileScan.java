package dev.archdoc.doclet.source;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.IntersectionTypeTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WildcardTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import dev.archdoc.doclet.source.RawReference.Use;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Walks one parsed file. Outside bodies it records declarations (span, body fingerprint); inside
 * bodies — method and constructor bodies, initializers, field initializers, and everything in
 * local and anonymous classes — it records the names used, with enough scope tracking that a
 * local variable, a parameter or a type variable is never mistaken for a type.
 */
final class FileScan extends TreePathScanner<Void, Void> {

  /** The type of a local whose declared type is not a plain class name ({@code var}, arrays). */
  private static final List<String> UNKNOWN = List.of();

  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private final LineMap lines;
  private final boolean staticImports;
  private final Map<Long, Declaration> declarations = new HashMap<>();
  private final Map<Long, Long> declarationEnds = new HashMap<>();
  private final Map<String, Declaration> recordComponents = new HashMap<>();
  private final List<RawReference> references = new ArrayList<>();
  private final Deque<String> owners = new ArrayDeque<>();
  private final Deque<Map<String, List<String>>> locals = new ArrayDeque<>();
  private final Deque<Set<String>> hiddenTypeNames = new ArrayDeque<>();
  private int bodyDepth;

  FileScan(CompilationUnitTree unit, SourcePositions positions, boolean staticImports) {
    this.unit = unit;
    this.positions = positions;
    this.lines = unit.getLineMap();
    this.staticImports = staticImports;
  }

  Map<Long, Declaration> declarations() {
    return declarations;
  }

  Map<String, Declaration> recordComponents() {
    return recordComponents;
  }

  List<RawReference> references() {
    return references;
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
    if (bodyDepth > 0) {
      return visitLocalClass(tree);
    }
    String name = tree.getSimpleName().toString();
    owners.push(owners.isEmpty() ? name : owners.peek() + "." + name);
    hiddenTypeNames.push(typeParameterNames(tree.getTypeParameters()));
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
        inBody(init);
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
        inBody(initializer);
      }
      print.append(';');
    }
    declare(tree, print.toString());
    hiddenTypeNames.pop();
    owners.pop();
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
    long start = declare(method, body == null ? "" : body.toString());
    if (method.getBody() == null) {
      return start;
    }
    hiddenTypeNames.push(typeParameterNames(method.getTypeParameters()));
    locals.push(new HashMap<>());
    for (VariableTree parameter : method.getParameters()) {
      locals.peek().put(parameter.getName().toString(), typeNames(parameter.getType()));
    }
    inBody(method.getBody());
    locals.pop();
    hiddenTypeNames.pop();
    return start;
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

  private void inBody(Tree tree) {
    if (tree == null) {
      return;
    }
    bodyDepth++;
    scan(tree, null);
    bodyDepth--;
  }

  // ---- bodies -------------------------------------------------------------------------------

  private Void visitLocalClass(ClassTree tree) {
    if (!tree.getSimpleName().isEmpty() && !hiddenTypeNames.isEmpty()) {
      hiddenTypeNames.peek().add(tree.getSimpleName().toString());
    }
    hiddenTypeNames.push(typeParameterNames(tree.getTypeParameters()));
    locals.push(new HashMap<>());
    useType(tree.getExtendsClause(), Use.EXTENDS);
    tree.getImplementsClause().forEach(t -> useType(t, Use.EXTENDS));
    annotations(tree.getModifiers().getAnnotations());
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree field) {
        locals.peek().put(field.getName().toString(), typeNames(field.getType()));
      }
    }
    for (Tree member : tree.getMembers()) {
      scan(member, null);
    }
    locals.pop();
    hiddenTypeNames.pop();
    return null;
  }

  @Override
  public Void visitMethod(MethodTree tree, Void unused) {
    // only methods of local and anonymous classes get here
    hiddenTypeNames.push(typeParameterNames(tree.getTypeParameters()));
    locals.push(new HashMap<>());
    annotations(tree.getModifiers().getAnnotations());
    useType(tree.getReturnType(), Use.LOCAL_VARIABLE);
    tree.getThrows().forEach(t -> useType(t, Use.LOCAL_VARIABLE));
    tree.getParameters().forEach(p -> scan(p, null));
    scan(tree.getBody(), null);
    locals.pop();
    hiddenTypeNames.pop();
    return null;
  }

  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    Tree parent = getCurrentPath().getParentPath().getLeaf();
    Use use =
        parent instanceof LambdaExpressionTree
            ? Use.LAMBDA_PARAMETER
            : parent instanceof CatchTree ? Use.CATCH : Use.LOCAL_VARIABLE;
    annotations(tree.getModifiers().getAnnotations());
    Tree type = tree.getType();
    List<String> declared = typeNames(type);
    if (declared == UNKNOWN && tree.getInitializer() instanceof NewClassTree created) {
      declared = typeNames(created.getIdentifier());
    }
    useType(type, use);
    if (!locals.isEmpty() && !(parent instanceof ClassTree)) {
      locals.peek().put(tree.getName().toString(), declared);
    }
    scan(tree.getInitializer(), null);
    return null;
  }

  @Override
  public Void visitBlock(BlockTree tree, Void unused) {
    return scoped(() -> super.visitBlock(tree, null));
  }

  @Override
  public Void visitForLoop(ForLoopTree tree, Void unused) {
    return scoped(() -> super.visitForLoop(tree, null));
  }

  @Override
  public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
    return scoped(() -> super.visitEnhancedForLoop(tree, null));
  }

  @Override
  public Void visitTry(TryTree tree, Void unused) {
    return scoped(() -> super.visitTry(tree, null));
  }

  @Override
  public Void visitCatch(CatchTree tree, Void unused) {
    return scoped(() -> super.visitCatch(tree, null));
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    return scoped(() -> super.visitLambdaExpression(tree, null));
  }

  private Void scoped(Runnable walk) {
    locals.push(new HashMap<>());
    walk.run();
    locals.pop();
    return null;
  }

  @Override
  public Void visitNewClass(NewClassTree tree, Void unused) {
    scan(tree.getEnclosingExpression(), null);
    tree.getTypeArguments().forEach(t -> useType(t, Use.TYPE_ARGUMENT));
    useType(tree.getIdentifier(), Use.INSTANTIATION);
    scan(tree.getArguments(), null);
    scan(tree.getClassBody(), null);
    return null;
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    tree.getTypeArguments().forEach(t -> useType(t, Use.TYPE_ARGUMENT));
    ExpressionTree select = tree.getMethodSelect();
    if (select instanceof MemberSelectTree member) {
      List<String> names = names(member.getExpression());
      if (names != null) {
        receiver(names, Use.CALL_RECEIVER, member);
      } else {
        scan(member.getExpression(), null);
      }
    } else if (select instanceof IdentifierTree id && staticImports) {
      reference(List.of(id.getName().toString()), Use.STATIC_IMPORT_CANDIDATE, tree);
    }
    scan(tree.getArguments(), null);
    return null;
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
    List<String> names = names(tree.getExpression());
    if (names != null) {
      receiver(names, Use.ACCESS_RECEIVER, tree);
      return null;
    }
    return super.visitMemberSelect(tree, null);
  }

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void unused) {
    String name = tree.getName().toString();
    if (staticImports && local(name) == null) {
      reference(List.of(name), Use.STATIC_IMPORT_CANDIDATE, tree);
    }
    return null;
  }

  @Override
  public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
    ExpressionTree qualifier = tree.getQualifierExpression();
    List<String> names = names(qualifier);
    if (names != null) {
      receiver(names, Use.METHOD_REFERENCE, tree);
    } else if (qualifier instanceof ParameterizedTypeTree || qualifier instanceof ArrayTypeTree) {
      useType(qualifier, Use.METHOD_REFERENCE);
    } else {
      scan(qualifier, null);
    }
    if (tree.getTypeArguments() != null) {
      tree.getTypeArguments().forEach(t -> useType(t, Use.TYPE_ARGUMENT));
    }
    return null;
  }

  @Override
  public Void visitTypeCast(TypeCastTree tree, Void unused) {
    useType(tree.getType(), Use.CAST);
    scan(tree.getExpression(), null);
    return null;
  }

  @Override
  public Void visitInstanceOf(InstanceOfTree tree, Void unused) {
    scan(tree.getExpression(), null);
    if (tree.getPattern() instanceof BindingPatternTree binding) {
      VariableTree variable = binding.getVariable();
      useType(variable.getType(), Use.INSTANCEOF);
      if (!locals.isEmpty()) {
        locals.peek().put(variable.getName().toString(), typeNames(variable.getType()));
      }
    } else {
      useType(tree.getType(), Use.INSTANCEOF);
    }
    return null;
  }

  @Override
  public Void visitAnnotation(AnnotationTree tree, Void unused) {
    annotations(List.of(tree));
    return null;
  }

  private void annotations(List<? extends AnnotationTree> annotations) {
    for (AnnotationTree annotation : annotations) {
      useType(annotation.getAnnotationType(), Use.ANNOTATION);
      for (ExpressionTree argument : annotation.getArguments()) {
        scan(argument instanceof AssignmentTree a ? a.getExpression() : argument, null);
      }
    }
  }

  // ---- names --------------------------------------------------------------------------------

  /** Records the types named in a type tree: the type itself with {@code use}, its arguments too. */
  private void useType(Tree type, Use use) {
    if (type == null) {
      return;
    }
    if (type instanceof IdentifierTree || type instanceof MemberSelectTree) {
      List<String> names = names((ExpressionTree) type);
      if (names != null && !hidden(names.get(0)) && !names.get(0).equals("var")) {
        reference(names, use, type);
      }
    } else if (type instanceof ParameterizedTypeTree parameterized) {
      useType(parameterized.getType(), use);
      parameterized.getTypeArguments().forEach(t -> useType(t, Use.TYPE_ARGUMENT));
    } else if (type instanceof ArrayTypeTree array) {
      useType(array.getType(), use);
    } else if (type instanceof UnionTypeTree union) {
      union.getTypeAlternatives().forEach(t -> useType(t, use));
    } else if (type instanceof IntersectionTypeTree intersection) {
      intersection.getBounds().forEach(t -> useType(t, use));
    } else if (type instanceof WildcardTree wildcard) {
      useType(wildcard.getBound(), use);
    } else if (type instanceof AnnotatedTypeTree annotated) {
      annotations(annotated.getAnnotations());
      useType(annotated.getUnderlyingType(), use);
    }
  }

  /** A receiver chain: a local resolves here to its declared type; anything else is left as written. */
  private void receiver(List<String> names, Use use, Tree at) {
    String head = names.get(0);
    if (head.equals("super") || hidden(head)) {
      return;
    }
    if (head.equals("this")) {
      if (names.size() > 1) {
        reference(names.subList(1, names.size()), use, at);
      }
      return;
    }
    List<String> localType = local(head);
    if (localType == null) {
      reference(names, use, at);
    } else if (localType != UNKNOWN) {
      reference(localType, names.size() == 1 ? use : Use.ACCESS_RECEIVER, at, true);
    }
  }

  private void reference(List<String> names, Use use, Tree at) {
    reference(names, use, at, false);
  }

  private void reference(List<String> names, Use use, Tree at, boolean throughVariable) {
    if (owners.isEmpty()) {
      return;
    }
    long position = positions.getStartPosition(unit, at);
    int line = position < 0 ? 0 : (int) lines.getLineNumber(position);
    references.add(new RawReference(owners.peek(), List.copyOf(names), use, line, throughVariable));
  }

  private List<String> local(String name) {
    for (Map<String, List<String>> scope : locals) {
      List<String> type = scope.get(name);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  private boolean hidden(String name) {
    for (Set<String> scope : hiddenTypeNames) {
      if (scope.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The class name a variable's type tree denotes, for calls through the variable. */
  private List<String> typeNames(Tree type) {
    if (type instanceof ParameterizedTypeTree parameterized) {
      return typeNames(parameterized.getType());
    }
    if (type instanceof AnnotatedTypeTree annotated) {
      return typeNames(annotated.getUnderlyingType());
    }
    if (type instanceof IdentifierTree || type instanceof MemberSelectTree) {
      List<String> names = names((ExpressionTree) type);
      if (names != null && !hidden(names.get(0)) && !names.get(0).equals("var")) {
        return names;
      }
    }
    return UNKNOWN;
  }

  /** {@code a.b.c} as {@code [a, b, c]}, or null when the expression is not a plain dotted name. */
  private static List<String> names(ExpressionTree expression) {
    List<String> reversed = new ArrayList<>();
    ExpressionTree at = expression;
    while (at instanceof MemberSelectTree select) {
      reversed.add(select.getIdentifier().toString());
      at = select.getExpression();
    }
    if (!(at instanceof IdentifierTree id)) {
      return null;
    }
    reversed.add(id.getName().toString());
    List<String> names = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) {
      names.add(reversed.get(i));
    }
    return names;
  }

  private static Set<String> typeParameterNames(List<? extends TypeParameterTree> parameters) {
    Set<String> names = new HashSet<>();
    parameters.forEach(p -> names.add(p.getName().toString()));
    return names;
  }
}
