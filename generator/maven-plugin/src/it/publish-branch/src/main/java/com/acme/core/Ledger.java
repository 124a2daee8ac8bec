package com.acme.core;

/** Keeps the books. */
public final class Ledger {}
