package com.example.raft.boundary;

import java.util.Optional;

/**
 * The rules for keys and values, checked before a request reaches the cluster so that a bad
 * request costs no log entry.
 *
 * <p>Keys and values are non-empty, printable and free of whitespace (the console separates
 * arguments by spaces); keys are at most {@value #MAX_KEY_LENGTH} characters, values at most
 * {@value #MAX_VALUE_LENGTH}.
 */
final class RequestValidation {

  static final int MAX_KEY_LENGTH = 256;
  static final int MAX_VALUE_LENGTH = 4096;

  private RequestValidation() {}

  /** Why {@code key} is not acceptable, if it is not. */
  static Optional<String> checkKey(String key) {
    return check("key", key, MAX_KEY_LENGTH);
  }

  /** Why {@code value} is not acceptable, if it is not. */
  static Optional<String> checkValue(String value) {
    return check("value", value, MAX_VALUE_LENGTH);
  }

  private static Optional<String> check(String what, String text, int maxLength) {
    if (text == null || text.isEmpty()) {
      return Optional.of("the " + what + " must not be empty");
    }
    if (text.length() > maxLength) {
      return Optional.of("the " + what + " is longer than " + maxLength + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return Optional.of("the " + what + " must not contain spaces or control characters");
      }
    }
    return Optional.empty();
  }
}
