package dev.archdoc.core.docs.adr;

import dev.archdoc.core.config.ConfigProblem;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.safety.InputLimits;
import dev.archdoc.core.safety.ProjectBounds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The file-system edge in front of {@link AdrLoader}: lists the ADR files under a system's
 * decisions folders (and their subfolders, skipping hidden ones and other systems' nested docs
 * folders) and reads their bytes. It decides nothing about content.
 */
public final class AdrDiscovery {

  /** The documents found, and the folders or files that could not be read. */
  public record Found(List<AdrSource> documents, List<Finding> findings) {}

  private AdrDiscovery() {}

  /** Finds and loads the ADRs of one system of the project at {@code projectRoot}. */
  public static Decisions load(Path projectRoot, SystemConfig system) {
    Found found = find(projectRoot, system.decisions(), system.excludedDocs());
    Decisions decisions = AdrLoader.load(found.documents());
    List<Finding> findings = new ArrayList<>(decisions.findings());
    findings.addAll(found.findings());
    return new Decisions(decisions.adrs(), decisions.graph(), findings.stream().sorted().toList());
  }

  /**
   * Reads every ADR file under {@code folders} (relative to {@code projectRoot}); files under an
   * {@code excluded} folder are skipped. Paths in the result are relative to the project root.
   */
  public static Found find(Path projectRoot, List<Path> folders, List<Path> excluded) {
    Path root = projectRoot.toAbsolutePath().normalize();
    Set<Path> files = new LinkedHashSet<>();
    ProjectBounds bounds = new ProjectBounds(root);
    List<Finding> findings = new ArrayList<>();
    for (Path folder : folders) {
      Path absolute = root.resolve(folder).normalize();
      if (!Files.isDirectory(absolute)) {
        findings.add(Finding.error(ConfigProblem.RULE, Path.of("archdoc.yml"), 0,
            "decisions folder '" + slashes(folder) + "' does not exist"));
        continue;
      }
      Optional<Finding> folderOutside = bounds.check(folder);
      if (folderOutside.isPresent()) {
        findings.add(folderOutside.get());
        continue;
      }
      try (Stream<Path> walk = Files.walk(absolute)) {
        walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
            .map(root::relativize)
            .filter(file -> !isHiddenOrExcluded(file, folder, excluded))
            .filter(AdrLoader::isAdr)
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        findings.add(Finding.error(DriftRule.ADR_INTEGRITY.id(), folder, 0,
            "cannot list the decisions folder: " + e.getMessage()));
      }
    }
    List<AdrSource> documents = new ArrayList<>();
    for (Path file : files.stream().sorted(Comparator.comparing(AdrDiscovery::slashes)).toList()) {
      Optional<Finding> outside = bounds.check(file);
      if (outside.isPresent()) {
        findings.add(outside.get());
        continue;
      }
      Path absoluteFile = root.resolve(file);
      if (!Files.isRegularFile(absoluteFile)) {
        continue;
      }
      try {
        Optional<Finding> tooLarge = InputLimits.tooLarge(file, Files.size(absoluteFile));
        if (tooLarge.isPresent()) {
          findings.add(tooLarge.get());
          continue;
        }
        documents.add(new AdrSource(file, Files.readAllBytes(absoluteFile)));
      } catch (IOException e) {
        findings.add(Finding.error(DriftRule.ADR_INTEGRITY.id(), file, 0, "cannot be read: " + e.getClass().getSimpleName()));
      }
    }
    return new Found(documents, findings);
  }

  private static boolean isHiddenOrExcluded(Path file, Path folder, List<Path> excluded) {
    if (excluded.stream().anyMatch(file::startsWith)) {
      return true;
    }
    Path inside = folder.normalize().toString().isEmpty() ? file : folder.normalize().relativize(file);
    for (Path part : inside) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
