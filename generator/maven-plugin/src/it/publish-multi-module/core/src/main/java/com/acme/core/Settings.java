package com.acme.core;

import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Reads settings. */
public final class Settings {
  /** The settings in a YAML text. */
  public Map<String, Object> read(String text) {
    return new Yaml().load(text);
  }
}
