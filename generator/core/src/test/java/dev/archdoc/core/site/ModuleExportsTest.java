package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A module's exported packages")
class ModuleExportsTest {

  @Test
  @DisplayName("are the packages exported to everyone; a qualified export, an opens or a comment is none")
  void unqualifiedExportsOnly() throws IOException {
    assertThat(ModuleExports.exports("""
        /** JabRef's library. */
        open module org.jabref.jablib {
          exports org.jabref.logic;
          exports org.jabref.model.entry; // the entry model
          exports org.jabref.logic.net to org.jabref.jabgui, org.jabref.jabsrv;
          opens org.jabref.logic.util;
          // exports org.jabref.commented.out;
          requires transitive java.base;
          uses org.jabref.logic.Plugin;
        }
        """)).contains(Set.of("org.jabref.logic", "org.jabref.model.entry"));
  }

  @Test
  @DisplayName("of a module-info javac cannot parse are unknown, so the source root exports everything")
  void unparsableMeansEverything(@TempDir Path project) throws IOException {
    assertThat(ModuleExports.exports("module broken { exports ; }")).isEmpty();
    assertThat(ModuleExports.exports("class NotAModule {}")).isEmpty();
    Files.createDirectories(project.resolve("gui/src"));
    Files.writeString(project.resolve("gui/src/module-info.java"), "module gui { exports gui.api; }");
    Files.createDirectories(project.resolve("lib/src"));
    Files.writeString(project.resolve("lib/src/module-info.java"), "module lib { exports ; }");
    ModuleExports modules = ModuleExports.read(project, List.of(Path.of("gui/src"), Path.of("lib/src"), Path.of("plain/src")));
    assertThat(modules.exports("gui/src/gui/api/Window.java", "gui.api")).isTrue();
    assertThat(modules.exports("gui/src/gui/internal/Dialog.java", "gui.internal")).isFalse();
    assertThat(modules.exports("lib/src/lib/Anything.java", "lib")).isTrue();
    assertThat(modules.exports("plain/src/p/Anything.java", "p")).isTrue();
  }
}
