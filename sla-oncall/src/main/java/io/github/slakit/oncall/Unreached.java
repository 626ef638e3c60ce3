package io.github.slakit.oncall;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A target of an escalation plan that reaches nobody when its rule fires (ONCALL-4): the plan
 * reports it with no person. When every target of a rule reaches nobody, the next rule fires at
 * once.
 *
 * @param pass the pass, from 1
 * @param rule the rule's position in the policy, from 1
 * @param at when the rule fires
 * @param target the target that reaches nobody
 * @param role the step's role, for a {@link Target.Type#STEP_ROLES} target
 * @param schedule the schedule that has nobody, when there is one
 * @param reason why nobody is reached
 */
public record Unreached(
    int pass,
    int rule,
    Instant at,
    Target target,
    Optional<String> role,
    Optional<String> schedule,
    Reason reason) {
  /** Why a target reaches nobody. */
  public enum Reason {
    /** The schedule has nobody on call then: a gap. */
    NOBODY_ON_CALL,
    /** The schedule has no next different person within {@link Schedule#SEARCH}. */
    NO_NEXT_ON_CALL,
    /** The schedule has no previous different person within {@link Schedule#SEARCH}. */
    NO_PREVIOUS_ON_CALL,
    /** The step's role is mapped to no schedule. */
    NO_SCHEDULE_FOR_ROLE,
    /** The plan was not applied to an escalation step, or the step names no role. */
    NO_STEP_ROLES
  }

  /**
   * Checks the entry.
   *
   * @param pass the pass, from 1
   * @param rule the rule, from 1
   * @param at when the rule fires
   * @param target the target
   * @param role the step's role, or empty
   * @param schedule the schedule, or empty
   * @param reason why nobody is reached
   */
  public Unreached {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(reason, "reason");
  }
}
