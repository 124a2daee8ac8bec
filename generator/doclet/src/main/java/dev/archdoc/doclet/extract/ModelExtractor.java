package dev.archdoc.doclet.extract;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import dev.archdoc.doclet.attribution.BodyUse;
import dev.archdoc.doclet.model.AnnotationUse;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.DependencyKind;
import dev.archdoc.doclet.model.Doc;
import dev.archdoc.doclet.model.Fingerprint;
import dev.archdoc.doclet.model.Parameter;
import dev.archdoc.doclet.model.Prose;
import dev.archdoc.doclet.model.SourceFile;
import dev.archdoc.doclet.model.SourceSpan;
import dev.archdoc.doclet.source.Declaration;
import dev.archdoc.doclet.source.Hashes;
import dev.archdoc.doclet.source.ProseBlock;
import dev.archdoc.doclet.source.ScannedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Builds the {@link CodeModel} from javac's elements of the project's files and the syntactic scan of them. */
public final class ModelExtractor {

  /** Where an element is: its file, its scan, its start offset and its span. */
  private record Location(String file, ScannedFile scan, long start, SourceSpan span, String bodyHash) {}

  private final ExtractionScope env;
  private final DocTrees trees;
  private final Elements elements;
  private final Types types;
  private final Map<Path, ScannedFile> scans;
  private final Path projectRoot;
  private final ElementIds ids;
  private final DocRenderer docs;
  private final ElementPaths paths;
  private DependencyCollector dependencies;
  private final Map<CompilationUnitTree, Path> unitPaths = new IdentityHashMap<>();
  private final Map<Path, String> relativePaths = new HashMap<>();

  private ModelExtractor(
      ExtractionScope env, Map<Path, ScannedFile> scans, Path projectRoot) {
    this.env = env;
    this.trees = env.trees();
    this.elements = env.elements();
    this.types = env.types();
    this.scans = scans;
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.ids = new ElementIds(types);
    this.paths = new ElementPaths(trees);
    this.docs = new DocRenderer(trees, elements, types, ids, paths);
  }

  /**
   * Reads every included package and type.
   *
   * @param scans the syntactic scan of every included file, by absolute normalized path
   * @param bodies the types each file's bodies use, by absolute normalized path
   * @param projectRoot file paths in the model are relative to this folder
   */
  public static CodeModel extract(
      ExtractionScope env, Map<Path, ScannedFile> scans, Map<Path, List<BodyUse>> bodies, Path projectRoot) {
    return declarations(env, scans, projectRoot).withBodies(bodies);
  }

  /**
   * Reads every included package and type now, the bodies' dependencies later: archdoc's javac
   * task reads the declarations before it attributes the bodies, so that the model sees what
   * javadoc saw (attribution adds to the elements, e.g. an enum's constant bodies as permitted
   * subclasses), and the bodies' uses once they are attributed.
   */
  public static Declarations declarations(ExtractionScope env, Map<Path, ScannedFile> scans, Path projectRoot) {
    return declarations(env, scans, projectRoot, Set.of());
  }

  /**
   * As {@link #declarations(ExtractionScope, Map, Path)}, when only some files are read again.
   *
   * @param otherTypes the qualified names of the model's types in the files not read again: a
   *     dependency on one of them is not external
   */
  public static Declarations declarations(
      ExtractionScope env, Map<Path, ScannedFile> scans, Path projectRoot, Set<String> otherTypes) {
    ModelExtractor extractor = new ModelExtractor(env, scans, projectRoot);
    extractor.readDeclarations(otherTypes);
    return extractor.new Declarations();
  }

  /** The packages and types read; the model once the bodies' uses are added. */
  public final class Declarations {

    private Declarations() {}

    /** The model, with the types each file's bodies use (by absolute normalized path). */
    public CodeModel withBodies(Map<Path, List<BodyUse>> bodies) {
      return finish(bodies);
    }
  }

  private final Map<String, List<String>> topLevelByFile = new TreeMap<>();
  private final List<CodeType> codeTypes = new ArrayList<>();
  private final List<CodePackage> codePackages = new ArrayList<>();

  private void readDeclarations(Set<String> otherTypes) {
    Set<TypeElement> included = new LinkedHashSet<>();
    for (TypeElement type : env.includedTypes()) {
      collect(type, included);
    }
    Set<String> modelTypes = new HashSet<>(otherTypes);
    included.forEach(t -> modelTypes.add(t.getQualifiedName().toString()));
    dependencies = new DependencyCollector(types, modelTypes);

    Set<PackageElement> packages = new LinkedHashSet<>(env.includedPackages());
    for (TypeElement type : included) {
      packages.add(elements.getPackageOf(type));
      Location location = locate(type);
      if (location == null) {
        continue;
      }
      codeTypes.add(type(type, location));
      if (type.getEnclosingElement() instanceof PackageElement) {
        topLevelByFile.computeIfAbsent(location.file, f -> new ArrayList<>()).add(type.getQualifiedName().toString());
      }
    }
    for (PackageElement pkg : packages) {
      codePackages.add(pkg(pkg));
    }
  }

  private CodeModel finish(Map<Path, List<BodyUse>> bodies) {
    List<SourceFile> sourceFiles = new ArrayList<>();
    for (ScannedFile scan : scans.values()) {
      String file = relative(scan.path());
      dependencies.bodies(bodies.getOrDefault(scan.path(), List.of()), file);
      List<Prose> fileProse = new ArrayList<>();
      for (ProseBlock block : scan.prose()) {
        if (block.owner() == ProseBlock.FILE) {
          fileProse.add(prose(file, block));
        }
      }
      sourceFiles.add(new SourceFile(file, scan.packageName(), topLevelByFile.getOrDefault(file, List.of()), fileProse));
    }
    return new CodeModel(codePackages, codeTypes, sourceFiles, dependencies.dependencies());
  }

  private void collect(TypeElement type, Set<TypeElement> into) {
    if (!into.add(type)) {
      return;
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      if (env.isIncluded(nested)) {
        collect(nested, into);
      }
    }
  }

  // ---- packages -----------------------------------------------------------------------------

  private CodePackage pkg(PackageElement pkg) {
    Location location = locate(pkg);
    List<Prose> prose = new ArrayList<>();
    if (location != null && location.scan != null) {
      for (ProseBlock block : location.scan.prose()) {
        prose.add(prose(location.file, block));
      }
    }
    return new CodePackage(
        pkg.getQualifiedName().toString(),
        location == null ? null : location.span,
        location == null ? Doc.NONE : docs.render(pkg),
        Annotations.of(pkg),
        Annotations.decisions(pkg),
        prose);
  }

  // ---- types --------------------------------------------------------------------------------

  private CodeType type(TypeElement type, Location location) {
    String name = type.getQualifiedName().toString();
    String file = location.file;
    int line = location.span.startLine();
    dependencies.annotations(name, type, file, line);

    List<String> typeParameters = typeParameters(name, type.getTypeParameters(), file, line);
    String superclass = null;
    TypeMirror superType = type.getSuperclass();
    // Object, Record and Enum as implicit superclasses are no one's decision: not shown, no dependency
    if (type.getKind() == ElementKind.CLASS
        && superType.getKind() != TypeKind.NONE
        && !superType.toString().equals("java.lang.Object")) {
      superclass = superType.toString();
      dependencies.typeUse(name, superType, DependencyKind.EXTENDS, file, line);
    }
    List<String> interfaces = new ArrayList<>();
    DependencyKind interfaceKind =
        type.getKind().isInterface() ? DependencyKind.EXTENDS : DependencyKind.IMPLEMENTS;
    for (TypeMirror implemented : type.getInterfaces()) {
      interfaces.add(implemented.toString());
      dependencies.typeUse(name, implemented, interfaceKind, file, line);
    }
    List<String> permitted = new ArrayList<>();
    for (TypeMirror sub : type.getPermittedSubclasses()) {
      String subName = ids.erased(sub);
      permitted.add(subName);
      dependencies.add(name, subName, DependencyKind.PERMITS, file, line);
    }

    List<AnnotationUse> annotations = Annotations.ofType(type, trees);
    List<String> modifiers = modifiers(type);
    String signature =
        String.join(" ", annotationText(annotations), kind(type).name(), String.join(" ", modifiers), name,
            String.join(",", typeParameters), String.valueOf(superclass), String.join(",", interfaces),
            String.join(",", permitted));
    return new CodeType(
        name,
        elements.getPackageOf(type).getQualifiedName().toString(),
        type.getSimpleName().toString(),
        kind(type),
        modifiers,
        typeParameters,
        superclass,
        interfaces,
        permitted,
        type.getEnclosingElement() instanceof TypeElement outer ? outer.getQualifiedName().toString() : null,
        location.span,
        docs.render(type),
        annotations,
        Annotations.decisions(type),
        prose(location),
        new Fingerprint(Hashes.of(signature), location.bodyHash),
        members(type, location));
  }

  private static CodeType.Kind kind(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> CodeType.Kind.INTERFACE;
      case ENUM -> CodeType.Kind.ENUM;
      case RECORD -> CodeType.Kind.RECORD;
      case ANNOTATION_TYPE -> CodeType.Kind.ANNOTATION;
      default -> CodeType.Kind.CLASS;
    };
  }

  // ---- members ------------------------------------------------------------------------------

  private List<CodeMember> members(TypeElement type, Location typeLocation) {
    boolean record = type.getKind() == ElementKind.RECORD;
    Set<String> components = new HashSet<>();
    List<CodeMember> members = new ArrayList<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      components.add(component.getSimpleName().toString());
      members.add(component(type, component, typeLocation));
    }
    for (Element element : type.getEnclosedElements()) {
      ElementKind kind = element.getKind();
      boolean member =
          kind == ElementKind.FIELD || kind == ElementKind.ENUM_CONSTANT
              || kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR;
      if (!member || elements.getOrigin(element) != Elements.Origin.EXPLICIT || !env.isIncluded(element)) {
        continue;
      }
      if (record && kind == ElementKind.FIELD && !element.getModifiers().contains(Modifier.STATIC)) {
        continue; // the private field behind a record component
      }
      Location location = locate(element);
      if (location == null) {
        continue;
      }
      boolean implicitAccessor =
          record && kind == ElementKind.METHOD && components.contains(element.getSimpleName().toString())
              && ((ExecutableElement) element).getParameters().isEmpty()
              && (location.scan == null
                  || !location.scan.declarations().containsKey(location.start)
                  || location.scan.recordComponents().containsValue(location.scan.declarations().get(location.start)));
      if (implicitAccessor) {
        continue;
      }
      members.add(element instanceof ExecutableElement method ? executable(method, location) : field((VariableElement) element, location));
    }
    members.sort(Comparator.comparing(CodeMember::id));
    return members;
  }

  private CodeMember field(VariableElement field, Location location) {
    String owner = ownerName(field);
    boolean constant = field.getKind() == ElementKind.ENUM_CONSTANT;
    if (!constant) {
      dependencies.typeUse(owner, field.asType(), DependencyKind.FIELD_TYPE, location.file, location.span.startLine());
    }
    dependencies.annotations(owner, field, location.file, location.span.startLine());
    List<AnnotationUse> annotations = Annotations.of(field);
    List<String> modifiers = constant ? List.of() : modifiers(field);
    String type = field.asType().toString();
    String signature =
        constant ? field.getSimpleName().toString() : join(String.join(" ", modifiers), type, field.getSimpleName().toString());
    return new CodeMember(
        ids.of(field), owner, field.getSimpleName().toString(),
        constant ? CodeMember.Kind.ENUM_CONSTANT : CodeMember.Kind.FIELD,
        modifiers, List.of(), type, List.of(), List.of(), signature, location.span,
        docs.render(field), annotations, Annotations.decisions(field), prose(location),
        new Fingerprint(Hashes.of(annotationText(annotations) + " " + signature), location.bodyHash));
  }

  private CodeMember component(TypeElement record, RecordComponentElement component, Location recordLocation) {
    String owner = record.getQualifiedName().toString();
    String name = component.getSimpleName().toString();
    Declaration declaration =
        recordLocation.scan == null
            ? null
            : recordLocation.scan.recordComponents().get(ScannedFile.componentKey(recordLocation.start, name));
    SourceSpan span =
        declaration == null
            ? recordLocation.span
            : new SourceSpan(recordLocation.file, declaration.startLine(), declaration.endLine());
    Location location =
        new Location(recordLocation.file, recordLocation.scan, declaration == null ? -2 : declaration.start(), span, "");
    dependencies.typeUse(owner, component.asType(), DependencyKind.RECORD_COMPONENT, location.file, span.startLine());
    dependencies.annotations(owner, component, location.file, span.startLine());
    List<AnnotationUse> annotations = Annotations.of(component);
    String type = component.asType().toString();
    String signature = type + " " + name;
    return new CodeMember(
        owner + "#" + name, owner, name, CodeMember.Kind.RECORD_COMPONENT, List.of(), List.of(), type,
        List.of(), List.of(), signature, span, docs.componentDoc(record, name), annotations,
        Annotations.decisions(component), prose(location),
        new Fingerprint(Hashes.of(annotationText(annotations) + " " + signature), ""));
  }

  private CodeMember executable(ExecutableElement method, Location location) {
    String owner = ownerName(method);
    String file = location.file;
    int line = location.span.startLine();
    boolean constructor = method.getKind() == ElementKind.CONSTRUCTOR;
    dependencies.annotations(owner, method, file, line);
    List<String> typeParameters = typeParameters(owner, method.getTypeParameters(), file, line);
    String returnType = null;
    if (!constructor) {
      returnType = method.getReturnType().toString();
      dependencies.typeUse(owner, method.getReturnType(), DependencyKind.RETURN_TYPE, file, line);
    }
    List<Parameter> parameters = new ArrayList<>();
    List<? extends VariableElement> declared = method.getParameters();
    for (int i = 0; i < declared.size(); i++) {
      VariableElement p = declared.get(i);
      String type = p.asType().toString();
      if (method.isVarArgs() && i == declared.size() - 1 && type.endsWith("[]")) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      parameters.add(new Parameter(p.getSimpleName().toString(), type));
      dependencies.typeUse(owner, p.asType(), DependencyKind.PARAMETER_TYPE, file, line);
      dependencies.annotations(owner, p, file, line);
    }
    List<String> thrown = new ArrayList<>();
    for (TypeMirror t : method.getThrownTypes()) {
      thrown.add(t.toString());
      dependencies.typeUse(owner, t, DependencyKind.THROWS, file, line);
    }
    List<String> modifiers = modifiers(method);
    String name = constructor ? method.getEnclosingElement().getSimpleName().toString() : method.getSimpleName().toString();
    StringJoiner params = new StringJoiner(", ", "(", ")");
    parameters.forEach(p -> params.add(p.type() + " " + p.name()));
    String signature =
        join(
            String.join(" ", modifiers),
            typeParameters.isEmpty() ? "" : "<" + String.join(", ", typeParameters) + ">",
            returnType == null ? "" : returnType,
            name + params + (thrown.isEmpty() ? "" : " throws " + String.join(", ", thrown)));
    List<AnnotationUse> annotations = Annotations.of(method);
    return new CodeMember(
        ids.of(method), owner, name, constructor ? CodeMember.Kind.CONSTRUCTOR : CodeMember.Kind.METHOD,
        modifiers, typeParameters, returnType, parameters, thrown, signature, location.span,
        docs.render(method), annotations, Annotations.decisions(method), prose(location),
        new Fingerprint(Hashes.of(annotationText(annotations) + " " + signature), location.bodyHash));
  }

  // ---- shared pieces ------------------------------------------------------------------------

  private List<String> typeParameters(String owner, List<? extends TypeParameterElement> parameters, String file, int line) {
    List<String> written = new ArrayList<>();
    for (TypeParameterElement parameter : parameters) {
      List<String> bounds = new ArrayList<>();
      for (TypeMirror bound : parameter.getBounds()) {
        if (!bound.toString().equals("java.lang.Object")) {
          bounds.add(bound.toString());
          dependencies.typeUse(owner, bound, DependencyKind.TYPE_PARAMETER_BOUND, file, line);
        }
      }
      written.add(parameter.getSimpleName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
    }
    return written;
  }

  private static List<String> modifiers(Element element) {
    return element.getModifiers().stream().sorted().map(Modifier::toString).toList();
  }

  private static String annotationText(List<AnnotationUse> annotations) {
    StringJoiner text = new StringJoiner(" ");
    for (AnnotationUse a : annotations) {
      if (!a.resolved()) {
        continue; // read from the source when javac could not resolve it: it must not change a signature
      }
      text.add("@" + a.type() + new TreeMap<>(a.values()));
    }
    return text.toString();
  }

  private static String join(String... parts) {
    StringJoiner joined = new StringJoiner(" ");
    for (String part : parts) {
      if (!part.isEmpty()) {
        joined.add(part);
      }
    }
    return joined.toString();
  }

  private static String ownerName(Element member) {
    return ((TypeElement) member.getEnclosingElement()).getQualifiedName().toString();
  }

  private Location locate(Element element) {
    TreePath path = paths.of(element);
    if (path == null) {
      return null;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    Path absolute = unitPaths.computeIfAbsent(unit, u -> Path.of(u.getSourceFile().toUri()).toAbsolutePath().normalize());
    String file = relative(absolute);
    long start = trees.getSourcePositions().getStartPosition(unit, path.getLeaf());
    ScannedFile scan = scans.get(absolute);
    Declaration declaration = scan == null ? null : scan.declarations().get(start);
    if (declaration != null) {
      return new Location(file, scan, start, new SourceSpan(file, declaration.startLine(), declaration.endLine()), declaration.bodyHash());
    }
    int line = start < 0 ? 1 : (int) unit.getLineMap().getLineNumber(start);
    return new Location(file, scan, start, new SourceSpan(file, line, line), "");
  }

  private List<Prose> prose(Location location) {
    List<Prose> prose = new ArrayList<>();
    if (location.scan == null) {
      return prose;
    }
    for (ProseBlock block : location.scan.prose()) {
      if (block.owner() == location.start) {
        prose.add(prose(location.file, block));
      }
    }
    return prose;
  }

  private static Prose prose(String file, ProseBlock block) {
    return new Prose(new SourceSpan(file, block.startLine(), block.endLine()), block.markdown());
  }

  private String relative(Path absolute) {
    return relativePaths.computeIfAbsent(absolute, this::relativize);
  }

  private String relativize(Path absolute) {
    Path shown = absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

}
