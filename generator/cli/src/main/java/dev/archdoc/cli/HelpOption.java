package dev.archdoc.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h}/{@code --help} for a subcommand. Subcommands do not take picocli's standard options
 * because those add {@code -V/--version}, which means "the version the site documents" to
 * {@code build} and {@code publish}; the tool's own version is {@code archdoc --version}.
 */
final class HelpOption {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;
}
