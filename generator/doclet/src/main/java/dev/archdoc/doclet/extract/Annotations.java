package dev.archdoc.doclet.extract;

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

/** Reads the annotations on an element, and the decisions its {@code @Decision}s cite. */
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
