package io.github.slakit.core;

import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Entitlements.VisitQuota;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Ruleset} decided, before the engine turns spans into instants.
 *
 * <p>Immutable and thread-safe. Rules fill it through a {@link Builder}.
 *
 * @param covered whether the contract covers the case
 * @param reason why not, when not covered
 * @param severity the severity level 1..4 after the rules
 * @param severityName the vendor's name for it
 * @param targets the targets, one per metric, in the order decided
 * @param routing the support region
 * @param escalation the escalation steps, one per role
 * @param entitlements what the subscription gives
 * @param warnings things the reader should know, without repeats
 * @param trace the rules that fired, in firing order
 * @param businessImpact the customer's stated business impact
 */
public record PolicyDecision(
    boolean covered,
    Optional<String> reason,
    int severity,
    String severityName,
    List<TargetSpec> targets,
    Optional<String> routing,
    List<StepSpec> escalation,
    Entitlements entitlements,
    List<String> warnings,
    List<TraceEntry> trace,
    Optional<String> businessImpact) {

  public PolicyDecision {
    Objects.requireNonNull(reason, "reason");
    if (severity < 1 || severity > 4) {
      throw new IllegalArgumentException("severity (" + severity + ") must be 1..4");
    }
    Objects.requireNonNull(severityName, "severityName");
    targets = List.copyOf(targets);
    Objects.requireNonNull(routing, "routing");
    escalation = List.copyOf(escalation);
    Objects.requireNonNull(entitlements, "entitlements");
    warnings = List.copyOf(warnings);
    trace = List.copyOf(trace);
    Objects.requireNonNull(businessImpact, "businessImpact");
  }

  /** A builder for rules to fill; not thread-safe: one per evaluation. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A target a rule set: the metric and its span, or no span where the policy publishes none.
   *
   * @param metric {@code INITIAL_RESPONSE} or another
   * @param span the amount and clock; empty for "no target"
   */
  public record TargetSpec(String metric, Optional<TimeSpan> span) {
    public TargetSpec {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * One role's part in an escalation step, due {@code delay} after step {@code after} (0: the
   * opening instant).
   *
   * @param step the step's number, from 1
   * @param role who acts
   * @param action what they do
   * @param after the step whose instant the delay counts from; 0 for the opening, else below step
   * @param delay how long after it
   */
  public record StepSpec(int step, String role, String action, int after, TimeSpan delay) {
    public StepSpec {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(delay, "delay");
      if (step < 1) {
        throw new IllegalArgumentException("step (" + step + ") must be 1 or more");
      }
      if (after < 0 || after >= step) {
        throw new IllegalArgumentException("step " + step + " cannot count from step " + after);
      }
    }
  }

  /**
   * Collects what rules decide. The last severity set wins; targets replace earlier ones of the
   * same metric; warnings are kept once each, in order.
   */
  public static final class Builder {
    private boolean covered = true;
    private String reason;
    private int severity;
    private String severityName;
    private final List<TargetSpec> targets = new ArrayList<>();
    private String routing;
    private final List<StepSpec> escalation = new ArrayList<>();
    private String supportKind;
    private Boolean phoneSupport;
    private Boolean monitoring;
    private String supportHours;
    private VisitQuota onSiteVisits;
    private String preventiveInspection;
    private final LinkedHashSet<String> options = new LinkedHashSet<>();
    private final LinkedHashSet<String> services = new LinkedHashSet<>();
    private final LinkedHashSet<String> warnings = new LinkedHashSet<>();
    private final List<TraceEntry> trace = new ArrayList<>();
    private String businessImpact;

    private Builder() {}

    /** Sets the severity (1..4) and the vendor's name for it. */
    public Builder severity(int level, String name) {
      if (level < 1 || level > 4) {
        throw new IllegalArgumentException("severity (" + level + ") must be 1..4");
      }
      this.severity = level;
      this.severityName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The severity set so far, 0 when none. */
    public int severity() {
      return severity;
    }

    /** The case is not covered by the contract, for the reason given. */
    public Builder notCovered(String reason) {
      this.covered = false;
      this.reason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /** A target for the metric, counted as the span says. */
    public Builder target(String metric, TimeSpan span) {
      return putTarget(new TargetSpec(metric, Optional.of(span)));
    }

    /** The metric has no published target. */
    public Builder noTarget(String metric) {
      return putTarget(new TargetSpec(metric, Optional.empty()));
    }

    private Builder putTarget(TargetSpec t) {
      targets.removeIf(x -> x.metric().equals(t.metric()));
      targets.add(t);
      return this;
    }

    public Builder routing(String region) {
      this.routing = Objects.requireNonNull(region, "region");
      return this;
    }

    /** A step due {@code delay} after step {@code after} (0: opening), once per role. */
    public Builder step(int step, String action, int after, TimeSpan delay, String... roles) {
      if (roles.length == 0) {
        throw new IllegalArgumentException("step " + step + " names no role");
      }
      for (String role : roles) {
        escalation.add(new StepSpec(step, role, action, after, delay));
      }
      return this;
    }

    public Builder supportKind(String kind) {
      this.supportKind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    public Builder phoneSupport(boolean phone) {
      this.phoneSupport = phone;
      return this;
    }

    public Builder monitoring(boolean monitoring) {
      this.monitoring = monitoring;
      return this;
    }

    public Builder supportHours(String hours) {
      this.supportHours = Objects.requireNonNull(hours, "hours");
      return this;
    }

    public Builder onSiteVisits(VisitQuota quota) {
      this.onSiteVisits = Objects.requireNonNull(quota, "quota");
      return this;
    }

    public Builder preventiveInspection(String cadence) {
      this.preventiveInspection = Objects.requireNonNull(cadence, "cadence");
      return this;
    }

    public Builder option(String option) {
      options.add(Objects.requireNonNull(option, "option"));
      return this;
    }

    public Builder service(String service) {
      services.add(Objects.requireNonNull(service, "service"));
      return this;
    }

    public Builder warning(String warning) {
      warnings.add(Objects.requireNonNull(warning, "warning"));
      return this;
    }

    public Builder businessImpact(String impact) {
      this.businessImpact = Objects.requireNonNull(impact, "impact");
      return this;
    }

    /** Records that a rule fired (done by the ruleset adapter, not by rules). */
    public Builder trace(String rule, String clause) {
      trace.add(new TraceEntry(rule, clause));
      return this;
    }

    /**
     * The decision.
     *
     * @throws IllegalStateException when no rule set a severity
     */
    public PolicyDecision build() {
      if (severity == 0) {
        throw new IllegalStateException("no rule set a severity");
      }
      Entitlements ent = new Entitlements(Optional.ofNullable(supportKind),
          Optional.ofNullable(phoneSupport), Optional.ofNullable(monitoring),
          Optional.ofNullable(supportHours), Optional.ofNullable(onSiteVisits),
          Optional.ofNullable(preventiveInspection), List.copyOf(options), List.copyOf(services));
      return new PolicyDecision(covered, Optional.ofNullable(reason), severity, severityName,
          targets, Optional.ofNullable(routing), escalation, ent, List.copyOf(warnings), trace,
          Optional.ofNullable(businessImpact));
    }
  }
}
