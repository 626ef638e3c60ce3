package io.github.slakit.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something a decision says in words and in a stable code: a warning, or a reason why the contract
 * does not cover the case. Programs act on the {@link #code()}; people read the {@link
 * #message()}. The codes of the built-in rulesets are listed in the JSON contract (docs/JSON.md).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code upper case letters, digits and underscores, starting with a letter ({@code
 *     OUTSIDE_TERM})
 * @param message the same in a sentence, for people
 * @param clause the policy clause of the rule that raised it ({@code TERM-1}), {@code ""} when the
 *     rule names none
 */
public record Notice(String code, String message, String clause) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * Checks the components.
   *
   * @param code upper case letters, digits and underscores, starting with a letter ({@code
   *     OUTSIDE_TERM})
   * @param message the same in a sentence, for people
   * @param clause the policy clause of the rule that raised it ({@code TERM-1}), {@code ""} when
   *     the rule names none
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the code is not upper case letters, digits and
   *     underscores starting with a letter
   */
  public Notice {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(clause, "clause");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "code (\""
              + code
              + "\") must be upper case letters, digits and underscores, starting with a letter");
    }
  }
}
