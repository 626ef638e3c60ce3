package io.github.slakit.core;

import org.jspecify.annotations.Nullable;

/**
 * The one family of domain failures of slakit: bad input ({@link SlaInputException}) and rulesets
 * that do not compile or fail while evaluating ({@link SlaRulesException}). Messages name the
 * source (file), the field path or DRL line and column, and the value.
 */
public class SlaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure with no underlying cause.
   *
   * @param message what is wrong, naming the source, the place and the value
   */
  public SlaException(String message) {
    super(message);
  }

  /**
   * A failure caused by another exception.
   *
   * @param message what is wrong, naming the source, the place and the value
   * @param cause the underlying exception, or null when there is none
   */
  public SlaException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
