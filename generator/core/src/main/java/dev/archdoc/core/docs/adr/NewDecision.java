package dev.archdoc.core.docs.adr;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the next numbered ADR of a system, and, when it supersedes an older one, marks the older
 * one superseded in the way that ADR already writes its status, so both sides state the relation.
 * Pure: existing ADRs and texts in, file contents out; {@code archdoc new} does the I/O.
 */
public final class NewDecision {

  /** The markup of the new ADR. */
  public enum Format {
    MD(".md"),
    ADOC(".adoc");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  /** A file to write: where (relative to the project root) and its whole new text. */
  public record FileText(Path file, String text) {}

  /**
   * What to write.
   *
   * @param created the new ADR
   * @param updated the superseded ADR with its status changed, when there is one
   * @param warnings what could not be done and must be done by hand
   */
  public record Plan(FileText created, Optional<FileText> updated, List<String> warnings) {

    public Plan {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Why a project template cannot take a new ADR (it has no title line, so the ADR would have no
   * title), or empty when it can. {@link #plan} needs a template without a problem.
   */
  public static Optional<String> templateProblem(String template, Format format) {
    return TemplateFilling.fill(template, "Title", 1, LocalDate.EPOCH, format == Format.ADOC).problem();
  }

  private static final Pattern YAML_STATUS = Pattern.compile("^(\\s*)status:.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADOC_STATUS = Pattern.compile("^:status:.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BULLET_STATUS = Pattern.compile("^([*-]\\s+)status:.*$", Pattern.CASE_INSENSITIVE);

  private NewDecision() {}

  /**
   * Plans the next ADR.
   *
   * @param folder where the system's new ADRs go
   * @param existing the system's ADRs as loaded
   * @param template the project's own template text for this format, if it keeps one
   * @param supersededText the text of the ADR it supersedes, when {@code supersedes} is given
   */
  public static Plan plan(String title, Format format, Path folder, List<Adr> existing, LocalDate today,
      Optional<String> template, Optional<Adr> supersedes, Optional<String> supersededText) {
    int number = existing.stream().map(Adr::id).filter(AdrId::isNumbered).mapToInt(AdrId::number).max().orElse(0) + 1;
    String name = String.format(Locale.ROOT, "%0" + width(existing) + "d-%s%s", number, slug(title), format.extension);
    Path file = folder.resolve(name);
    String text;
    if (template.isPresent()) {
      TemplateFilling.Filled filled = TemplateFilling.fill(template.get(), title, number, today, format == Format.ADOC);
      if (filled.text().isEmpty()) {
        throw new IllegalArgumentException("the template " + filled.problem().orElse("cannot be filled")
            + "; ask templateProblem first");
      }
      text = withSupersedes(filled.text().get(), format, supersedes);
    } else {
      text = builtIn(title, format, today, supersedes);
    }
    List<String> warnings = new ArrayList<>();
    Optional<FileText> updated = Optional.empty();
    if (supersedes.isPresent()) {
      Adr old = supersedes.get();
      Optional<String> marked = supersededText.flatMap(t -> markSuperseded(t, old, number, title, file));
      if (marked.isPresent()) {
        updated = Optional.of(new FileText(old.file(), marked.get()));
      } else {
        warnings.add(old.file() + ": its status line could not be found; mark it superseded by ADR-" + number
            + " by hand, or archdoc check warns that the supersession is stated on one side only");
      }
    }
    return new Plan(new FileText(file, text), updated, warnings);
  }

  /** {@code Use PostgreSQL for the ledger!} becomes {@code use-postgresql-for-the-ledger}. */
  static String slug(String title) {
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? "decision" : slug;
  }

  /** The zero padding the folder already uses (four digits when it has no numbered ADR yet). */
  private static int width(List<Adr> existing) {
    return existing.stream()
        .filter(adr -> adr.id().isNumbered())
        .map(adr -> adr.file().getFileName().toString())
        .map(fileName -> fileName.replaceFirst("^(?i:adr-)?", ""))
        .map(fileName -> fileName.replaceFirst("^(\\d+).*$", "$1"))
        .filter(digits -> digits.matches("\\d+"))
        .mapToInt(String::length)
        .max()
        .orElse(4);
  }

  private static String builtIn(String title, Format format, LocalDate today, Optional<Adr> supersedes) {
    if (format == Format.ADOC) {
      return "= " + title + "\n"
          + ":status: proposed\n"
          + ":date: " + today + "\n"
          + supersedes.map(old -> ":supersedes: " + reference(old.id()) + "\n").orElse("")
          + "\n== Context\n\n{What forces are at play, and what question must be answered?}\n"
          + "\n== Decision\n\n{What we decided, and why this option over the others.}\n"
          + "\n== Consequences\n\n* {What becomes easier.}\n* {What becomes harder.}\n";
    }
    return "---\n"
        + "status: proposed\n"
        + "date: " + today + "\n"
        + "decision-makers: []\n"
        + supersedes.map(old -> "supersedes: [" + reference(old.id()) + "]\n").orElse("")
        + "---\n\n"
        + "# " + title + "\n\n"
        + "## Context and Problem Statement\n\n{What forces are at play, and what question must be answered?}\n\n"
        + "## Considered Options\n\n* {option 1}\n* {option 2}\n\n"
        + "## Decision Outcome\n\nChosen option: \"{option}\", because {reason}.\n\n"
        + "### Consequences\n\n* Good, because {what becomes easier}.\n* Bad, because {what becomes harder}.\n";
  }

  /** The filled template with the supersession added. */
  private static String withSupersedes(String titled, Format format, Optional<Adr> supersedes) {
    if (supersedes.isEmpty()) {
      return titled;
    }
    String old = reference(supersedes.get().id());
    if (format == Format.ADOC) {
      return titled.replaceFirst("(?m)^(= .*)$", "$1\n:supersedes: " + old);
    }
    return titled.startsWith("---\n")
        ? "---\nsupersedes: [" + old + "]\n" + titled.substring(4)
        : "---\nsupersedes: [" + old + "]\n---\n\n" + titled;
  }

  /**
   * The old ADR's text with its status line saying "superseded", in the shape that line already
   * has: a front-matter key, an AsciiDoc attribute, a MADR 2 bullet, or a Nygard Status paragraph.
   */
  static Optional<String> markSuperseded(String text, Adr old, int number, String title, Path newFile) {
    int line = old.status().line();
    String[] lines = text.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return Optional.empty();
    }
    String link = relative(old.file(), newFile);
    String current = lines[line - 1];
    Matcher yaml = YAML_STATUS.matcher(current);
    Matcher bullet = BULLET_STATUS.matcher(current);
    if (ADOC_STATUS.matcher(current).matches()) {
      lines[line - 1] = ":status: superseded\n:superseded-by: " + number;
    } else if (bullet.matches()) {
      lines[line - 1] = bullet.group(1) + "Status: superseded by [ADR-" + number + "](" + link + ")";
    } else if (yaml.matches()) {
      lines[line - 1] = yaml.group(1) + "status: superseded\n" + yaml.group(1) + "superseded-by: " + number;
    } else {
      lines[line - 1] = "Superseded by [" + number + ". " + title + "](" + link + ")";
    }
    return Optional.of(String.join("\n", lines));
  }

  /** How the new ADR names the one it supersedes: its number, or its slug when it has none. */
  private static String reference(AdrId id) {
    return id.isNumbered() ? String.valueOf(id.number()) : id.slug();
  }

  private static String relative(Path from, Path to) {
    Path base = from.getParent() == null ? Path.of("") : from.getParent();
    return base.relativize(to).toString().replace('\\', '/');
  }
}
