/**
 * Live preview: {@code archdoc serve}. {@link dev.archdoc.core.serve.LiveServer#start} is the door:
 * it builds the site, serves it on 127.0.0.1 only (the JDK's {@code com.sun.net.httpserver}),
 * watches the folders a build reads with a {@link java.nio.file.WatchService}, turns a burst of
 * saves into one rebuild, and tells open pages over server-sent events ({@code /_archdoc/events})
 * to reload, or which file and line broke the build.
 *
 * <p>What is kept warm between rebuilds (ADR 14): one {@link dev.archdoc.core.site.Renderers} for
 * the session (AsciidoctorJ, PlantUML, the diagram cache), and each system's last code model,
 * which the doclet reads again only after a change that may touch the code (a {@code .java} file,
 * anything under a source root, a jar, {@code archdoc.yml}). Everything else — docs, linking, the
 * drift check, every page — is done again on each rebuild; the site goes to the other of two
 * folders, and the server switches to it only when it is complete, so a failed build leaves the
 * last good site served. The live-reload script is added to HTML pages as they are sent, never to
 * the built files.
 */
package dev.archdoc.core.serve;
