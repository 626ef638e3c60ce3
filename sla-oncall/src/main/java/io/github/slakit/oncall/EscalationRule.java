package io.github.slakit.oncall;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One rule of an escalation policy (ONCALL-2): notify these targets by these channels; if nobody
 * has acknowledged {@code delayMinutes} after the rule fired, the next rule fires (ONCALL-4).
 *
 * @param targets whom to notify, in order; at least one
 * @param channels how (ONCALL-3); {@code [DEFAULT]} when the rule names none
 * @param delayMinutes how long after this rule fires the next one does, in minutes (0 to
 *     {@link #MAX_DELAY_MINUTES})
 */
public record EscalationRule(List<Target> targets, List<Channel> channels, int delayMinutes) {
  /** The longest delay: one year, in minutes. */
  public static final int MAX_DELAY_MINUTES = 366 * 24 * 60;

  /**
   * Checks and copies the rule.
   *
   * @param targets whom to notify, at least one
   * @param channels how; empty for {@code DEFAULT}; no channel twice, and {@code DEFAULT} alone
   * @param delayMinutes 0 to {@link #MAX_DELAY_MINUTES}
   * @throws IllegalArgumentException when a list breaks these rules or the delay is out of range
   */
  public EscalationRule {
    targets = List.copyOf(targets);
    channels = channels.isEmpty() ? List.of(Channel.DEFAULT) : List.copyOf(channels);
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a rule needs at least one target");
    }
    if (new LinkedHashSet<>(channels).size() != channels.size()) {
      throw new IllegalArgumentException("a channel is listed twice: " + channels);
    }
    if (channels.size() > 1 && channels.contains(Channel.DEFAULT)) {
      throw new IllegalArgumentException("DEFAULT stands alone: " + channels);
    }
    if (delayMinutes < 0 || delayMinutes > MAX_DELAY_MINUTES) {
      throw new IllegalArgumentException(
          "a delay is 0 to " + MAX_DELAY_MINUTES + " minutes, not " + delayMinutes);
    }
    Objects.requireNonNull(channels, "channels");
  }

  /**
   * A rule that notifies the targets by the people's own preferences.
   *
   * @param delayMinutes minutes until the next rule
   * @param targets whom to notify
   * @return the rule
   */
  public static EscalationRule of(int delayMinutes, Target... targets) {
    return new EscalationRule(List.of(targets), List.of(), delayMinutes);
  }
}
