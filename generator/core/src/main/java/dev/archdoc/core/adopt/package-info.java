/**
 * {@code archdoc init}: what an existing project already has (its Maven or Gradle modules, its ADR
 * folders and their format, its top-level packages), found by the same discovery every command uses
 * ({@link dev.archdoc.core.config.ConfigReader}, ADR-23), written down as a first
 * {@code archdoc.yml}. Planning is separate from writing: {@link dev.archdoc.core.adopt.InitPlan}
 * says what to write; the command line writes only files that do not exist.
 */
package dev.archdoc.core.adopt;
