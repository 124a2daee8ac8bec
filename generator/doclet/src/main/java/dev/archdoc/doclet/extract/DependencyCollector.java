package dev.archdoc.doclet.extract;

import dev.archdoc.doclet.attribution.BodyUse;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.DependencyKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Collects type-level dependencies: from declarations through the compiler's type mirrors, from
 * bodies as {@link dev.archdoc.doclet.attribution.BodyAttribution} resolved them. Each distinct
 * (from, to, kind, line) is kept once; a type's uses of itself are dropped.
 */
final class DependencyCollector {

  private record Key(String from, String to, DependencyKind kind, int line) {}

  private final Types types;
  private final Set<String> modelTypes;
  private final Set<Key> seen = new HashSet<>();
  private final List<Dependency> dependencies = new ArrayList<>();

  DependencyCollector(Types types, Set<String> modelTypes) {
    this.types = types;
    this.modelTypes = modelTypes;
  }

  List<Dependency> dependencies() {
    return dependencies;
  }

  void add(String from, String to, DependencyKind kind, String file, int line) {
    if (from.equals(to) || to.isEmpty()) {
      return;
    }
    if (seen.add(new Key(from, to, kind, line))) {
      dependencies.add(new Dependency(from, to, kind, !modelTypes.contains(to), file, line));
    }
  }

  /** The types a declared type names: the type itself with {@code kind}, its arguments too. */
  void typeUse(String from, TypeMirror type, DependencyKind kind, String file, int line) {
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        add(from, ((TypeElement) declared.asElement()).getQualifiedName().toString(), kind, file, line);
        for (TypeMirror argument : declared.getTypeArguments()) {
          typeUse(from, argument, DependencyKind.TYPE_ARGUMENT, file, line);
        }
      }
      case ARRAY -> typeUse(from, ((ArrayType) type).getComponentType(), kind, file, line);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        if (bound != null) {
          typeUse(from, bound, DependencyKind.TYPE_ARGUMENT, file, line);
        }
      }
      case INTERSECTION -> ((IntersectionType) type).getBounds().forEach(b -> typeUse(from, b, kind, file, line));
      case UNION -> ((UnionType) type).getAlternatives().forEach(b -> typeUse(from, b, kind, file, line));
      case TYPEVAR -> {
        // where the compiled signature holds the erasure (not inside a type argument), so does the model
        if (kind != DependencyKind.TYPE_ARGUMENT) {
          typeUse(from, types.erasure(type), kind, file, line);
        }
      }
      default -> {
        // primitives, void, and types javac could not resolve: a name as written is no evidence of which type it is
      }
    }
  }

  void annotations(String from, Element element, String file, int line) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      add(from, Annotations.typeName(mirror), DependencyKind.ANNOTATION, file, line);
    }
  }

  /** Records the uses javac resolved in the bodies of one file. */
  void bodies(List<BodyUse> uses, String file) {
    for (BodyUse use : uses) {
      add(use.from(), use.to(), use.kind(), file, use.line());
    }
  }

  private static String name(TypeElement type) {
    return type.getQualifiedName().toString();
  }
}
