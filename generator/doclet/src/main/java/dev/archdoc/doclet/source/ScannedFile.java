package dev.archdoc.doclet.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the syntactic pass learned about one source file.
 *
 * @param declarations every declaration by start offset
 * @param recordComponents record components by {@code "<record start offset>:<name>"}, since
 *     javadoc gives components no tree of their own
 */
public record ScannedFile(
    Path path,
    String packageName,
    List<ImportDeclaration> imports,
    Map<Long, Declaration> declarations,
    Map<String, Declaration> recordComponents,
    List<ProseBlock> prose) {

  public ScannedFile {
    imports = List.copyOf(imports);
    declarations = Map.copyOf(declarations);
    recordComponents = Map.copyOf(recordComponents);
    prose = List.copyOf(prose);
  }

  public static String componentKey(long recordStart, String name) {
    return recordStart + ":" + name;
  }
}
