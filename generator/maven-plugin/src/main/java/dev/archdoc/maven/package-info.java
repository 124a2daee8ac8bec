/**
 * archdoc in a Maven build: {@code archdoc:check} (bound to {@code verify}) fails the build with
 * the findings when the docs drift from the code, and {@code archdoc:accept} writes
 * {@code archdoc.lock}. Both are thin shells over archdoc-core's pipeline and check stage; what
 * they add is what only Maven knows: where the project root is in a multi-module build
 * ({@code ProjectRoot}) and the compile class path of every module already built
 * ({@code ReactorClasspath}), so sources that span modules resolve their imports.
 */
package dev.archdoc.maven;
