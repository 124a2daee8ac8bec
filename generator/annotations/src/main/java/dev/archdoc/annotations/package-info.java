/**
 * The annotations a documented system puts in its code to point at its architecture docs.
 *
 * <p>This package is the only thing archdoc asks a documented system to depend on, so it has no
 * dependencies of its own and nothing in it survives to run time.
 */
package dev.archdoc.annotations;
