/**
 * The reading stages: a project's configuration, each system's code and docs, and the links
 * between them, as linked models.
 *
 * <p>{@link dev.archdoc.core.pipeline.Pipeline#load} reads {@code archdoc.yml}, then {@link
 * dev.archdoc.core.pipeline.Pipeline#read} reads each system's code (the doclet) while its docs are
 * read, and links the two. The whole pipeline (these, then check, render, link check and write)
 * is {@code dev.archdoc.core.orchestration.SiteBuild#run}.
 */
package dev.archdoc.core.pipeline;
