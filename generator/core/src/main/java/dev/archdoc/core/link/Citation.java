package dev.archdoc.core.link;

import dev.archdoc.core.docs.adr.AdrId;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code @Decision} in the code: an element saying it carries out an ADR.
 *
 * @param element the id of the annotated package, type or member
 * @param file the source file of the element, relative to the project root
 * @param line the line the element is declared on
 * @param written the ADR id as written in the annotation ({@code "ADR-4"}, {@code "0004"})
 * @param note the annotation's note, empty when none
 * @param adr the ADR it names, empty when no ADR of the system has that id
 */
public record Citation(
    String element, Path file, int line, String written, String note, Optional<AdrId> adr) {}
