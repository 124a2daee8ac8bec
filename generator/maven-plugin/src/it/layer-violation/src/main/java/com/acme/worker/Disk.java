package com.acme.worker;

/** Writes to disk. */
public final class Disk {
  /** Saves. */
  public void save(com.acme.core.Ledger ledger) {}
}
