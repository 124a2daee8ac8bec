package dev.archdoc.doclet.extract;

import java.util.StringJoiner;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** The canonical id of an element, as documented on {@link dev.archdoc.doclet.model.CodeMember}. */
final class ElementIds {

  private final Types types;

  ElementIds(Types types) {
    this.types = types;
  }

  String of(Element element) {
    if (element instanceof PackageElement pkg) {
      return pkg.getQualifiedName().toString();
    }
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    Element owner = element.getEnclosingElement();
    String ownerId = owner instanceof QualifiedNameable q ? q.getQualifiedName().toString() : owner.toString();
    if (element instanceof ExecutableElement method) {
      String name =
          method.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR
              ? owner.getSimpleName().toString()
              : method.getSimpleName().toString();
      StringJoiner parameters = new StringJoiner(",", "(", ")");
      for (VariableElement p : method.getParameters()) {
        parameters.add(erased(p.asType()));
      }
      return ownerId + "#" + name + parameters;
    }
    return ownerId + "#" + element.getSimpleName();
  }

  /** The erased, fully qualified form of a type: {@code java.util.List}, {@code int[]}. */
  String erased(TypeMirror type) {
    String erased = types.erasure(type).toString();
    // type annotations print inside the type ("java.lang.@Nullable String"); ids have none
    return erased.replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "").replace(" ", "");
  }
}
