package dev.archdoc.core.pipeline;

import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.docs.DocSet;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.link.Links;
import dev.archdoc.doclet.model.CodeModel;
import java.util.List;
import java.util.stream.Stream;

/**
 * One system read and linked: its configuration, code, docs and the links between them.
 *
 * @param codeFindings problems reading the code (sources that do not compile, unresolved
 *     annotations), under rule {@link Pipeline#CODE_MODEL_RULE}
 */
public record SystemModel(
    SystemConfig config, CodeModel code, DocSet docs, Links links, List<Finding> codeFindings) {

  public SystemModel {
    codeFindings = List.copyOf(codeFindings);
  }

  public String name() {
    return config.name();
  }

  /** Every finding of reading and linking this system, in the order a reader fixes them. */
  public List<Finding> findings() {
    return Stream.of(codeFindings, docs.allFindings(), links.findings())
        .flatMap(List::stream)
        .sorted()
        .toList();
  }
}
