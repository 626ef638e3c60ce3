package io.github.slakit.core;

import org.jspecify.annotations.Nullable;

/**
 * The one family of domain failures of slakit: bad input ({@link SlaInputException}) and rulesets
 * that do not compile or fail while evaluating ({@link SlaRulesException}). Messages name the
 * source (file), the field path or DRL line and column, and the value.
 */
public class SlaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SlaException(String message) {
    super(message);
  }

  public SlaException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
