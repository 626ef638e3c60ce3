package io.github.slakit.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a support contract says about a case (CONTRACT.md, "Decision"): coverage, severity,
 * deadlines, routing, escalation, entitlements, warnings, and the trace of the rules behind them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseId the case's id
 * @param subscriptionId the subscription's id
 * @param vendor the ruleset id
 * @param covered false when the contract does not cover the case ({@link #reason()} says why)
 * @param reason why the case is not covered
 * @param severity the severity after the rules
 * @param targets one per metric, with their deadlines
 * @param routing the support region (APJ, EMEA, AMER) where the vendor routes by time
 * @param escalation the escalation steps, in order, one per role
 * @param entitlements what the subscription gives
 * @param warnings things the reader should know
 * @param trace every rule that fired, in firing order
 * @param businessImpact the customer's stated business impact (ELASTIC-11 seriousness)
 */
public record Decision(
    String caseId,
    String subscriptionId,
    String vendor,
    boolean covered,
    Optional<String> reason,
    Severity severity,
    List<Target> targets,
    Optional<String> routing,
    List<EscalationStep> escalation,
    Entitlements entitlements,
    List<String> warnings,
    List<TraceEntry> trace,
    Optional<String> businessImpact) {

  public Decision {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(severity, "severity");
    targets = List.copyOf(targets);
    Objects.requireNonNull(routing, "routing");
    escalation = List.copyOf(escalation);
    Objects.requireNonNull(entitlements, "entitlements");
    warnings = List.copyOf(warnings);
    trace = List.copyOf(trace);
    Objects.requireNonNull(businessImpact, "businessImpact");
  }

  /** The target of a metric, if the decision has one. */
  public Optional<Target> target(String metric) {
    return targets.stream().filter(t -> t.metric().equals(metric)).findFirst();
  }

  /**
   * The severity after the rules.
   *
   * @param level 1 (most urgent) to 4
   * @param name the vendor's name for it ("Urgent", "High")
   * @param requested the severity the case asked for
   */
  public record Severity(int level, String name, Optional<Integer> requested) {
    public Severity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(requested, "requested");
    }
  }

  /**
   * A target and its deadline.
   *
   * @param metric {@code INITIAL_RESPONSE}, or another metric a rule adds
   * @param target the amount and clock; empty where the policy publishes no target
   * @param calendar the id of the calendar counted in, for the business clocks
   * @param deadline the instant the target falls due; empty with the target
   */
  public record Target(String metric, Optional<TimeSpan> target, Optional<String> calendar,
      Optional<Instant> deadline) {
    public Target {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(calendar, "calendar");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * One role's part in one escalation step.
   *
   * @param step the step's number, from 1
   * @param at when the step is due
   * @param role who acts (VEEAM-7 roles for Veeam)
   * @param action what they do
   */
  public record EscalationStep(int step, Instant at, String role, String action) {
    public EscalationStep {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(action, "action");
    }
  }

  /**
   * One rule that fired.
   *
   * @param rule the rule's name
   * @param clause the policy clause it implements ({@code ELASTIC-4}), {@code ""} when not named
   */
  public record TraceEntry(String rule, String clause) {
    public TraceEntry {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(clause, "clause");
    }
  }
}
