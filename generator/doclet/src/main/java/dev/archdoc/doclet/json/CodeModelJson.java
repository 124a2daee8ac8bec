package dev.archdoc.doclet.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.archdoc.doclet.model.AnnotationUse;
import dev.archdoc.doclet.model.BlockTag;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.DecisionRef;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.Doc;
import dev.archdoc.doclet.model.Fingerprint;
import dev.archdoc.doclet.model.Parameter;
import dev.archdoc.doclet.model.Prose;
import dev.archdoc.doclet.model.SourceFile;
import dev.archdoc.doclet.model.SourceSpan;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes a {@link CodeModel} as JSON. The model is first turned into sorted maps and lists, then
 * streamed out, so key order never depends on a record's field order.
 */
public final class CodeModelJson {

  private CodeModelJson() {}

  public static void write(CodeModel model, Writer out) throws IOException {
    Map<String, Object> root = new TreeMap<>();
    root.put("schemaVersion", CodeModel.SCHEMA_VERSION);
    root.put("packages", list(model.packages(), CodeModelJson::pkg));
    root.put("types", list(model.types(), CodeModelJson::type));
    root.put("files", list(model.files(), CodeModelJson::file));
    root.put("dependencies", list(model.dependencies(), CodeModelJson::dependency));
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pretty.indentObjectsWith(indenter);
    pretty.indentArraysWith(indenter);
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(pretty);
      value(json, root);
      json.writeRaw('\n');
    }
  }

  private static Map<String, Object> pkg(CodePackage pkg) {
    Map<String, Object> m = element(pkg.doc(), pkg.annotations(), pkg.decisions(), pkg.prose());
    m.put("name", pkg.name());
    m.put("packageInfo", span(pkg.packageInfo()));
    return m;
  }

  private static Map<String, Object> type(CodeType type) {
    Map<String, Object> m = element(type.doc(), type.annotations(), type.decisions(), type.prose());
    m.put("qualifiedName", type.qualifiedName());
    m.put("packageName", type.packageName());
    m.put("simpleName", type.simpleName());
    m.put("kind", type.kind().name());
    m.put("modifiers", type.modifiers());
    m.put("typeParameters", type.typeParameters());
    m.put("superclass", type.superclass());
    m.put("interfaces", type.interfaces());
    m.put("permittedSubtypes", type.permittedSubtypes());
    m.put("enclosingType", type.enclosingType());
    m.put("span", span(type.span()));
    m.put("fingerprint", fingerprint(type.fingerprint()));
    m.put("members", list(type.members(), CodeModelJson::member));
    return m;
  }

  private static Map<String, Object> member(CodeMember member) {
    Map<String, Object> m = element(member.doc(), member.annotations(), member.decisions(), member.prose());
    m.put("id", member.id());
    m.put("name", member.name());
    m.put("kind", member.kind().name());
    m.put("modifiers", member.modifiers());
    m.put("typeParameters", member.typeParameters());
    m.put("type", member.type());
    m.put("parameters", list(member.parameters(), CodeModelJson::parameter));
    m.put("thrownTypes", member.thrownTypes());
    m.put("signature", member.signature());
    m.put("span", span(member.span()));
    m.put("fingerprint", fingerprint(member.fingerprint()));
    return m;
  }

  private static Map<String, Object> element(
      Doc doc, List<AnnotationUse> annotations, List<DecisionRef> decisions, List<Prose> prose) {
    Map<String, Object> m = new TreeMap<>();
    m.put("doc", doc(doc));
    m.put("annotations", list(annotations, CodeModelJson::annotation));
    m.put("decisions", list(decisions, CodeModelJson::decision));
    m.put("prose", list(prose, CodeModelJson::prose));
    return m;
  }

  private static Map<String, Object> doc(Doc doc) {
    Map<String, Object> m = new TreeMap<>();
    m.put("firstSentence", doc.firstSentence());
    m.put("body", doc.body());
    m.put("blockTags", list(doc.blockTags(), CodeModelJson::blockTag));
    m.put("references", doc.references());
    return m;
  }

  private static Map<String, Object> blockTag(BlockTag tag) {
    Map<String, Object> m = new TreeMap<>();
    m.put("name", tag.name());
    m.put("argument", tag.argument());
    m.put("text", tag.text());
    return m;
  }

  private static Map<String, Object> annotation(AnnotationUse use) {
    Map<String, Object> m = new TreeMap<>();
    m.put("type", use.type());
    m.put("values", new TreeMap<>(use.values()));
    m.put("resolved", use.resolved());
    return m;
  }

  private static Map<String, Object> decision(DecisionRef decision) {
    Map<String, Object> m = new TreeMap<>();
    m.put("id", decision.id());
    m.put("note", decision.note());
    return m;
  }

  private static Map<String, Object> prose(Prose prose) {
    Map<String, Object> m = new TreeMap<>();
    m.put("span", span(prose.span()));
    m.put("markdown", prose.markdown());
    return m;
  }

  private static Map<String, Object> parameter(Parameter parameter) {
    Map<String, Object> m = new TreeMap<>();
    m.put("name", parameter.name());
    m.put("type", parameter.type());
    return m;
  }

  private static Map<String, Object> fingerprint(Fingerprint fingerprint) {
    Map<String, Object> m = new TreeMap<>();
    m.put("signature", fingerprint.signature());
    m.put("body", fingerprint.body());
    return m;
  }

  private static Map<String, Object> file(SourceFile file) {
    Map<String, Object> m = new TreeMap<>();
    m.put("path", file.path());
    m.put("packageName", file.packageName());
    m.put("types", file.types());
    m.put("prose", list(file.prose(), CodeModelJson::prose));
    return m;
  }

  private static Map<String, Object> dependency(Dependency d) {
    Map<String, Object> m = new TreeMap<>();
    m.put("from", d.from());
    m.put("to", d.to());
    m.put("kind", d.kind().name());
    m.put("external", d.external());
    m.put("file", d.file());
    m.put("line", d.line());
    return m;
  }

  private static Map<String, Object> span(SourceSpan span) {
    if (span == null) {
      return null;
    }
    Map<String, Object> m = new TreeMap<>();
    m.put("file", span.file());
    m.put("startLine", span.startLine());
    m.put("endLine", span.endLine());
    return m;
  }

  private static <T> List<Object> list(List<T> items, Function<T, Object> each) {
    return items.stream().map(each).toList();
  }

  private static void value(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.writeFieldName((String) e.getKey());
        value(json, e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        value(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Integer i) {
      json.writeNumber(i);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }
  }
}
