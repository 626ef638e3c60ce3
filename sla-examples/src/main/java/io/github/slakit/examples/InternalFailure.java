package io.github.slakit.examples;

/**
 * A failure that is a bug of slakit, not of the input, already worded as one line (it names the
 * inputs and the exception's class and message): exit status 70.
 */
final class InternalFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InternalFailure(String message) {
    super(message, null, false, false);
  }
}
