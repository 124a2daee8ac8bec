/**
 * The docs stage: reads one system's docs folder into a {@link dev.archdoc.core.docs.DocSet}.
 *
 * <p>{@link dev.archdoc.core.docs.DocReader} sorts the files into ADRs (sub-package {@code adr}),
 * Markdown and AsciiDoc pages ({@code page}) and PlantUML diagrams, and reads each with its reader;
 * {@code ref} holds what docs and diagrams share (code references, project files).
 * {@link dev.archdoc.core.docs.DecodedText} is the one UTF-8 reader for every doc file.
 */
package dev.archdoc.core.docs;
