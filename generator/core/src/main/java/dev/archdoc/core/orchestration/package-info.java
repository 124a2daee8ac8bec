/**
 * The orchestration: every stage from the sources to the written site, in one place, so the
 * command line and the Maven plugin build the same site the same way. (Named for what it does, and
 * not {@code build}: a {@code build/} folder is ignored by many tools' and Gradle users' rules.)
 *
 * <p>{@link dev.archdoc.core.orchestration.SiteBuild#run} starts the renderers (AsciidoctorJ boots
 * while the doclet reads the code), loads and links the project, runs the drift check so the site's
 * drift page shows exactly what {@code archdoc check} would say, and writes the site. {@code
 * archdoc serve} calls its overload that takes renderers the caller keeps warm between builds and
 * a code reader that reuses the last code model.
 */
package dev.archdoc.core.orchestration;
