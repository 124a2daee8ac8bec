package dev.archdoc.core.docs.adr;

/**
 * One entry of an ADR's {@code governs:} annotation, still unresolved: a package pattern
 * ({@code com.example.raft.worker..}), a type or a member, with the line the linker reports
 * against when it does not resolve.
 */
public record GovernedElement(String reference, int line) {}
