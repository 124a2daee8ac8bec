package dev.archdoc.core.cache;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
  }

  public static Finding readFinding(DataInputStream in) throws IOException {
    try {
      return new Finding(readString(in), Severity.valueOf(readString(in)), Path.of(readString(in)), in.readInt(),
          readString(in));
    } catch (RuntimeException e) {
      throw new IOException("not a finding", e);
    }
  }
}
