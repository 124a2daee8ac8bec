/**
 * The pipeline: reads a project into linked models, one stage after another.
 *
 * <p>{@link dev.archdoc.core.pipeline.Pipeline#load} is the whole story in one short method: read
 * {@code archdoc.yml}; for each system, read the code (the doclet) while the docs are read; link
 * the two. Commands (check, build, serve) start from its {@link
 * dev.archdoc.core.pipeline.ProjectModel} and add their own last stages.
 */
package dev.archdoc.core.pipeline;
