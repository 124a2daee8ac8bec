package dev.archdoc.doclet.extract;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The tree path of each element. {@code DocTrees.getPath(Element)} searches the whole file for
 * elements javadoc did not record (fields, enum constants), which made finding every member
 * quadratic in the file's size; here a type's path is asked for once and its members' paths are
 * read off its tree.
 */
final class ElementPaths {

  private final DocTrees trees;
  private final Map<Element, TreePath> paths = new HashMap<>();

  ElementPaths(DocTrees trees) {
    this.trees = trees;
  }

  TreePath of(Element element) {
    TreePath known = paths.get(element);
    if (known != null) {
      return known;
    }
    if (element instanceof TypeElement type) {
      TreePath path = trees.getPath(type);
      if (path != null) {
        paths.put(type, path);
        readMembers(path);
      }
      return path;
    }
    if (element.getEnclosingElement() instanceof TypeElement owner && !paths.containsKey(owner)) {
      of(owner);
      known = paths.get(element);
      if (known != null) {
        return known;
      }
    }
    TreePath path = trees.getPath(element);
    if (path != null) {
      paths.put(element, path);
    }
    return path;
  }

  private void readMembers(TreePath typePath) {
    if (!(typePath.getLeaf() instanceof ClassTree type)) {
      return;
    }
    for (Tree member : type.getMembers()) {
      if (member.getKind() == Tree.Kind.BLOCK) {
        continue;
      }
      TreePath path = new TreePath(typePath, member);
      Element element = trees.getElement(path);
      if (element != null) {
        paths.putIfAbsent(element, path);
      }
    }
  }
}
