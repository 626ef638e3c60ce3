package io.github.slakit.oncall;

import io.github.slakit.core.Decision;
import java.util.List;
import java.util.Objects;

/**
 * An escalation step of a decision with who is on call for each of its roles at the step's
 * instant, and the policy's plan from that instant.
 *
 * @param step the decision's step
 * @param roles one per role of the step, in the step's order
 * @param plan the policy applied at the step's instant (ONCALL-4)
 */
public record StepPlan(Decision.EscalationStep step, List<RoleOnCall> roles, EscalationPlan plan) {
  /**
   * Checks and copies.
   *
   * @param step the decision's step
   * @param roles one per role
   * @param plan the plan
   */
  public StepPlan {
    Objects.requireNonNull(step, "step");
    roles = List.copyOf(roles);
    Objects.requireNonNull(plan, "plan");
  }
}
