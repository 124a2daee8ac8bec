/**
 * Diagrams drawn from the models rather than by hand: the layers and what uses what, the packages
 * and their dependencies, the types of a package, and the supersession graph of the ADRs.
 *
 * <p>Each is a pure function from a model to PlantUML source ({@link
 * dev.archdoc.core.docs.ref.DiagramSource}), which goes through the same renderer and cache as
 * hand-written diagrams. Elements carry {@code [[code:...]]} links, so each box leads to its page.
 * Generated diagrams ask for PlantUML's pure-Java Smetana layout, so they come out the same
 * whether or not Graphviz is installed.
 */
package dev.archdoc.core.diagram.generated;
