package dev.archdoc.doclet.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole code model of a system: packages, types (with their members), source files and
 * type-level dependencies, each list sorted so the same sources always give the same model.
 *
 * <p>Lookups: {@link #resolve} turns a code reference as people write it in docs
 * ({@code pkg}, {@code pkg.Type}, {@code pkg.Outer.Inner}, {@code pkg.Type#member},
 * {@code pkg.Type#member(ParamType,...)}) into the element it names, and {@link #candidates}
 * offers close names for a "did you mean" when it names nothing.
 */
public final class CodeModel {

  /** Bumped whenever the JSON form changes incompatibly. */
  public static final int SCHEMA_VERSION = 1;

  /** Written out rather than chained: a model holds hundreds of thousands of dependencies. */
  private static final Comparator<Dependency> DEPENDENCY_ORDER =
      (a, b) -> {
        int order = a.from().compareTo(b.from());
        if (order == 0) {
          order = a.to().compareTo(b.to());
        }
        if (order == 0) {
          order = a.kind().compareTo(b.kind());
        }
        if (order == 0) {
          order = a.file().compareTo(b.file());
        }
        return order != 0 ? order : Integer.compare(a.line(), b.line());
      };

  private final List<CodePackage> packages;
  private final List<CodeType> types;
  private final List<SourceFile> files;
  private final List<Dependency> dependencies;
  private final Map<String, CodePackage> packagesByName = new LinkedHashMap<>();
  private final Map<String, CodeType> typesByName = new LinkedHashMap<>();
  private final Map<String, CodeMember> membersById = new LinkedHashMap<>();
  private final Map<String, List<Dependency>> dependenciesByType = new HashMap<>();

  public CodeModel(
      List<CodePackage> packages,
      List<CodeType> types,
      List<SourceFile> files,
      List<Dependency> dependencies) {
    this.packages = sorted(packages, Comparator.comparing(CodePackage::name));
    this.types = sorted(types, Comparator.comparing(CodeType::qualifiedName));
    this.files = sorted(files, Comparator.comparing(SourceFile::path));
    this.dependencies = sorted(dependencies, DEPENDENCY_ORDER);
    this.packages.forEach(p -> packagesByName.put(p.name(), p));
    for (CodeType type : this.types) {
      typesByName.put(type.qualifiedName(), type);
      type.members().forEach(m -> membersById.put(m.id(), m));
    }
    for (Dependency d : this.dependencies) {
      dependenciesByType.computeIfAbsent(d.from(), k -> new ArrayList<>()).add(d);
    }
  }

  /** A model with nothing in it, for a project whose sources could not be read at all. */
  public static CodeModel empty() {
    return new CodeModel(List.of(), List.of(), List.of(), List.of());
  }

  public List<CodePackage> packages() {
    return packages;
  }

  public List<CodeType> types() {
    return types;
  }

  public List<SourceFile> files() {
    return files;
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  public Optional<CodePackage> findPackage(String name) {
    return Optional.ofNullable(packagesByName.get(name));
  }

  /** The type with exactly this qualified name ({@code pkg.Outer.Inner}). */
  public Optional<CodeType> findType(String qualifiedName) {
    return Optional.ofNullable(typesByName.get(qualifiedName));
  }

  /** The member with exactly this canonical id (see {@link CodeMember}). */
  public Optional<CodeMember> findMember(String id) {
    return Optional.ofNullable(membersById.get(id));
  }

  /** The types declared directly in a package, sorted by name. */
  public List<CodeType> typesIn(String packageName) {
    return types.stream().filter(t -> t.packageName().equals(packageName)).toList();
  }

  /** Every use the type's own code makes of other types, sorted. */
  public List<Dependency> dependenciesOf(String qualifiedTypeName) {
    return List.copyOf(dependenciesByType.getOrDefault(qualifiedTypeName, List.of()));
  }

  /**
   * The element a code reference names, or empty. A member name without a parameter list picks a
   * field, enum constant or record component of that name first, then the first method or
   * constructor of that name in source order. Parameter types may be written fully qualified or
   * by simple name, with or without generics, varargs as {@code ...} or {@code []}; {@code $}
   * is read as {@code .}.
   */
  public Optional<CodeElement> resolve(String reference) {
    return new ReferenceResolver(this).resolve(reference);
  }

  /** Up to {@code limit} existing ids close to a reference that resolves to nothing, best first. */
  public List<String> candidates(String reference, int limit) {
    return new NearNames(this).near(reference, limit);
  }

  Map<String, CodeType> typesByName() {
    return typesByName;
  }

  Map<String, CodePackage> packagesByName() {
    return packagesByName;
  }

  private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return List.copyOf(copy);
  }
}
