package io.github.slakit.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a support contract says about a case (the JSON contract's "decision"): coverage, severity,
 * deadlines, routing, escalation, entitlements, warnings, and the trace of the rules behind them.
 * It depends only on the case, the subscription, the ruleset and the calendars, never on the
 * moment it is computed (TERM-2).
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseId the case's id
 * @param subscriptionId the subscription's id
 * @param vendor the ruleset id
 * @param rulesetVersion the version of the ruleset that decided ({@link Ruleset#version()}), so
 *     that a stored decision can be traced to its rules
 * @param notCovered why the contract does not cover the case; empty when it covers it
 * @param severity the severity after the rules
 * @param requestedSeverity the severity the case asked for
 * @param targets one per metric, each with its status and, when scheduled, its deadline
 * @param routing the support region (APJ, EMEA, AMER) where the vendor routes by time
 * @param escalation the escalation steps, in order; empty when the case is not covered
 * @param entitlements what the subscription gives (shown whether or not the case is covered)
 * @param warnings things the reader should know, each with its code
 * @param trace every rule that fired, in firing order, and the engine's own clauses (TERM-1)
 * @param businessImpact the customer's stated business impact (ELASTIC-11 seriousness)
 */
public record Decision(
    String caseId,
    String subscriptionId,
    String vendor,
    String rulesetVersion,
    List<Notice> notCovered,
    Severity severity,
    Optional<Integer> requestedSeverity,
    List<Target> targets,
    Optional<String> routing,
    List<EscalationStep> escalation,
    Entitlements entitlements,
    List<Notice> warnings,
    List<TraceEntry> trace,
    Optional<String> businessImpact) {

  /**
   * Checks the decision and copies the lists.
   *
   * @param caseId the case's id
   * @param subscriptionId the subscription's id
   * @param vendor the ruleset id
   * @param rulesetVersion the version of the ruleset that decided ({@link Ruleset#version()}), so
   *     that a stored decision can be traced to its rules
   * @param notCovered why the contract does not cover the case; empty when it covers it
   * @param severity the severity after the rules
   * @param requestedSeverity the severity the case asked for
   * @param targets one per metric, each with its status and, when scheduled, its deadline
   * @param routing the support region (APJ, EMEA, AMER) where the vendor routes by time
   * @param escalation the escalation steps, in order; empty when the case is not covered
   * @param entitlements what the subscription gives (shown whether or not the case is covered)
   * @param warnings things the reader should know, each with its code
   * @param trace every rule that fired, in firing order, and the engine's own clauses (TERM-1)
   * @param businessImpact the customer's stated business impact (ELASTIC-11 seriousness)
   * @throws NullPointerException when a component or an element of a list is null
   * @throws IllegalArgumentException when a case that is not covered has a target other than
   *     {@link TargetStatus#NOT_COVERED} or an escalation step
   */
  public Decision {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(rulesetVersion, "rulesetVersion");
    notCovered = List.copyOf(notCovered);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(requestedSeverity, "requestedSeverity");
    targets = List.copyOf(targets);
    Objects.requireNonNull(routing, "routing");
    escalation = List.copyOf(escalation);
    Objects.requireNonNull(entitlements, "entitlements");
    warnings = List.copyOf(warnings);
    trace = List.copyOf(trace);
    Objects.requireNonNull(businessImpact, "businessImpact");
    if (!notCovered.isEmpty()) {
      for (Target t : targets) {
        if (t.status() != TargetStatus.NOT_COVERED) {
          throw new IllegalArgumentException(
              "a case that is not covered has no " + t.status() + " target (" + t.metric() + ")");
        }
      }
      if (!escalation.isEmpty()) {
        throw new IllegalArgumentException("a case that is not covered has no escalation");
      }
    }
  }

  /**
   * {@return whether the contract covers the case: true exactly when {@code notCovered} is empty}
   */
  public boolean covered() {
    return notCovered.isEmpty();
  }

  /**
   * The target of a metric.
   *
   * @param metric {@link Metrics#INITIAL_RESPONSE}, or a metric a ruleset adds
   * @return the target, or empty when the decision lists none for the metric (every decision
   *     lists {@link Metrics#INITIAL_RESPONSE})
   */
  public Optional<Target> target(String metric) {
    return targets.stream().filter(t -> t.metric().equals(metric)).findFirst();
  }

  /**
   * Whether a warning with this code was given.
   *
   * @param code a warning code ({@code NEEDS_SE_CONSULTATION})
   * @return true when {@code warnings} holds one with that code
   */
  public boolean warns(String code) {
    return warnings.stream().anyMatch(w -> w.code().equals(code));
  }

  /** Where a target stands. */
  public enum TargetStatus {
    /** The target has a deadline. */
    SCHEDULED,
    /** The policy publishes no target for this metric: no deadline. */
    NO_TARGET,
    /** The contract does not cover the case: no deadline, whatever the target would be. */
    NOT_COVERED,
    /**
     * The metric's clock starts at a later event of the case ({@code ESCALATED}), not at the
     * opening: the target is known, its deadline comes with the case's status.
     */
    ON_EVENT
  }

  /**
   * A target and, when scheduled, its deadline.
   *
   * @param metric {@link Metrics#INITIAL_RESPONSE}, or another metric a rule adds
   * @param status where it stands
   * @param target the amount and clock: present when scheduled, absent with {@code NO_TARGET},
   *     and for {@code NOT_COVERED} the target the level would give, if any
   * @param calendar the id of the calendar that counts a business-hours or business-days target
   * @param deadline the instant the target falls due; present exactly when scheduled
   */
  public record Target(
      String metric,
      TargetStatus status,
      Optional<TimeSpan> target,
      Optional<String> calendar,
      Optional<Instant> deadline) {
    /**
     * Checks that the components agree with the status.
     *
     * @param metric {@link Metrics#INITIAL_RESPONSE}, or another metric a rule adds
     * @param status where it stands
     * @param target the amount and clock: present when scheduled, absent with {@code NO_TARGET},
     *     and for {@code NOT_COVERED} the target the level would give, if any
     * @param calendar the id of the calendar that counts a business-hours or business-days target
     * @param deadline the instant the target falls due; present exactly when scheduled
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when a deadline is given other than with {@code SCHEDULED}
     *     (or missing with it), {@code SCHEDULED} has no target, {@code NO_TARGET} has one, or a
     *     calendar is given without a business clock (or missing with one)
     */
    public Target {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(calendar, "calendar");
      Objects.requireNonNull(deadline, "deadline");
      if (status == TargetStatus.ON_EVENT && target.isEmpty()) {
        throw new IllegalArgumentException(metric + ": ON_EVENT needs a target");
      }
      if (deadline.isPresent() != (status == TargetStatus.SCHEDULED)) {
        throw new IllegalArgumentException(
            metric + ": a deadline goes with SCHEDULED, not " + status);
      }
      if (status == TargetStatus.SCHEDULED && target.isEmpty()) {
        throw new IllegalArgumentException(metric + ": SCHEDULED needs a target");
      }
      if (status == TargetStatus.NO_TARGET && target.isPresent()) {
        throw new IllegalArgumentException(metric + ": NO_TARGET has no target");
      }
      boolean business = target.map(t -> t.clock() != ClockKind.ELAPSED).orElse(false);
      if (calendar.isPresent() != business) {
        throw new IllegalArgumentException(metric + ": a calendar goes with a business clock");
      }
    }
  }

  /** Whether an escalation step's instant is a due time or only the earliest moment. */
  public enum Timing {
    /** The procedure sets a time: the step is due at the instant. */
    DUE,
    /** The procedure gives no time: the step cannot happen before the instant. */
    NOT_BEFORE
  }

  /**
   * One escalation step.
   *
   * @param step the step's number, from 1
   * @param roles who act (VEEAM-7 roles for Veeam), in order
   * @param action what they do
   * @param at when the step is due, or the earliest moment it can happen (see {@code timing})
   * @param timing whether {@code at} is a due time or a "not before"
   * @param clause the policy clause the step comes from
   */
  public record EscalationStep(
      int step, List<String> roles, String action, Instant at, Timing timing, String clause) {
    /**
     * Checks the components and copies the roles.
     *
     * @param step the step's number, from 1
     * @param roles who act (VEEAM-7 roles for Veeam), in order
     * @param action what they do
     * @param at when the step is due, or the earliest moment it can happen (see {@code timing})
     * @param timing whether {@code at} is a due time or a "not before"
     * @param clause the policy clause the step comes from
     * @throws NullPointerException when a component or a role is null
     */
    public EscalationStep {
      roles = List.copyOf(roles);
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(timing, "timing");
      Objects.requireNonNull(clause, "clause");
    }
  }

  /**
   * One rule that fired, or a clause the engine applied itself.
   *
   * @param rule the rule's name
   * @param clause the policy clause it implements ({@code ELASTIC-4}), {@code ""} when not named
   */
  public record TraceEntry(String rule, String clause) {
    /**
     * Checks the components.
     *
     * @param rule the rule's name
     * @param clause the policy clause it implements ({@code ELASTIC-4}), {@code ""} when not named
     * @throws NullPointerException when a component is null
     */
    public TraceEntry {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(clause, "clause");
    }
  }
}
