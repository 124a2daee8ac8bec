package com.acme.core;

/** Keeps the books. */
@dev.archdoc.annotations.Decision("ADR-1")
public final class Ledger {}
