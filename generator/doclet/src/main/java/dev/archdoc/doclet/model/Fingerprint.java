package dev.archdoc.doclet.model;

/**
 * Hashes that tell whether an element changed, for the stale-reference rule. Both ignore
 * whitespace and comments: the signature hash is taken over the canonical signature the compiler
 * sees, the body hash over a normalized print of the parsed body.
 *
 * @param signature hash of modifiers, annotations, type parameters, types, name and throws
 * @param body hash of the body (method/constructor block, field initializer, whole type
 *     declaration); empty when the element has no body
 */
public record Fingerprint(String signature, String body) {}
