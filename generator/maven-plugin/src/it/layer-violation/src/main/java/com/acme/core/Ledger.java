package com.acme.core;

/** Keeps the books. */
public final class Ledger {
  /** Adds, and (wrongly) saves. */
  public void add() {
    new com.acme.worker.Disk().save(this);
  }
}
