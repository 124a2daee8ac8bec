package dev.archdoc.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.finding.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cache entries keep a finding whole: its kind and facts too")
class EntryCodecTest {

  private static byte[] written(Finding finding) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      EntryCodec.writeFinding(out, finding);
    }
    return bytes.toByteArray();
  }

  private static Finding read(byte[] bytes) throws IOException {
    return EntryCodec.readFinding(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  @DisplayName("a finding with a kind and facts reads back equal; so does a plain one")
  void roundTrip() throws IOException {
    Finding typed = new Finding("unresolved-code-ref", Severity.ERROR, Path.of("docs/a.md"), 4, "gone",
        FindingKind.UNRESOLVED_REFERENCE, Map.of(Fact.TARGET, "a.B", Fact.ORIGIN, "PAGE"));
    Finding plain = Finding.info("empty-system", Path.of("arch-docs"), 0, "no code");
    assertThat(read(written(typed))).isEqualTo(typed);
    assertThat(read(written(plain))).isEqualTo(plain);
  }

  @Test
  @DisplayName("a damaged entry is an IOException (a cache miss), never a wrong finding")
  void damagedEntry() throws IOException {
    byte[] bytes = written(Finding.error("broken-link", Path.of("a.md"), 1, "x").with(Fact.TARGET, "b.md"));
    assertThatThrownBy(() -> read(Arrays.copyOf(bytes, bytes.length - 3))).isInstanceOf(IOException.class);
  }
}
