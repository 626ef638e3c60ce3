package io.github.slakit.examples;

/** A command line that cannot be run as written; its message is shown to the user as is. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
