package com.acme.core;

/** Keeps the books. */
public final class Ledger {
  /** Adds an amount. */
  public int add(int amount) {
    return amount;
  }
}
