package dev.archdoc.doclet.attribution;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.archdoc.doclet.model.DependencyKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Walks one attributed file and records, for each body (method and constructor bodies,
 * initializers, field initializers, and all of a local or anonymous class), the types it uses
 * the way the compiled class will: every type a name denotes; for a field, its owner and its
 * type, declared and as instantiated (a compile-time constant: the class declaring it); for a call, the
 * owner, the erased parameter and return types of the method and the result's type as
 * instantiated; for a method reference, the owner and the method's types; for a lambda and a method reference,
 * the functional interface; for every local variable and lambda parameter, its type, inferred or
 * written. Whatever javac could not resolve is skipped.
 */
final class BodyScanner extends TreePathScanner<Void, Void> {

  private record Key(String from, String to, DependencyKind kind, int line) {}

  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private final LineMap lines;
  private final Set<Key> uses = new LinkedHashSet<>();
  private String from;
  private int bodyDepth;

  BodyScanner(Trees trees, Types types, Elements elements, CompilationUnitTree unit) {
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.unit = unit;
    this.positions = trees.getSourcePositions();
    this.lines = unit.getLineMap();
  }

  List<BodyUse> scan() {
    scan(new TreePath(unit), null);
    List<BodyUse> result = new ArrayList<>(uses.size());
    uses.forEach(k -> result.add(new BodyUse(k.from, k.to, k.kind, k.line)));
    return result;
  }

  // ---- where bodies are ---------------------------------------------------------------------

  @Override
  public Void visitCompilationUnit(CompilationUnitTree tree, Void unused) {
    // scan(TreePath) forgets the current path when it returns, so it is kept here
    TreePath self = getCurrentPath();
    for (Tree type : tree.getTypeDecls()) {
      scan(new TreePath(self, type), null);
    }
    return null;
  }

  @Override
  public Void visitClass(ClassTree tree, Void unused) {
    if (bodyDepth > 0) {
      return super.visitClass(tree, null);
    }
    TreePath self = getCurrentPath();
    Element element = trees.getElement(self);
    if (!(element instanceof TypeElement type)) {
      return null;
    }
    String outer = from;
    from = type.getQualifiedName().toString();
    for (Tree member : tree.getMembers()) {
      TreePath path = new TreePath(self, member);
      if (member instanceof VariableTree field) {
        inBody(path, field.getInitializer());
      } else if (member instanceof MethodTree method) {
        inBody(path, method.getBody());
      } else if (member instanceof BlockTree) {
        inBody(self, member);
      } else if (member instanceof ClassTree) {
        scan(path, null);
      }
    }
    from = outer;
    return null;
  }

  /** Scans {@code tree}, a body or an initializer, the child of {@code parent}. */
  private void inBody(TreePath parent, Tree tree) {
    if (tree == null) {
      return;
    }
    bodyDepth++;
    scan(new TreePath(parent, tree), null);
    bodyDepth--;
  }

  // ---- names --------------------------------------------------------------------------------

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void unused) {
    name(getCurrentPath(), null);
    return null;
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
    name(getCurrentPath(), tree.getExpression());
    return super.visitMemberSelect(tree, null);
  }

  /** A name: a type, a field, or (as the callee of an invocation) a method. */
  private void name(TreePath path, Tree qualifier) {
    Element element = trees.getElement(path);
    if (element == null) {
      return;
    }
    Tree tree = path.getLeaf();
    ElementKind kind = element.getKind();
    if (element instanceof TypeElement type) {
      add(type.asType(), typeKind(path), tree);
    } else if (kind == ElementKind.FIELD && tree instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("class")) {
      // a class literal: the qualifier names the type, and the class file loads it as a constant
      return;
    } else if (kind == ElementKind.FIELD || kind == ElementKind.ENUM_CONSTANT) {
      VariableElement field = (VariableElement) element;
      if (field.getConstantValue() != null) {
        // a compile-time constant is copied in; the class file keeps a reference to its declaring class
        if (field.getEnclosingElement() instanceof TypeElement declaring) {
          add(declaring.asType(), DependencyKind.STATIC_REFERENCE, tree);
        }
        return;
      }
      owner(field, qualifier, path, DependencyKind.FIELD_ACCESS, tree);
      add(field.asType(), DependencyKind.FIELD_ACCESS, tree);
      add(trees.getTypeMirror(path), DependencyKind.FIELD_ACCESS, tree);
    } else if (element instanceof ExecutableElement method && isCallee(path) && !isImplicitSuper(method)) {
      owner(method, qualifier, path, DependencyKind.METHOD_CALL, tree);
      MethodInvocationTree call = (MethodInvocationTree) path.getParentPath().getLeaf();
      if (resolvedArguments(path.getParentPath(), call.getArguments())) {
        signature(method, DependencyKind.METHOD_CALL, tree);
        // a generic method's result as instantiated here ({@code Optional<Boolean>.orElse} gives Boolean)
        add(trees.getTypeMirror(path.getParentPath()), DependencyKind.METHOD_CALL, tree);
      }
    }
  }

  /**
   * The type a member is reached through, as the class file names it: the receiver's static type
   * when there is one, else the type that declares the member.
   */
  private void owner(Element member, Tree qualifier, TreePath path, DependencyKind kind, Tree at) {
    if (member.getEnclosingElement() instanceof TypeElement declaring
        && declaring.getQualifiedName().contentEquals("java.lang.Object")) {
      // javac reaches Object's members through Object itself, whatever the receiver
      add(declaring.asType(), kind, at);
      return;
    }
    if (qualifier != null) {
      TypeMirror receiver = trees.getTypeMirror(new TreePath(path, qualifier));
      if (receiver != null && receiver.getKind() == TypeKind.DECLARED) {
        add(receiver, kind, at);
        return;
      }
      if (receiver != null && receiver.getKind() != TypeKind.TYPEVAR) {
        return;
      }
    }
    if (!(member.getEnclosingElement() instanceof TypeElement declaring)) {
      return;
    }
    // JLS 13.1: a simple name's qualifying type is the innermost enclosing class the member is a
    // member of (inherited ones included); only a member of no enclosing class (a static import)
    // is reached through the type that declares it
    TypeMirror declared = types.erasure(declaring.asType());
    for (TreePath at2 = path; at2 != null; at2 = at2.getParentPath()) {
      if (at2.getLeaf() instanceof ClassTree
          && trees.getElement(at2) instanceof TypeElement enclosing
          && types.isSubtype(types.erasure(enclosing.asType()), declared)) {
        return;
      }
    }
    add(declaring.asType(), member.getModifiers().contains(Modifier.STATIC) ? DependencyKind.STATIC_REFERENCE : kind, at);
  }

  private void signature(ExecutableElement method, DependencyKind kind, Tree at) {
    TypeMirror erased = types.erasure(method.asType());
    if (erased instanceof ExecutableType executable) {
      executable.getParameterTypes().forEach(p -> add(p, kind, at));
      add(executable.getReturnType(), kind, at);
    }
  }

  /**
   * False when an argument did not resolve: javac then picks some candidate method to go on with,
   * which may not be the one the code means, so its signature proves nothing.
   */
  private boolean resolvedArguments(TreePath call, List<? extends Tree> arguments) {
    for (Tree argument : arguments) {
      TypeMirror type = trees.getTypeMirror(new TreePath(call, argument));
      if (type == null || type.getKind() == TypeKind.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * The constructor of {@code Object}, {@code Enum} or {@code Record}: what javac's implicit
   * {@code super(...)} calls, as implicit as those superclasses themselves, which are not recorded.
   */
  private static boolean isImplicitSuper(ExecutableElement method) {
    if (method.getKind() != ElementKind.CONSTRUCTOR || !(method.getEnclosingElement() instanceof TypeElement type)) {
      return false;
    }
    String name = type.getQualifiedName().toString();
    return name.equals("java.lang.Object") || name.equals("java.lang.Enum") || name.equals("java.lang.Record");
  }

  private static boolean isCallee(TreePath path) {
    Tree parent = path.getParentPath().getLeaf();
    return parent instanceof MethodInvocationTree call && call.getMethodSelect() == path.getLeaf();
  }

  /** How a name that denotes a type is used, from where it stands. */
  private static DependencyKind typeKind(TreePath path) {
    Tree leaf = path.getLeaf();
    for (TreePath at = path.getParentPath(); at != null; leaf = at.getLeaf(), at = at.getParentPath()) {
      Tree parent = at.getLeaf();
      if (parent instanceof ParameterizedTypeTree p && p.getType() != leaf) {
        return DependencyKind.TYPE_ARGUMENT;
      }
      if (parent instanceof ParameterizedTypeTree || parent instanceof com.sun.source.tree.ArrayTypeTree
          || parent instanceof com.sun.source.tree.AnnotatedTypeTree
          || parent instanceof com.sun.source.tree.WildcardTree
          || parent instanceof com.sun.source.tree.UnionTypeTree
          || parent instanceof com.sun.source.tree.IntersectionTypeTree) {
        continue;
      }
      if (parent instanceof NewClassTree n) {
        return n.getIdentifier() == leaf ? DependencyKind.INSTANTIATION : DependencyKind.TYPE_ARGUMENT;
      }
      if (parent instanceof com.sun.source.tree.NewArrayTree) {
        return DependencyKind.INSTANTIATION;
      }
      if (parent instanceof TypeCastTree) {
        return DependencyKind.CAST;
      }
      if (parent instanceof InstanceOfTree || parent instanceof com.sun.source.tree.BindingPatternTree) {
        return DependencyKind.INSTANCEOF;
      }
      if (parent instanceof AnnotationTree) {
        return DependencyKind.ANNOTATION;
      }
      if (parent instanceof ClassTree) {
        return DependencyKind.EXTENDS;
      }
      if (parent instanceof MethodTree) {
        return DependencyKind.LOCAL_VARIABLE;
      }
      if (parent instanceof VariableTree) {
        Tree grand = at.getParentPath().getLeaf();
        if (grand instanceof CatchTree) {
          return DependencyKind.CATCH;
        }
        if (grand instanceof com.sun.source.tree.BindingPatternTree) {
          return DependencyKind.INSTANCEOF;
        }
        return grand instanceof LambdaExpressionTree ? DependencyKind.LAMBDA_PARAMETER : DependencyKind.LOCAL_VARIABLE;
      }
      if (parent instanceof MemberReferenceTree) {
        return DependencyKind.METHOD_REFERENCE;
      }
      if (parent instanceof MethodInvocationTree) {
        return DependencyKind.TYPE_ARGUMENT;
      }
      if (parent instanceof MemberSelectTree select) {
        Tree grand = at.getParentPath().getLeaf();
        return grand instanceof MethodInvocationTree call && call.getMethodSelect() == select
            ? DependencyKind.METHOD_CALL
            : DependencyKind.STATIC_REFERENCE;
      }
      return DependencyKind.STATIC_REFERENCE;
    }
    return DependencyKind.STATIC_REFERENCE;
  }

  // ---- what names alone do not show ----------------------------------------------------------

  @Override
  public Void visitNewClass(NewClassTree tree, Void unused) {
    Element constructor = trees.getElement(getCurrentPath());
    if (constructor instanceof ExecutableElement c && tree.getClassBody() == null
        && resolvedArguments(getCurrentPath(), tree.getArguments())) {
      signature(c, DependencyKind.INSTANTIATION, tree);
    }
    return super.visitNewClass(tree, null);
  }

  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    Element variable = trees.getElement(getCurrentPath());
    if (variable != null) {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      DependencyKind kind =
          parent instanceof LambdaExpressionTree
              ? DependencyKind.LAMBDA_PARAMETER
              : parent instanceof CatchTree ? DependencyKind.CATCH : DependencyKind.LOCAL_VARIABLE;
      add(variable.asType(), kind, tree);
    }
    return super.visitVariable(tree, null);
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    TypeMirror target = trees.getTypeMirror(getCurrentPath());
    add(target, DependencyKind.LAMBDA_PARAMETER, tree);
    functionalMethod(target, tree);
    return super.visitLambdaExpression(tree, null);
  }

  /**
   * The method a lambda implements, as its target type instantiates it: the compiled lambda
   * takes, returns and throws those types.
   */
  private void functionalMethod(TypeMirror target, Tree at) {
    if (!(target instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement type)) {
      return;
    }
    for (Element member : elements.getAllMembers(type)) {
      if (member instanceof ExecutableElement method
          && method.getModifiers().contains(Modifier.ABSTRACT)
          && !isObjectMethod(method)) {
        TypeMirror instantiated = types.asMemberOf(declared, method);
        if (instantiated instanceof ExecutableType executable) {
          executable.getParameterTypes().forEach(p -> add(p, DependencyKind.LAMBDA_PARAMETER, at));
          add(executable.getReturnType(), DependencyKind.LAMBDA_PARAMETER, at);
          executable.getThrownTypes().forEach(t -> add(t, DependencyKind.LAMBDA_PARAMETER, at));
        }
        return;
      }
    }
  }

  /** {@code equals}, {@code hashCode} or {@code toString}, which an interface may redeclare abstract. */
  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int parameters = method.getParameters().size();
    return name.equals("equals") && parameters == 1
        || (name.equals("hashCode") || name.equals("toString")) && parameters == 0;
  }

  /** An enhanced {@code for} over an Iterable calls its {@code iterator()}, whatever that returns. */
  @Override
  public Void visitEnhancedForLoop(com.sun.source.tree.EnhancedForLoopTree tree, Void unused) {
    TypeMirror iterable = trees.getTypeMirror(new TreePath(getCurrentPath(), tree.getExpression()));
    if (iterable instanceof DeclaredType declared && declared.asElement() instanceof TypeElement type) {
      for (Element member : elements.getAllMembers(type)) {
        if (member instanceof ExecutableElement method
            && method.getSimpleName().contentEquals("iterator")
            && method.getParameters().isEmpty()
            && !method.getModifiers().contains(Modifier.STATIC)) {
          add(iterable, DependencyKind.METHOD_CALL, tree);
          signature(method, DependencyKind.METHOD_CALL, tree);
          break;
        }
      }
    }
    return super.visitEnhancedForLoop(tree, null);
  }

  @Override
  public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
    add(trees.getTypeMirror(getCurrentPath()), DependencyKind.METHOD_REFERENCE, tree);
    Element target = trees.getElement(getCurrentPath());
    if (target instanceof ExecutableElement method) {
      owner(method, tree.getQualifierExpression(), getCurrentPath(), DependencyKind.METHOD_REFERENCE, tree);
      signature(method, DependencyKind.METHOD_REFERENCE, tree);
    }
    return super.visitMemberReference(tree, null);
  }

  // ---- recording ----------------------------------------------------------------------------

  private void add(TypeMirror type, DependencyKind kind, Tree at) {
    if (type == null || from == null) {
      return;
    }
    TypeMirror erased = type.getKind() == TypeKind.ERROR ? type : types.erasure(type);
    while (erased instanceof ArrayType array) {
      erased = array.getComponentType();
    }
    if (erased.getKind() != TypeKind.DECLARED || !(((DeclaredType) erased).asElement() instanceof TypeElement to)) {
      return;
    }
    for (Element e = to; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        // a local class, or a member of one, belongs to the body that declares it
        return;
      }
    }
    String name = to.getQualifiedName().toString();
    if (name.isEmpty() || name.equals(from)) {
      return;
    }
    long position = positions.getStartPosition(unit, at);
    int line = position < 0 ? 0 : (int) lines.getLineNumber(position);
    uses.add(new Key(from, name, kind, line));
  }
}
