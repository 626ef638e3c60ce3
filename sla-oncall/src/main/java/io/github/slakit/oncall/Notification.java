package io.github.slakit.oncall;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification of an escalation plan: a person, by a channel, at an instant, because of a rule
 * in a pass.
 *
 * @param pass the pass, from 1 ({@code loops + 1} passes)
 * @param rule the rule's position in the policy, from 1
 * @param at when the rule fires
 * @param person whom it notifies
 * @param channel how
 * @param target the rule's target that reached the person
 * @param role the step's role, for a {@link Target.Type#STEP_ROLES} target
 * @param schedule the schedule the person was on call in, for a schedule or a role
 */
public record Notification(
    int pass,
    int rule,
    Instant at,
    String person,
    Channel channel,
    Target target,
    Optional<String> role,
    Optional<String> schedule) {
  /**
   * Checks the notification.
   *
   * @param pass the pass, from 1
   * @param rule the rule, from 1
   * @param at when the rule fires
   * @param person whom it notifies
   * @param channel how
   * @param target the rule's target
   * @param role the step's role, or empty
   * @param schedule the schedule, or empty
   */
  public Notification {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(schedule, "schedule");
  }
}
