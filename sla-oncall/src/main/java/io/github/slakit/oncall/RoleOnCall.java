package io.github.slakit.oncall;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is on call for one role of an escalation step at the step's instant.
 *
 * @param role the role as the ruleset spells it ({@code DISTRIBUTOR_ENGINEER})
 * @param schedule the schedule mapped to the role, if any
 * @param onCall who that schedule has on call, if anyone
 */
public record RoleOnCall(String role, Optional<String> schedule, Optional<OnCall> onCall) {
  /**
   * Checks the answer.
   *
   * @param role the role
   * @param schedule the role's schedule, or empty
   * @param onCall who is on call, or empty
   */
  public RoleOnCall {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(onCall, "onCall");
  }
}
