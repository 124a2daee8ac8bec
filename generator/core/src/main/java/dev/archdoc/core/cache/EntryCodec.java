package dev.archdoc.core.cache;

import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.finding.Severity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * How cache entries write strings of any length (null kept apart from empty) and findings, so
 * every kind of entry reads back what it wrote. A value that does not read back is an {@link
 * IOException}, which callers treat as a miss.
 */
public final class EntryCodec {

  private EntryCodec() {}

  public static void writeString(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  public static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    if (length > in.available()) {
      throw new IOException("a string longer than the entry");
    }
    byte[] utf8 = new byte[length];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  public static void writeFinding(DataOutputStream out, Finding finding) throws IOException {
    writeString(out, finding.rule());
    writeString(out, finding.severity().name());
    writeString(out, finding.file().toString());
    out.writeInt(finding.line());
    writeString(out, finding.message());
    writeString(out, finding.kind().name());
    out.writeInt(finding.facts().size());
    for (Map.Entry<Fact, String> fact : finding.facts().entrySet()) {
      writeString(out, fact.getKey().name());
      writeString(out, fact.getValue());
    }
  }

  public static Finding readFinding(DataInputStream in) throws IOException {
    try {
      String rule = readString(in);
      Severity severity = Severity.valueOf(readString(in));
      Path file = Path.of(readString(in));
      int line = in.readInt();
      String message = readString(in);
      FindingKind kind = FindingKind.valueOf(readString(in));
      int count = in.readInt();
      if (count < 0 || count > Fact.values().length) {
        throw new IOException("not a count of facts: " + count);
      }
      Map<Fact, String> facts = new EnumMap<>(Fact.class);
      for (int i = 0; i < count; i++) {
        facts.put(Fact.valueOf(readString(in)), readString(in));
      }
      return new Finding(rule, severity, file, line, message, kind, facts);
    } catch (RuntimeException e) {
      throw new IOException("not a finding", e);
    }
  }
}
