package dev.archdoc.core.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.error.PSystemError;
import net.sourceforge.plantuml.security.SecurityProfile;
import net.sourceforge.plantuml.security.SecurityUtils;
import net.sourceforge.plantuml.utils.LineLocation;
import net.sourceforge.plantuml.version.Version;

/**
 * The one door to PlantUML: turns a self-contained source into SVG, in its {@code SANDBOX}
 * security profile.
 *
 * <p>PlantUML reads its security profile once and caches it, so it is set in this class's static
 * initialiser, which runs before the first render in this JVM can. The sandbox blocks local files
 * and URLs (archdoc inlines local includes itself) and still serves the bundled stdlib. PlantUML
 * never throws on bad input: it returns an error diagram, whose line is read here.
 */
final class PlantUml {

  static {
    SecurityUtils.setCommandLineProperty("PLANTUML_SECURITY_PROFILE", SecurityProfile.SANDBOX.name());
    if (SecurityUtils.getSecurityProfile() != SecurityProfile.SANDBOX) {
      throw new IllegalStateException(
          "PlantUML security profile is " + SecurityUtils.getSecurityProfile() + ", expected SANDBOX");
    }
  }

  /**
   * What PlantUML made of a source.
   *
   * @param svg the SVG element (also for an error: PlantUML draws the error)
   * @param errorLine the 0-based line of the input at fault, or -1 when it rendered
   * @param error PlantUML's description of the fault, or null
   */
  record Output(String svg, int errorLine, String error) {
    boolean failed() {
      return errorLine >= 0;
    }
  }

  private PlantUml() {}

  /** PlantUML's version, part of every cache key: a new version may draw differently. */
  static String version() {
    return Version.versionString();
  }

  static Output render(String source) {
    SourceStringReader reader = new SourceStringReader(source);
    int errorLine = -1;
    String error = null;
    for (BlockUml block : reader.getBlocks()) {
      if (block.getDiagram() instanceof PSystemError failure) {
        errorLine = rootPosition(failure.getLineLocation());
        error = failure.getErrorsUml().isEmpty()
            ? "syntax error"
            : failure.getFirstError().getError();
        break;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      reader.outputImage(out, 0, new FileFormatOption(FileFormat.SVG));
    } catch (IOException e) {
      // writing to memory does not fail; if PlantUML itself does, it is a rendering failure
      return new Output("", Math.max(errorLine, 0), "PlantUML could not draw the diagram: " + e.getMessage());
    }
    return new Output(svgElement(out.toString(StandardCharsets.UTF_8)), errorLine, error);
  }

  /** An error inside a stdlib include is located by the line of the outermost include. */
  private static int rootPosition(LineLocation location) {
    if (location == null) {
      return 0;
    }
    LineLocation root = location;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return Math.max(root.getPosition(), 0);
  }

  /** Drops the XML prolog and processing instructions, so the SVG can be inlined in HTML. */
  private static String svgElement(String document) {
    int start = document.indexOf("<svg");
    return start < 0 ? document : document.substring(start);
  }
}
