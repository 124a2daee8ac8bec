package dev.archdoc.core.docs.adr;

/** The way an ADR's metadata is written, as recognised by the loader. */
public enum AdrFormat {
  /** Nygard / adr-tools: {@code # 3. Title}, a {@code Date:} line, a {@code ## Status} section. */
  NYGARD,
  /** MADR 2: {@code * Status: accepted}, {@code * Deciders:}, {@code * Date:} bullets. */
  MADR_2,
  /** MADR 3/4: YAML front matter with {@code status}, {@code date}, {@code decision-makers}. */
  MADR_FRONT_MATTER,
  /** log4brains: MADR 2 bullets in a date-prefixed file, relations under {@code ## Links}. */
  LOG4BRAINS,
  /** AsciiDoc: {@code = Title} with {@code :status:} attributes, or adr-tools style sections. */
  ASCIIDOC,
  /** Markdown with none of the metadata conventions above. */
  PLAIN_MARKDOWN
}
