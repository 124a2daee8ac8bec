package dev.archdoc.core.check;

import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.Snippets;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.SystemModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code snippet-drift}: a page includes a code region (a file, or a tagged region of it)
 * that no longer exists. The same reader the site uses decides, so check and build agree.
 */
final class SnippetDrift {

  private SnippetDrift() {}

  static List<Finding> check(SystemModel system, ProjectFiles files) {
    Snippets snippets = new Snippets(files);
    List<Finding> findings = new ArrayList<>();
    for (Page page : system.docs().allPages()) {
      findings.addAll(snippets.check(page));
    }
    return findings;
  }
}
