package dev.archdoc.doclet.extract;

import dev.archdoc.doclet.source.ImportDeclaration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Resolves names as written in a body to types, the way javac's scoping would for the common
 * cases: enclosing and inherited member types, imports, the same package, {@code java.lang},
 * fully qualified names; and fields (own, inherited, statically imported) to their declarations.
 * Every lookup is cached, because the same few names recur thousands of times.
 */
final class NameResolver {

  private final Elements elements;
  private final Map<String, Optional<TypeElement>> byQualifiedName = new HashMap<>();
  private final Map<String, Map<String, TypeElement>> packageTypes = new HashMap<>();
  private final Map<TypeElement, Map<String, TypeElement>> memberTypes = new HashMap<>();
  private final Map<TypeElement, Map<String, Element>> memberValues = new HashMap<>();

  NameResolver(Elements elements) {
    this.elements = elements;
  }

  /** The scope of one file: its package and imports, with per-owner caches. */
  final class FileScope {
    private final String packageName;
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<ImportDeclaration> imports;
    private final Map<String, Optional<TypeElement>> simpleNames = new HashMap<>();

    FileScope(String packageName, List<ImportDeclaration> imports) {
      this.packageName = packageName;
      this.imports = imports;
      for (ImportDeclaration imp : imports) {
        if (!imp.onDemand()) {
          singleImports.put(imp.name().substring(imp.name().lastIndexOf('.') + 1), imp.name());
        }
      }
    }

    /** The type a simple name denotes inside {@code owner}. */
    Optional<TypeElement> type(String name, TypeElement owner) {
      String key = owner.getQualifiedName() + "|" + name;
      Optional<TypeElement> cached = simpleNames.get(key);
      if (cached == null) {
        cached = Optional.ofNullable(findType(name, owner));
        simpleNames.put(key, cached);
      }
      return cached;
    }

    private TypeElement findType(String name, TypeElement owner) {
      for (Element at = owner; at instanceof TypeElement type; at = at.getEnclosingElement()) {
        if (type.getSimpleName().contentEquals(name)) {
          return type;
        }
        TypeElement member = memberTypes(type).get(name);
        if (member != null) {
          return member;
        }
      }
      String imported = singleImports.get(name);
      if (imported != null) {
        Optional<TypeElement> type = lookup(imported);
        if (type.isPresent()) {
          return type.get();
        }
      }
      TypeElement samePackage = inPackage(packageName, name);
      if (samePackage != null) {
        return samePackage;
      }
      for (ImportDeclaration imp : imports) {
        if (imp.onDemand()) {
          TypeElement type = inPackage(imp.name(), name);
          if (type == null) {
            type = lookup(imp.name()).map(outer -> memberTypes(outer).get(name)).orElse(null);
          }
          if (type != null) {
            return type;
          }
        }
      }
      return inPackage("java.lang", name);
    }

    /**
     * The type a dotted name starts with, and how many of its names that type used up:
     * {@code [Outer, Inner, FIELD]} gives {@code (Outer.Inner, 2)}.
     */
    Optional<Prefix> typePrefix(List<String> names, TypeElement owner) {
      TypeElement type = type(names.get(0), owner).orElse(null);
      int used = 1;
      if (type == null) {
        StringBuilder qualified = new StringBuilder(names.get(0));
        for (used = 2; used <= names.size() && type == null; used++) {
          qualified.append('.').append(names.get(used - 1));
          type = lookup(qualified.toString()).orElse(null);
        }
        used--;
        if (type == null) {
          return Optional.empty();
        }
      }
      while (used < names.size()) {
        TypeElement nested = memberTypes(type).get(names.get(used));
        if (nested == null) {
          break;
        }
        type = nested;
        used++;
      }
      return Optional.of(new Prefix(type, used));
    }

    /** A field or enum constant visible by simple name inside {@code owner}. */
    Optional<VariableElement> field(String name, TypeElement owner) {
      for (Element at = owner; at instanceof TypeElement type; at = at.getEnclosingElement()) {
        if (memberValues(type).get(name) instanceof VariableElement field) {
          return Optional.of(field);
        }
      }
      return Optional.empty();
    }

    /** True when {@code owner} or a type around it has a method or field of that name. */
    boolean isOwnMember(String name, TypeElement owner) {
      for (Element at = owner; at instanceof TypeElement type; at = at.getEnclosingElement()) {
        if (memberValues(type).containsKey(name)) {
          return true;
        }
      }
      return false;
    }

    /** The type a static import brings {@code name} from, if one does. */
    Optional<TypeElement> staticImportOwner(String name) {
      for (ImportDeclaration imp : imports) {
        if (!imp.isStatic()) {
          continue;
        }
        if (!imp.onDemand() && imp.name().endsWith("." + name)) {
          Optional<TypeElement> owner = lookup(imp.name().substring(0, imp.name().lastIndexOf('.')));
          if (owner.isPresent()) {
            return owner;
          }
        } else if (imp.onDemand()) {
          Optional<TypeElement> owner = lookup(imp.name());
          if (owner.isPresent() && memberValues(owner.get()).containsKey(name)) {
            return owner;
          }
        }
      }
      return Optional.empty();
    }
  }

  record Prefix(TypeElement type, int used) {}

  /**
   * A top-level type of a package by simple name. The package's members are listed once and
   * kept, which is far cheaper than asking the compiler for names that turn out not to exist.
   */
  private TypeElement inPackage(String packageName, String simpleName) {
    return packageTypes.computeIfAbsent(packageName, this::listPackage).get(simpleName);
  }

  private Map<String, TypeElement> listPackage(String packageName) {
    Map<String, TypeElement> types = new HashMap<>();
    try {
      PackageElement pkg = elements.getPackageElement(packageName);
      if (pkg != null) {
        for (Element member : pkg.getEnclosedElements()) {
          if (member instanceof TypeElement type) {
            types.put(type.getSimpleName().toString(), type);
          }
        }
      }
    } catch (RuntimeException unreadable) {
      // a package javac cannot list (a broken jar) names nothing
    }
    return types;
  }

  Optional<TypeElement> lookup(String qualifiedName) {
    Optional<TypeElement> cached = byQualifiedName.get(qualifiedName);
    if (cached == null) {
      TypeElement found;
      try {
        found = elements.getTypeElement(qualifiedName);
      } catch (RuntimeException unreadable) {
        // a class file javac cannot complete (broken jar on the class path) names nothing
        found = null;
      }
      cached = Optional.ofNullable(found);
      byQualifiedName.put(qualifiedName, cached);
    }
    return cached;
  }

  private Map<String, TypeElement> memberTypes(TypeElement type) {
    return memberTypes.computeIfAbsent(
        type,
        t -> {
          Map<String, TypeElement> found = new HashMap<>();
          for (Element e : allMembers(t)) {
            if (e instanceof TypeElement member) {
              found.putIfAbsent(member.getSimpleName().toString(), member);
            }
          }
          return found;
        });
  }

  private Map<String, Element> memberValues(TypeElement type) {
    return memberValues.computeIfAbsent(
        type,
        t -> {
          Map<String, Element> found = new HashMap<>();
          for (Element e : allMembers(t)) {
            ElementKind kind = e.getKind();
            if (kind == ElementKind.FIELD || kind == ElementKind.ENUM_CONSTANT) {
              found.put(e.getSimpleName().toString(), e);
            } else if (kind == ElementKind.METHOD) {
              found.putIfAbsent(e.getSimpleName().toString(), e);
            }
          }
          return found;
        });
  }

  private List<? extends Element> allMembers(TypeElement type) {
    try {
      return elements.getAllMembers(type);
    } catch (RuntimeException incomplete) {
      // supertypes that cannot be completed: fall back to what the type declares itself
      return type.getEnclosedElements();
    }
  }
}
