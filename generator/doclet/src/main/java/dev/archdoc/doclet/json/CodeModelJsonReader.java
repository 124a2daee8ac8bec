package dev.archdoc.doclet.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.archdoc.doclet.model.AnnotationUse;
import dev.archdoc.doclet.model.BlockTag;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.DecisionRef;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.DependencyKind;
import dev.archdoc.doclet.model.Doc;
import dev.archdoc.doclet.model.Fingerprint;
import dev.archdoc.doclet.model.Parameter;
import dev.archdoc.doclet.model.Prose;
import dev.archdoc.doclet.model.SourceFile;
import dev.archdoc.doclet.model.SourceSpan;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads back what {@link CodeModelJson} wrote, so a code model can be kept on disk (archdoc's
 * build cache) instead of running the doclet again. Only the current {@code schemaVersion} is
 * read; anything else, or JSON of another shape, is an {@link IOException}.
 */
public final class CodeModelJsonReader {

  private CodeModelJsonReader() {}

  public static CodeModel read(Reader in) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(in)) {
      Object root = value(parser, parser.nextToken());
      Map<String, Object> model = map(root);
      Object version = model.get("schemaVersion");
      if (!(version instanceof Integer v) || v != CodeModel.SCHEMA_VERSION) {
        throw new IOException("not a code model of schema version " + CodeModel.SCHEMA_VERSION + ": " + version);
      }
      return new CodeModel(
          list(model.get("packages"), CodeModelJsonReader::pkg),
          list(model.get("types"), CodeModelJsonReader::type),
          list(model.get("files"), CodeModelJsonReader::file),
          list(model.get("dependencies"), CodeModelJsonReader::dependency));
    } catch (RuntimeException e) {
      throw new IOException("not a code model: " + e.getMessage(), e);
    }
  }

  private static CodePackage pkg(Object value) {
    Map<String, Object> m = map(value);
    return new CodePackage(string(m, "name"), span(m.get("packageInfo")), doc(m.get("doc")),
        list(m.get("annotations"), CodeModelJsonReader::annotation),
        list(m.get("decisions"), CodeModelJsonReader::decision),
        list(m.get("prose"), CodeModelJsonReader::prose));
  }

  private static CodeType type(Object value) {
    Map<String, Object> m = map(value);
    String name = string(m, "qualifiedName");
    return new CodeType(name, string(m, "packageName"), string(m, "simpleName"),
        CodeType.Kind.valueOf(string(m, "kind")), strings(m.get("modifiers")), strings(m.get("typeParameters")),
        string(m, "superclass"), strings(m.get("interfaces")), strings(m.get("permittedSubtypes")),
        string(m, "enclosingType"), span(m.get("span")), doc(m.get("doc")),
        list(m.get("annotations"), CodeModelJsonReader::annotation),
        list(m.get("decisions"), CodeModelJsonReader::decision),
        list(m.get("prose"), CodeModelJsonReader::prose), fingerprint(m.get("fingerprint")),
        // the JSON nests members in their type rather than repeating its name in each
        list(m.get("members"), member -> member(member, name)));
  }

  private static CodeMember member(Object value, String declaringType) {
    Map<String, Object> m = map(value);
    return new CodeMember(string(m, "id"), declaringType, string(m, "name"),
        CodeMember.Kind.valueOf(string(m, "kind")), strings(m.get("modifiers")), strings(m.get("typeParameters")),
        string(m, "type"), list(m.get("parameters"), CodeModelJsonReader::parameter), strings(m.get("thrownTypes")),
        string(m, "signature"), span(m.get("span")), doc(m.get("doc")),
        list(m.get("annotations"), CodeModelJsonReader::annotation),
        list(m.get("decisions"), CodeModelJsonReader::decision),
        list(m.get("prose"), CodeModelJsonReader::prose), fingerprint(m.get("fingerprint")));
  }

  private static Doc doc(Object value) {
    Map<String, Object> m = map(value);
    return new Doc(string(m, "firstSentence"), string(m, "body"),
        list(m.get("blockTags"), CodeModelJsonReader::blockTag), strings(m.get("references")));
  }

  private static BlockTag blockTag(Object value) {
    Map<String, Object> m = map(value);
    return new BlockTag(string(m, "name"), string(m, "argument"), string(m, "text"));
  }

  private static AnnotationUse annotation(Object value) {
    Map<String, Object> m = map(value);
    Map<String, String> values = new HashMap<>();
    map(m.get("values")).forEach((k, v) -> values.put(k, (String) v));
    return new AnnotationUse(string(m, "type"), values, (Boolean) m.get("resolved"));
  }

  private static DecisionRef decision(Object value) {
    Map<String, Object> m = map(value);
    return new DecisionRef(string(m, "id"), string(m, "note"));
  }

  private static Prose prose(Object value) {
    Map<String, Object> m = map(value);
    return new Prose(span(m.get("span")), string(m, "markdown"));
  }

  private static Parameter parameter(Object value) {
    Map<String, Object> m = map(value);
    return new Parameter(string(m, "name"), string(m, "type"));
  }

  private static Fingerprint fingerprint(Object value) {
    if (value == null) {
      return null;
    }
    Map<String, Object> m = map(value);
    return new Fingerprint(string(m, "signature"), string(m, "body"));
  }

  private static SourceFile file(Object value) {
    Map<String, Object> m = map(value);
    return new SourceFile(string(m, "path"), string(m, "packageName"), strings(m.get("types")),
        list(m.get("prose"), CodeModelJsonReader::prose));
  }

  private static Dependency dependency(Object value) {
    Map<String, Object> m = map(value);
    return new Dependency(string(m, "from"), string(m, "to"), DependencyKind.valueOf(string(m, "kind")),
        (Boolean) m.get("external"), string(m, "file"), (Integer) m.get("line"));
  }

  private static SourceSpan span(Object value) {
    if (value == null) {
      return null;
    }
    Map<String, Object> m = map(value);
    return new SourceSpan(string(m, "file"), (Integer) m.get("startLine"), (Integer) m.get("endLine"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("expected an object, found " + value);
    }
    return (Map<String, Object>) value;
  }

  private static String string(Map<String, Object> m, String key) {
    return (String) m.get(key);
  }

  private static List<String> strings(Object value) {
    return list(value, item -> (String) item);
  }

  private static <T> List<T> list(Object value, Function<Object, T> each) {
    if (!(value instanceof List<?> items)) {
      throw new IllegalArgumentException("expected a list, found " + value);
    }
    List<T> result = new ArrayList<>(items.size());
    for (Object item : items) {
      result.add(each.apply(item));
    }
    return result;
  }

  /** The JSON value starting at {@code token}, as maps, lists, strings, integers, booleans and null. */
  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new IOException("the JSON ends early");
    }
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> m = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          if (t != JsonToken.FIELD_NAME) {
            throw new IOException("expected a field name at " + parser.currentLocation());
          }
          String name = parser.currentName();
          m.put(name, value(parser, parser.nextToken()));
        }
        yield m;
      }
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(value(parser, t));
        }
        yield items;
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> parser.getIntValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IOException("unexpected " + token + " at " + parser.currentLocation());
    };
  }
}
