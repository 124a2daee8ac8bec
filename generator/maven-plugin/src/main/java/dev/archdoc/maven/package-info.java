/**
 * archdoc in a Maven build: {@code archdoc:check} (bound to {@code verify}) fails the build with
 * the findings when the docs drift from the code, and {@code archdoc:accept} writes
 * {@code archdoc.lock}, {@code archdoc:build} and {@code archdoc:publish} build the site (the second
 * as one version of a versioned site), and {@code archdoc:report} is the "Architecture" report of
 * {@code mvn site}. All are thin shells over archdoc-core's build, publish and check stages; what
 * they add is what only Maven knows: which module acts, once, for the archdoc project of a
 * multi-module build ({@code ArchdocProject}, with core's {@code ProjectLocator}) and the compile
 * class path of every module already built
 * ({@code ReactorClasspath}), so sources that span modules resolve their imports.
 */
package dev.archdoc.maven;
