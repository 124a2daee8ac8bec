package dev.archdoc.core.affected;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code archdoc affected} writes its answer: {@code text} for a person, {@code github} as
 * workflow commands ({@code ::notice}, one per affected doc, shown on the pull request's files),
 * {@code markdown} for a pull-request comment. Every name in the answer comes from the project's
 * files, so none is written raw: GitHub's workflow commands are escaped as the runner reads them
 * back, and in Markdown every path and element is a code span and every title has its punctuation
 * escaped (no link, image, HTML or {@code @mention} can be smuggled into the comment).
 */
public enum AffectedFormat {
  TEXT("text"),
  GITHUB("github"),
  MARKDOWN("markdown");

  /** Longest title or name the Markdown comment quotes; the rest is cut. */
  private static final int MAX_QUOTED = 200;

  /** More reasons than this under one doc are summed up, so a comment stays readable. */
  private static final int MAX_REASONS = 20;

  private final String id;

  AffectedFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<AffectedFormat> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id == null ? "" : id.toLowerCase(Locale.ROOT))).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(AffectedFormat::id).toList();
  }

  public String render(Affected.Report report) {
    return switch (this) {
      case TEXT -> text(report);
      case GITHUB -> github(report);
      case MARKDOWN -> markdown(report);
    };
  }

  /** One line summing it up: {@code 3 docs concern the changed code, 1 doc changed (12 files since main, at 1a2b3c4)}. */
  public static String summary(Affected.Report report) {
    return count(report.docs().size(), "doc") + " concern" + (report.docs().size() == 1 ? "s" : "")
        + " the changed code, " + count(report.changedDocs().size(), "doc") + " changed ("
        + count(report.changedFiles(), "file") + " changed since " + report.since() + ", at " + report.base() + ")";
  }

  private static String text(Affected.Report report) {
    StringBuilder out = new StringBuilder();
    for (Affected.Doc doc : report.docs()) {
      out.append(heading(doc)).append('\n');
      for (Affected.Reason reason : doc.reasons()) {
        out.append("  ").append(doc.kind() == Affected.Kind.DECISION ? doc.name() + " " : "")
            .append(reason.text()).append(reason.docLine() > 0 && doc.kind() != Affected.Kind.DECISION
                ? " (line " + reason.docLine() + ")" : "").append('\n');
      }
    }
    if (!report.changedDocs().isEmpty()) {
      out.append("docs changed:\n");
      for (Affected.ChangedDoc doc : report.changedDocs()) {
        out.append("  ").append(doc.slashed()).append(" (").append(changedWhat(doc)).append(")\n");
      }
    }
    return out.append("archdoc affected: ").append(summary(report)).append('\n').toString();
  }

  private static String heading(Affected.Doc doc) {
    String title = doc.title().isBlank() ? "" : " " + oneLine(doc.title());
    return doc.kind() == Affected.Kind.DECISION
        ? doc.name() + title + " (" + doc.slashed() + ")"
        : doc.kind().word() + " " + doc.slashed() + title;
  }

  private static String changedWhat(Affected.ChangedDoc doc) {
    String what = doc.kind() == Affected.Kind.DECISION && doc.name().startsWith("ADR")
        ? doc.name() + (doc.title().isBlank() ? "" : " " + oneLine(doc.title()))
        : doc.kind().word();
    return what + ", " + doc.change().name().toLowerCase(Locale.ROOT);
  }

  private static String github(Affected.Report report) {
    StringBuilder out = new StringBuilder();
    for (Affected.Doc doc : report.docs()) {
      StringBuilder message = new StringBuilder();
      for (Affected.Reason reason : doc.reasons()) {
        if (!message.isEmpty()) {
          message.append('\n');
        }
        message.append(doc.kind() == Affected.Kind.DECISION ? doc.name() + " " : "").append(reason.text());
      }
      out.append("::notice file=").append(property(report.inRepository(doc.file())))
          .append(",line=").append(doc.line())
          .append(",title=").append(property("archdoc affected: " + oneLine(heading(doc))))
          .append("::").append(data(message.toString())).append('\n');
    }
    for (Affected.ChangedDoc doc : report.changedDocs()) {
      if (doc.change() == FileChange.Kind.DELETED) {
        continue; // no line of it is left to annotate
      }
      out.append("::notice file=").append(property(report.inRepository(doc.file())))
          .append(",title=").append(property("archdoc affected: doc changed"))
          .append("::").append(data(doc.slashed() + " (" + changedWhat(doc) + ")")).append('\n');
    }
    return out.append("archdoc affected: ").append(summary(report)).append('\n').toString();
  }

  private static String markdown(Affected.Report report) {
    StringBuilder out = new StringBuilder();
    out.append("### archdoc: the docs this change concerns\n\n");
    out.append(escape(summary(report))).append(".\n\n");
    if (report.docs().isEmpty() && report.changedDocs().isEmpty()) {
      out.append("No decision, page, tour or diagram names the changed code, and no doc changed.\n");
      return out.toString();
    }
    if (!report.docs().isEmpty()) {
      out.append("#### Docs whose code changed\n\n");
      for (Affected.Doc doc : report.docs()) {
        out.append("- ");
        if (doc.kind() == Affected.Kind.DECISION) {
          out.append("**").append(escape(doc.name())).append("**");
          if (!doc.title().isBlank()) {
            out.append(' ').append(escape(doc.title()));
          }
          out.append(" (").append(code(report.inRepository(doc.file()))).append(")\n");
        } else {
          out.append(doc.kind().word()).append(' ').append(code(report.inRepository(doc.file())));
          if (!doc.title().isBlank()) {
            out.append(": ").append(escape(doc.title()));
          }
          out.append('\n');
        }
        List<Affected.Reason> reasons = doc.reasons();
        for (Affected.Reason reason : reasons.subList(0, Math.min(MAX_REASONS, reasons.size()))) {
          out.append("  - ").append(reason.states()).append(' ').append(code(reason.element()));
          if (reason.docLine() > 0 && doc.kind() != Affected.Kind.DECISION) {
            out.append(" (line ").append(reason.docLine()).append(')');
          }
          out.append(", changed in ").append(code(report.inRepository(java.nio.file.Path.of(reason.file()))
              + (reason.lines().isEmpty() ? "" : ":" + reason.lines())));
          if (reason.lines().isEmpty()) {
            out.append(" (deleted)");
          }
          if (!reason.changed().isEmpty()) {
            out.append(" (").append(String.join(", ", reason.changed().stream().map(AffectedFormat::code).toList()))
                .append(')');
          }
          out.append('\n');
        }
        if (reasons.size() > MAX_REASONS) {
          out.append("  - and ").append(reasons.size() - MAX_REASONS).append(" more\n");
        }
      }
      out.append('\n');
    }
    if (!report.changedDocs().isEmpty()) {
      out.append("#### Docs this change edits\n\n");
      for (Affected.ChangedDoc doc : report.changedDocs()) {
        out.append("- ").append(code(report.inRepository(doc.file()))).append(" (").append(escape(changedWhat(doc)))
            .append(")\n");
      }
      out.append('\n');
    }
    out.append("<sub>Informs the review; `archdoc check` gates it.</sub>\n");
    return out.toString();
  }

  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}]");

  /** Text with every ASCII punctuation mark backslash-escaped (CommonMark), on one line, cut to length. */
  static String escape(String text) {
    String line = cut(oneLine(text));
    return PUNCTUATION.matcher(line).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
  }

  /** A code span that holds any text: its fence is one backtick longer than the longest run inside. */
  static String code(String text) {
    String line = cut(oneLine(text));
    int longest = 0;
    int run = 0;
    for (char c : line.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
    return fence + pad + line + pad + fence;
  }

  private static String cut(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
