package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("serve's two site folders")
class WrittenFoldersTest {

  @TempDir Path serve;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("fill the second folder by linking the first one's same files, and never change a file under the other folder")
  void secondFolderLinksTheFirstsFiles() throws IOException {
    Map<String, byte[]> site = new TreeMap<>(Map.of("index.html", bytes("home"), "code/A.html", bytes("A"),
        "code/B.html", bytes("B")));
    WrittenFolders folders = new WrittenFolders();
    Path a = serve.resolve("site-a");
    Path b = serve.resolve("site-b");
    assertThat(folders.update(a, site)).isEqualTo(3);

    site.put("code/B.html", bytes("B, changed"));
    assertThat(folders.update(b, site)).as("only the changed file is written").isEqualTo(1);
    assertThat(Files.isSameFile(a.resolve("code/A.html"), b.resolve("code/A.html"))).as("linked").isTrue();
    assertThat(b.resolve("code/B.html")).hasContent("B, changed");
    assertThat(a.resolve("code/B.html")).hasContent("B");

    site.put("code/A.html", bytes("A, changed"));
    site.remove("index.html");
    assertThat(folders.update(a, site)).as("A changed, B as the last build of a wrote it, index gone").isEqualTo(3);
    assertThat(a.resolve("code/A.html")).hasContent("A, changed");
    assertThat(b.resolve("code/A.html")).as("the folder being served keeps its file").hasContent("A");
    assertThat(b.resolve("index.html")).hasContent("home");
    assertThat(a.resolve("index.html")).doesNotExist();
  }
}
