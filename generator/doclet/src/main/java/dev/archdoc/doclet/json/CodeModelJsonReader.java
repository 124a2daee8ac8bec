package dev.archdoc.doclet.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.archdoc.annotations.Decision;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.SourceFile;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;

/**
 * Reads back what {@link CodeModelJson} wrote, so a code model can be kept on disk (archdoc's
 * build cache) instead of running the doclet again. Jackson binds the JSON to the model's own
 * records. Only the current {@code schemaVersion} is read; anything else, or JSON of another shape
 * (a missing list, an unknown field, a value of the wrong type), is an {@link IOException}.
 */
@Decision(value = "ADR-28", note = "bound by Jackson databind")
public final class CodeModelJsonReader {

  private static final ObjectReader READER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build()
      .readerFor(ModelJson.class);

  /** The JSON's top level: {@link CodeModel} itself is a class that sorts what it is given. */
  private record ModelJson(
      int schemaVersion,
      List<CodePackage> packages,
      List<CodeType> types,
      List<SourceFile> files,
      List<Dependency> dependencies) {}

  private CodeModelJsonReader() {}

  public static CodeModel read(Reader in) throws IOException {
    ModelJson model;
    try {
      model = READER.readValue(in);
    } catch (JacksonException e) {
      throw new IOException("not a code model: " + e.getOriginalMessage(), e);
    }
    if (model == null) {
      throw new IOException("not a code model: the JSON is empty");
    }
    if (model.schemaVersion() != CodeModel.SCHEMA_VERSION) {
      throw new IOException("not a code model of schema version " + CodeModel.SCHEMA_VERSION + ": "
          + model.schemaVersion());
    }
    try {
      return new CodeModel(
          Objects.requireNonNull(model.packages(), "no packages"),
          Objects.requireNonNull(model.types(), "no types").stream().map(CodeModelJsonReader::withMemberOwners).toList(),
          Objects.requireNonNull(model.files(), "no files"),
          Objects.requireNonNull(model.dependencies(), "no dependencies"));
    } catch (RuntimeException e) {
      throw new IOException("not a code model: " + e.getMessage(), e);
    }
  }

  /** The JSON nests members in their type rather than repeating its name in each. */
  private static CodeType withMemberOwners(CodeType type) {
    return new CodeType(type.qualifiedName(), type.packageName(), type.simpleName(), type.kind(), type.modifiers(),
        type.typeParameters(), type.superclass(), type.interfaces(), type.permittedSubtypes(), type.enclosingType(),
        type.span(), type.doc(), type.annotations(), type.decisions(), type.prose(), type.fingerprint(),
        type.members().stream().map(member -> member.declaredIn(type.qualifiedName())).toList());
  }
}
