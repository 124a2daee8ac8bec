package dev.archdoc.doclet.extract;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import dev.archdoc.annotations.Decision;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import jdk.javadoc.doclet.DocletEnvironment;

/**
 * What {@link ModelExtractor} reads: javac's utilities, the project's types, and which members
 * belong to the model. Two sources give it: one plain javac task over the files (how archdoc
 * reads code, ADR-33), and a {@link DocletEnvironment} (the {@code archdoc} doclet run by the
 * {@code javadoc} tool). Both include what {@code javadoc -private} includes for a list of files:
 * every type declared in them, nested ones too, and every member of those that is not synthetic.
 */
@Decision(value = "ADR-33", note = "the extractor reads javac's elements, not javadoc's environment")
public interface ExtractionScope {

  DocTrees trees();

  Elements elements();

  Types types();

  /** The project's types: each file's top-level types and, recursively, their nested ones. */
  Set<TypeElement> includedTypes();

  /** True for an included type, or a member of one that the source declares. */
  boolean isIncluded(Element element);

  /**
   * Packages read even when none of their types is included: when some files are read again, the
   * packages of those files (their {@code package-info.java} among them). Empty otherwise.
   */
  default Set<PackageElement> includedPackages() {
    return Set.of();
  }

  /** The types and members javadoc selected. */
  static ExtractionScope of(DocletEnvironment env) {
    Set<TypeElement> types = new LinkedHashSet<>(ElementFilter.typesIn(env.getIncludedElements()));
    return new Fixed(env.getDocTrees(), env.getElementUtils(), env.getTypeUtils(), types, env::isIncluded, Set.of());
  }

  /**
   * The types the compilation units declare, as javadoc includes them for files given on its
   * command line: each top-level class declaration with a valid name, then its nested types.
   */
  static ExtractionScope of(
      DocTrees trees, Elements elements, Types types, Iterable<? extends CompilationUnitTree> units) {
    Set<TypeElement> included = new LinkedHashSet<>();
    for (CompilationUnitTree unit : units) {
      TreePath unitPath = new TreePath(unit);
      for (Tree declaration : unit.getTypeDecls()) {
        if (declaration instanceof ClassTree
            && trees.getElement(new TreePath(unitPath, declaration)) instanceof TypeElement type) {
          addWithNested(type, included);
        }
      }
    }
    Set<TypeElement> frozen = Collections.unmodifiableSet(included);
    return new Fixed(trees, elements, types, frozen, element -> included(element, frozen, elements), Set.of());
  }

  /** As {@link #of(DocTrees, Elements, Types, Iterable)}, with the packages of the units read too. */
  static ExtractionScope withPackages(
      DocTrees trees, Elements elements, Types types, Iterable<? extends CompilationUnitTree> units) {
    ExtractionScope declared = of(trees, elements, types, units);
    Set<PackageElement> packages = new LinkedHashSet<>();
    for (CompilationUnitTree unit : units) {
      if (unit.getPackage() != null
          && trees.getElement(new TreePath(new TreePath(unit), unit.getPackage())) instanceof PackageElement pkg) {
        packages.add(pkg);
      }
    }
    Set<PackageElement> frozen = Collections.unmodifiableSet(packages);
    return new Fixed(trees, elements, types, declared.includedTypes(), declared::isIncluded, frozen);
  }

  private static void addWithNested(TypeElement type, Set<TypeElement> into) {
    if (!validName(type.getSimpleName().toString()) || !into.add(type)) {
      return;
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      addWithNested(nested, into);
    }
  }

  /** javadoc's {@code JavadocTool.isValidClassName}: a class javac made up after a syntax error has none. */
  private static boolean validName(String name) {
    if (name.isEmpty() || name.equals("package-info") || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(Character::isJavaIdentifierPart);
  }

  private static boolean included(Element element, Set<TypeElement> types, Elements elements) {
    if (element instanceof TypeElement type) {
      return types.contains(type);
    }
    return element.getEnclosingElement() instanceof TypeElement owner
        && types.contains(owner)
        && elements.getOrigin(element) != Elements.Origin.SYNTHETIC;
  }

  /** A scope whose parts are given. */
  record Fixed(
      DocTrees trees,
      Elements elements,
      Types types,
      Set<TypeElement> includedTypes,
      Predicate<Element> included,
      Set<PackageElement> includedPackages)
      implements ExtractionScope {

    @Override
    public boolean isIncluded(Element element) {
      return included.test(element);
    }
  }
}
