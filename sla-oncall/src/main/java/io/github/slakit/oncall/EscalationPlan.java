package io.github.slakit.oncall;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an escalation policy does from an instant on (ONCALL-2, ONCALL-4): every notification in
 * order, the targets that reach nobody, and, when an acknowledgement is given, the notifications
 * it cancelled (those at or after it). Without an acknowledgement nothing is cancelled and the
 * plan runs to the end of its last pass.
 *
 * @param start the instant the first rule fires
 * @param acknowledgedAt when someone acknowledged, if anyone did
 * @param notifications the notifications sent, in order (instant, then pass and rule, then target)
 * @param unreached the targets that reach nobody before the acknowledgement, in the same order
 * @param cancelled the notifications the acknowledgement cancelled, in the same order
 */
public record EscalationPlan(
    Instant start,
    Optional<Instant> acknowledgedAt,
    List<Notification> notifications,
    List<Unreached> unreached,
    List<Notification> cancelled) {
  /**
   * Checks and copies the lists.
   *
   * @param start the instant the first rule fires
   * @param acknowledgedAt when someone acknowledged, or empty
   * @param notifications the notifications sent
   * @param unreached the targets that reach nobody
   * @param cancelled the notifications cancelled
   */
  public EscalationPlan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    notifications = List.copyOf(notifications);
    unreached = List.copyOf(unreached);
    cancelled = List.copyOf(cancelled);
  }
}
