package io.github.slakit.examples;

/**
 * A command line that cannot be run as written, or an input file the harness refuses: its message
 * is shown to the user as is, on one line; exit status 2.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
