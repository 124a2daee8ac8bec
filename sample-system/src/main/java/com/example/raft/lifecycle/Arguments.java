package com.example.raft.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The arguments of one subcommand, split into positional words and {@code --option value} pairs,
 * checked against the options the subcommand knows. A problem is a one-line message, never an
 * exception.
 */
record Arguments(List<String> positional, Map<String, String> options, Optional<String> problem) {

  static Arguments parse(List<String> words, Set<String> known) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!word.startsWith("--")) {
        positional.add(word);
      } else if (!known.contains(word)) {
        return failed("unknown option '" + word + "'; known: " + String.join(" ", known));
      } else if (i + 1 >= words.size()) {
        return failed("option " + word + " needs a value");
      } else {
        options.put(word, words.get(++i));
      }
    }
    return new Arguments(List.copyOf(positional), options, Optional.empty());
  }

  private static Arguments failed(String problem) {
    return new Arguments(List.of(), Map.of(), Optional.of(problem));
  }

  /** The integer value of {@code option}, or {@code fallback}; empty if it is not a number in range. */
  Optional<Integer> integer(String option, int fallback, int min, int max) {
    String text = options.get(option);
    if (text == null) {
      return Optional.of(fallback);
    }
    try {
      int value = Integer.parseInt(text);
      return value >= min && value <= max ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
