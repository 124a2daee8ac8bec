/**
 * The code model's JSON form, what {@code archdoc model} and the standalone doclet write for
 * other tools: a {@code schemaVersion}, keys sorted, lists in the model's own sorted order, so the
 * same sources always give byte-identical JSON.
 */
package dev.archdoc.doclet.json;
