package dev.archdoc.core.safety;

import dev.archdoc.annotations.Decision;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the SVG PlantUML draws before it is inlined in a page. PlantUML source is written by
 * whoever wrote the docs, and it passes some of it through: links ({@code [[javascript:...]]}),
 * {@code <style>}, colours, {@code url(...)}. The SVG is cleaned with jsoup's {@link Safelist}
 * holding the shapes, text, gradients, filters and links PlantUML writes, and the
 * {@code data-*} attributes archdoc's script and tests read; links keep only {@code http},
 * {@code https}, {@code mailto}, fragments and relative paths. Embedded images ({@code <image>},
 * {@code <foreignObject>}), {@code <use>}, {@code <style>}, {@code <script>} and event handlers are
 * dropped.
 */
@Decision(value = "ADR-16", note = "PlantUML's SVG is cleaned with an SVG allowlist before it is inlined")
public final class SafeSvg {

  private static final String BASE = "https://archdoc.invalid/page/";

  private static final String[] TAGS = {
      "svg", "g", "defs", "path", "rect", "ellipse", "circle", "line", "polyline", "polygon", "text", "tspan",
      "a", "title", "desc", "linearGradient", "radialGradient", "stop", "filter", "feGaussianBlur", "feOffset",
      "feBlend", "feColorMatrix", "feFlood", "feComposite", "feMerge", "feMergeNode", "feDropShadow", "marker",
      "clipPath", "mask", "pattern", "symbol"};

  private static final String[] ATTRIBUTES = {
      "xmlns", "xmlns:xlink", "version", "width", "height", "viewBox", "preserveAspectRatio", "zoomAndPan",
      "contentStyleType", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points",
      "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity",
      "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "opacity", "transform", "style", "class",
      "id", "font-family", "font-size", "font-style", "font-weight", "font-variant", "text-anchor",
      "text-decoration", "textLength", "lengthAdjust", "dominant-baseline", "alignment-baseline", "dx", "dy",
      "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "filterUnits",
      "stdDeviation", "in", "in2", "result", "mode", "values", "type", "operator", "k1", "k2", "k3", "k4",
      "flood-color", "flood-opacity", "markerWidth", "markerHeight", "refX", "refY", "orient", "markerUnits",
      "clip-path", "clipPathUnits", "mask", "filter", "marker-start", "marker-mid", "marker-end", "patternUnits", "visibility", "display", "title",
      "data-diagram-type", "data-qualified-name", "data-source-line", "data-entity-uid", "data-link-type",
      "data-entity", "data-uid", "data-entity-1", "data-entity-2"};

  private static final Safelist SVG = svgSafelist();

  private SafeSvg() {}

  /** The SVG with everything not on the list removed; empty input stays empty. */
  public static String clean(String svg) {
    if (svg == null || svg.isEmpty()) {
      return svg == null ? "" : svg;
    }
    Document dirty = Jsoup.parseBodyFragment(svg, BASE);
    Document clean = new Cleaner(SVG).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    for (Element element : clean.body().getAllElements()) {
      for (org.jsoup.nodes.Attribute attribute : element.attributes().asList()) {
        // fill="url(#g)" is a gradient; url() to anything else would fetch from elsewhere
        if (!SafeHtml.isQuietStyle(attribute.getValue())) {
          element.removeAttr(attribute.getKey());
        }
      }
    }
    return clean.body().html();
  }

  private static Safelist svgSafelist() {
    Safelist list = new Safelist().preserveRelativeLinks(true);
    for (String tag : TAGS) {
      list.addTags(tag, tag.toLowerCase(Locale.ROOT)); // the cleaner asks by the lower-case name
    }
    for (String attribute : ATTRIBUTES) {
      list.addAttributes(":all", attribute, attribute.toLowerCase(Locale.ROOT));
    }
    list.addAttributes("a", "href", "xlink:href", "target", "xlink:type", "xlink:title", "xlink:show",
        "xlink:actuate");
    for (String key : new String[] {"href", "xlink:href"}) {
      list.addProtocols("a", key, "http", "https", "mailto", "#");
    }
    return list;
  }
}
