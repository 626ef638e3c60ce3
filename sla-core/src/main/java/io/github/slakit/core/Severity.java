package io.github.slakit.core;

import java.util.Objects;

/**
 * A severity: its level, 1 (most urgent) to 4, and the vendor's name for it ("Urgent", "Severity
 * 2"). The one severity type of slakit: the fact rules insert and adjust, and the decision's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level 1 (most urgent) to 4
 * @param name the vendor's name for it
 */
public record Severity(int level, String name) {
  /**
   * Checks the severity.
   *
   * @param level 1 (most urgent) to 4
   * @param name the vendor's name for it
   * @throws NullPointerException when the name is null
   * @throws IllegalArgumentException when the level is not 1..4
   */
  public Severity {
    Objects.requireNonNull(name, "name");
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("severity (" + level + ") must be 1..4");
    }
  }
}
