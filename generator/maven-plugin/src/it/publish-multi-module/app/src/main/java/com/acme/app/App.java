package com.acme.app;

import com.acme.core.Settings;

/** The application. */
public final class App {
  /** Starts. */
  public static void main(String[] args) {
    new Settings().read("a: 1");
  }
}
