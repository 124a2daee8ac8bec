package dev.archdoc.core.docs.page;

import dev.archdoc.core.finding.Finding;
import java.util.List;

/**
 * A page and what was wrong in it: reading never throws on bad input; it reads what it can and
 * reports the rest.
 */
public record PageRead(Page page, List<Finding> findings) {

  public PageRead {
    findings = List.copyOf(findings);
  }
}
