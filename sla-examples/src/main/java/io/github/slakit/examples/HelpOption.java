package io.github.slakit.examples;

import picocli.CommandLine.Option;

/** {@code -h}, {@code --help} for every command; {@code --version} is the harness's own. */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;
}
