package io.github.slakit.core;

import java.util.Optional;

/** How a target or an escalation delay is counted (TIME-1..TIME-3). */
public enum ClockKind {
  /** Elapsed time on the timeline, 24x7 (TIME-1). */
  ELAPSED("24x7"),
  /** Business time of a calendar (TIME-2). */
  BUSINESS_HOURS("business-hours"),
  /** Business days of a calendar (TIME-3). */
  BUSINESS_DAYS("business-days");

  private final String json;

  ClockKind(String json) {
    this.json = json;
  }

  /**
   * {@return the spelling in the JSON contract: {@code 24x7}, {@code business-hours} or {@code
   * business-days}}
   */
  public String json() {
    return json;
  }

  /**
   * The kind spelled {@code text} in the JSON contract.
   *
   * @param text {@code 24x7}, {@code business-hours} or {@code business-days}, matched exactly
   * @return the kind, or empty for any other text
   */
  public static Optional<ClockKind> ofJson(String text) {
    for (ClockKind k : values()) {
      if (k.json.equals(text)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return json;
  }
}
