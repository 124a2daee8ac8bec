package dev.archdoc.doclet.extract;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import dev.archdoc.doclet.model.AnnotationUse;
import dev.archdoc.doclet.model.DecisionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Reads the annotations on an element, and the decisions its {@code @Decision}s cite.
 *
 * <p>javac leaves an annotation whose type it cannot resolve (its jar not on the class path) out of
 * the element's annotation mirrors; on a type, such an annotation is read from the source instead
 * and recorded as unresolved, under the name written, qualified through a single-type import when
 * there is one. Layer exceptions name annotations such as JabRef's {@code @AllowedToUseLogic},
 * which must count whether or not the class path is known (ADR-19).
 */
final class Annotations {

  static final String DECISION = "dev.archdoc.annotations.Decision";
  static final String DECISION_LIST = "dev.archdoc.annotations.Decision.List";

  private Annotations() {}

  static List<AnnotationUse> of(Element element) {
    List<AnnotationUse> uses = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Map<String, String> values = new TreeMap<>();
      mirror.getElementValues().forEach((k, v) -> values.put(k.getSimpleName().toString(), v.toString()));
      uses.add(new AnnotationUse(typeName(mirror), values, isResolved(mirror)));
    }
    return uses;
  }

  /**
   * The annotations on a type: those javac resolved, then those it could not, as written in the
   * source.
   */
  static List<AnnotationUse> ofType(TypeElement type, DocTrees trees) {
    List<AnnotationUse> uses = of(type);
    TreePath path = trees.getPath(type);
    if (path == null || !(path.getLeaf() instanceof ClassTree declaration)) {
      return uses;
    }
    List<String> imports = new ArrayList<>();
    for (ImportTree imported : path.getCompilationUnit().getImports()) {
      if (!imported.isStatic()) {
        imports.add(imported.getQualifiedIdentifier().toString());
      }
    }
    for (AnnotationTree annotation : declaration.getModifiers().getAnnotations()) {
      String written = annotation.getAnnotationType().toString();
      boolean resolved = uses.stream()
          .anyMatch(use -> use.type().equals(written) || use.type().endsWith("." + written));
      if (!resolved) {
        uses.add(new AnnotationUse(qualified(written, imports), values(annotation), false));
      }
    }
    return uses;
  }

  private static String qualified(String written, List<String> imports) {
    if (written.contains(".")) {
      return written;
    }
    return imports.stream().filter(name -> name.endsWith("." + written)).findFirst().orElse(written);
  }

  private static Map<String, String> values(AnnotationTree annotation) {
    Map<String, String> values = new TreeMap<>();
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        values.put(assignment.getVariable().toString(), assignment.getExpression().toString());
      } else {
        values.put("value", argument.toString());
      }
    }
    return values;
  }

  /** The decisions cited, whether {@code @Decision} is written once, repeated, or as its container. */
  static List<DecisionRef> decisions(Element element) {
    List<DecisionRef> decisions = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = typeName(mirror);
      if (type.equals(DECISION)) {
        decisions.add(decision(mirror));
      } else if (type.equals(DECISION_LIST)) {
        Object contained = value(mirror, "value");
        if (contained instanceof List<?> list) {
          for (Object item : list) {
            if (item instanceof AnnotationValue v && v.getValue() instanceof AnnotationMirror m) {
              decisions.add(decision(m));
            }
          }
        }
      }
    }
    return decisions;
  }

  static String typeName(AnnotationMirror mirror) {
    if (isResolved(mirror)) {
      return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
    return mirror.getAnnotationType().toString();
  }

  static boolean isResolved(AnnotationMirror mirror) {
    return mirror.getAnnotationType().getKind() != TypeKind.ERROR;
  }

  private static DecisionRef decision(AnnotationMirror mirror) {
    Object id = value(mirror, "value");
    Object note = value(mirror, "note");
    return new DecisionRef(id == null ? "" : id.toString(), note == null ? "" : note.toString());
  }

  private static Object value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }
}
