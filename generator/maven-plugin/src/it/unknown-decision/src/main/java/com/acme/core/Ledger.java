package com.acme.core;

/** Keeps the books. */
@dev.archdoc.annotations.Decision("ADR-7")
public final class Ledger {}
