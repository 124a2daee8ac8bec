/**
 * Configuration: reads the optional {@code archdoc.yml} at a project root into immutable values
 * (the site title, one or more systems with their docs, sources, decisions and layers, and the
 * severity of each drift rule). Both the single-system form of PRODUCT.md and the multi-system
 * {@code systems:} form are accepted; a single-system file is read as one system named after the
 * project folder. Problems (unknown keys, wrong types, malformed YAML, paths that leave the
 * project) come back as {@link dev.archdoc.core.config.ConfigProblem} values with file, line and
 * column, never as exceptions. {@link dev.archdoc.core.config.ConfigReader} is the door: its
 * {@code read} looks at the disk, its {@code parse} works on text and facts in memory.
 */
package dev.archdoc.core.config;
