package io.github.slakit.core;

import org.jspecify.annotations.Nullable;

/**
 * A case, a subscription or a calendar that cannot be used: malformed JSON, a missing or invalid
 * field, an unknown vendor or level. The message reads {@code source: path: value is not ...},
 * for example {@code case.json: severity: 7 is not a severity (1..4)}.
 */
public class SlaInputException extends SlaException {
  private static final long serialVersionUID = 1L;

  /**
   * Bad input with no underlying cause.
   *
   * @param message {@code source: path: value is not ...}, on one line
   */
  public SlaInputException(String message) {
    super(message);
  }

  /**
   * Bad input found through another exception (a parser's, a calendar's).
   *
   * @param message {@code source: path: value is not ...}, on one line
   * @param cause the underlying exception, or null when there is none
   */
  public SlaInputException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
