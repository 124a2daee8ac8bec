package dev.archdoc.doclet.extract;

import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.DependencyKind;
import dev.archdoc.doclet.source.RawReference;
import dev.archdoc.doclet.source.RawReference.Use;
import dev.archdoc.doclet.source.ScannedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Collects type-level dependencies: from declarations through the compiler's type mirrors, from
 * bodies by resolving the names the syntactic scan found. Each distinct (from, to, kind, line)
 * is kept once; a type's uses of itself are dropped.
 */
final class DependencyCollector {

  private record Key(String from, String to, DependencyKind kind, int line) {}

  private final Types types;
  private final NameResolver resolver;
  private final Set<String> modelTypes;
  private final Set<Key> seen = new HashSet<>();
  private final List<Dependency> dependencies = new ArrayList<>();

  DependencyCollector(Types types, NameResolver resolver, Set<String> modelTypes) {
    this.types = types;
    this.resolver = resolver;
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
      case ERROR -> add(from, type.toString(), kind, file, line);
      default -> {
        // primitives, void, type variables (their bounds are recorded where they are declared)
      }
    }
  }

  void annotations(String from, Element element, String file, int line) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      add(from, Annotations.typeName(mirror), DependencyKind.ANNOTATION, file, line);
    }
  }

  /** Resolves every name the scan found in the bodies of one file. */
  void bodies(ScannedFile scan, String file) {
    NameResolver.FileScope scope = resolver.new FileScope(scan.packageName(), scan.imports());
    Map<String, Optional<TypeElement>> owners = new HashMap<>();
    String prefix = scan.packageName().isEmpty() ? "" : scan.packageName() + ".";
    for (RawReference reference : scan.references()) {
      Optional<TypeElement> owner =
          owners.computeIfAbsent(reference.owner(), path -> resolver.lookup(prefix + path));
      if (owner.isPresent()) {
        body(reference, owner.get(), scope, file);
      }
    }
  }

  private void body(RawReference reference, TypeElement owner, NameResolver.FileScope scope, String file) {
    String from = owner.getQualifiedName().toString();
    List<String> names = reference.names();
    Use use = reference.use();
    int line = reference.line();
    if (use.isTypeContext()) {
      scope
          .typePrefix(names, owner)
          .ifPresent(p -> add(from, name(p.type()), DependencyKind.valueOf(use.name()), file, line));
      return;
    }
    if (use == Use.STATIC_IMPORT_CANDIDATE) {
      String name = names.get(0);
      if (!scope.isOwnMember(name, owner)) {
        scope
            .staticImportOwner(name)
            .ifPresent(t -> add(from, name(t), DependencyKind.STATIC_REFERENCE, file, line));
      }
      return;
    }
    if (reference.throughVariable()) {
      scope.typePrefix(names, owner).ifPresent(p -> add(from, name(p.type()), valueKind(use), file, line));
      return;
    }
    Optional<VariableElement> field = scope.field(names.get(0), owner);
    if (field.isPresent()) {
      TypeElement fieldType = typeOf(field.get());
      if (fieldType != null) {
        add(from, name(fieldType), names.size() > 1 ? DependencyKind.FIELD_ACCESS : valueKind(use), file, line);
      }
      return;
    }
    Optional<NameResolver.Prefix> type = scope.typePrefix(names, owner);
    if (type.isPresent()) {
      boolean whole = type.get().used() == names.size();
      DependencyKind kind =
          !whole
              ? DependencyKind.STATIC_REFERENCE
              : switch (use) {
                case CALL_RECEIVER -> DependencyKind.METHOD_CALL;
                case METHOD_REFERENCE -> DependencyKind.METHOD_REFERENCE;
                default -> DependencyKind.STATIC_REFERENCE;
              };
      add(from, name(type.get().type()), kind, file, line);
      return;
    }
    scope
        .staticImportOwner(names.get(0))
        .ifPresent(t -> add(from, name(t), DependencyKind.STATIC_REFERENCE, file, line));
  }

  /** The kind of a use through a value (a field, a local) of the type. */
  private static DependencyKind valueKind(Use use) {
    return switch (use) {
      case CALL_RECEIVER -> DependencyKind.METHOD_CALL;
      case METHOD_REFERENCE -> DependencyKind.METHOD_REFERENCE;
      default -> DependencyKind.FIELD_ACCESS;
    };
  }

  private TypeElement typeOf(VariableElement variable) {
    TypeMirror erased = types.erasure(variable.asType());
    return erased instanceof DeclaredType declared && declared.asElement() instanceof TypeElement t ? t : null;
  }

  private static String name(TypeElement type) {
    return type.getQualifiedName().toString();
  }
}
