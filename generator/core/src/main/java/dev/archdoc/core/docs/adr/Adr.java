package dev.archdoc.core.docs.adr;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One architecture decision record, as read from its file. Relations and {@code governs} entries
 * are kept as written; the {@link DecisionGraph} and the linker resolve them.
 *
 * @param id from the file name
 * @param file relative to the project root
 * @param format how its metadata was written
 * @param title without the adr-tools number or a "[Superseded by ...]" marker; never empty (the
 *     file name stands in when the ADR has no title)
 * @param titleLine 1-based, or 0 when the title came from the file name
 * @param status the normalised status and the text as written
 * @param date when it states one
 * @param deciders deciders / decision-makers
 * @param consulted people consulted (MADR's RACI)
 * @param informed people informed (MADR's RACI)
 * @param tags tags, in the order written
 * @param governs the code it governs, unresolved, with lines
 * @param relations what it states about other ADRs, with lines
 * @param extra metadata keys archdoc has no use for (e.g. {@code nav_order}), kept for templates
 * @param body the document text after the title (or header), to be rendered later
 * @param bodyLine the 1-based line the body starts on
 * @param metadataLines for each metadata item read (title, status, date, deciders, ...), its line
 */
public record Adr(
    AdrId id,
    Path file,
    AdrFormat format,
    String title,
    int titleLine,
    AdrStatus status,
    Optional<AdrDate> date,
    List<String> deciders,
    List<String> consulted,
    List<String> informed,
    List<String> tags,
    List<GovernedElement> governs,
    List<StatedRelation> relations,
    Map<String, String> extra,
    String body,
    int bodyLine,
    Map<String, Integer> metadataLines) {

  public Adr {
    deciders = List.copyOf(deciders);
    consulted = List.copyOf(consulted);
    informed = List.copyOf(informed);
    tags = List.copyOf(tags);
    governs = List.copyOf(governs);
    relations = List.copyOf(relations);
    extra = Map.copyOf(extra);
    metadataLines = Map.copyOf(metadataLines);
  }

  /** {@code ADR-4}, or the slug. */
  public String displayId() {
    return id.display();
  }

  /** The 1-based line of a metadata item ({@code status}, {@code date}, ...), if it was read. */
  public Optional<Integer> lineOf(String item) {
    return Optional.ofNullable(metadataLines.get(item));
  }

  public List<StatedRelation> relations(RelationKind kind) {
    return relations.stream().filter(relation -> relation.kind() == kind).toList();
  }
}
