package io.github.slakit.rules;

import java.util.Objects;

/**
 * Fact: the case's severity as the rules decided it so far. Classification rules insert one;
 * adjusting rules replace it (delete, insert); the one left when the rules stop is the decision's.
 *
 * @param level 1 (most urgent) to 4
 * @param name the vendor's name for it
 */
public record Severity(int level, String name) {
  public Severity {
    Objects.requireNonNull(name, "name");
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("severity (" + level + ") must be 1..4");
    }
  }
}
