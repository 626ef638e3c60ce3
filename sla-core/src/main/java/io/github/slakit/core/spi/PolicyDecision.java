package io.github.slakit.core.spi;

import io.github.slakit.core.Decision.Timing;
import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Entitlements;
import io.github.slakit.core.Entitlements.VisitQuota;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.Severity;
import io.github.slakit.core.TimeSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Ruleset} decided, before the engine turns spans into instants.
 *
 * <p>Immutable and thread-safe. Rules fill it through a {@link Builder}.
 *
 * @param notCovered why the contract does not cover the case; empty when it does
 * @param severity the severity after the rules
 * @param targets the targets, one per metric, in the order decided
 * @param routing the support region
 * @param escalation the escalation steps, one per step number
 * @param entitlements what the subscription gives, support hours aside
 * @param supportHours the support hours as the rules named them
 * @param warnings things the reader should know, one per code
 * @param trace the rules that fired, in firing order
 * @param businessImpact the customer's stated business impact
 */
public record PolicyDecision(
    List<Notice> notCovered,
    Severity severity,
    List<TargetSpec> targets,
    Optional<String> routing,
    List<StepSpec> escalation,
    Entitlements entitlements,
    Optional<SupportHoursSpec> supportHours,
    List<Notice> warnings,
    List<TraceEntry> trace,
    Optional<String> businessImpact) {

  /**
   * Copies the lists, so that the decision cannot change after it is made.
   *
   * @param notCovered why the contract does not cover the case; empty when it does
   * @param severity the severity after the rules
   * @param targets the targets, one per metric, in the order decided
   * @param routing the support region
   * @param escalation the escalation steps, one per step number
   * @param entitlements what the subscription gives, support hours aside
   * @param supportHours the support hours as the rules named them
   * @param warnings things the reader should know, one per code
   * @param trace the rules that fired, in firing order
   * @param businessImpact the customer's stated business impact
   * @throws NullPointerException when a component or an element of a list is null
   */
  public PolicyDecision {
    notCovered = List.copyOf(notCovered);
    Objects.requireNonNull(severity, "severity");
    targets = List.copyOf(targets);
    Objects.requireNonNull(routing, "routing");
    escalation = List.copyOf(escalation);
    Objects.requireNonNull(entitlements, "entitlements");
    Objects.requireNonNull(supportHours, "supportHours");
    warnings = List.copyOf(warnings);
    trace = List.copyOf(trace);
    Objects.requireNonNull(businessImpact, "businessImpact");
  }

  /**
   * A builder for rules to fill; not thread-safe: one per evaluation.
   *
   * @return an empty builder: no severity, no target, no entitlement
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A target a rule set: the metric and its span, or no span where the policy publishes none.
   *
   * @param metric {@link Metrics#INITIAL_RESPONSE} or another
   * @param span the amount and clock; empty for "no published target"
   */
  public record TargetSpec(String metric, Optional<TimeSpan> span) {
    /**
     * Checks the components.
     *
     * @param metric {@link Metrics#INITIAL_RESPONSE} or another
     * @param span the amount and clock; empty for "no published target"
     * @throws NullPointerException when a component is null
     */
    public TargetSpec {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * An escalation step, due {@code delay} after step {@code after} (0: the opening instant).
   *
   * @param step the step's number, from 1
   * @param roles who act, in order, at least one
   * @param action what they do
   * @param after the step whose instant the delay counts from; 0 for the opening, else below step
   * @param delay how long after it
   * @param timing whether the instant is a due time or only the earliest moment
   * @param clause the clause of the rule that set the step
   */
  public record StepSpec(
      int step,
      List<String> roles,
      String action,
      int after,
      TimeSpan delay,
      Timing timing,
      String clause) {
    /**
     * Checks the step and copies the roles.
     *
     * @param step the step's number, from 1
     * @param roles who act, in order, at least one
     * @param action what they do
     * @param after the step whose instant the delay counts from; 0 for the opening, else below step
     * @param delay how long after it
     * @param timing whether the instant is a due time or only the earliest moment
     * @param clause the clause of the rule that set the step
     * @throws IllegalArgumentException when {@code step} is below 1, {@code after} is not an
     *     earlier step (or 0), or no role is named
     * @throws NullPointerException when a component or a role is null
     */
    public StepSpec {
      roles = List.copyOf(roles);
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(delay, "delay");
      Objects.requireNonNull(timing, "timing");
      Objects.requireNonNull(clause, "clause");
      if (step < 1) {
        throw new IllegalArgumentException("step (" + step + ") must be 1 or more");
      }
      if (after < 0 || after >= step) {
        throw new IllegalArgumentException("step " + step + " cannot count from step " + after);
      }
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("step " + step + " names no role");
      }
    }
  }

  /**
   * Support hours as a rule names them: words, and the id of the calendar whose business time they
   * are (a calendar of the ruleset or of the engine), or none for every hour of every day.
   *
   * @param text the vendor's words
   * @param calendar the calendar's id; empty for 24x7
   */
  public record SupportHoursSpec(String text, Optional<String> calendar) {
    /**
     * Checks the components.
     *
     * @param text the vendor's words
     * @param calendar the calendar's id; empty for 24x7
     * @throws NullPointerException when a component is null
     */
    public SupportHoursSpec {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(calendar, "calendar");
    }
  }

  /**
   * Collects what rules decide. The last severity set wins; targets replace earlier ones of the
   * same metric, steps earlier ones of the same number; a warning or a reason is kept once per
   * code. Warnings, reasons and steps take the clause of the rule that is firing.
   */
  public static final class Builder {
    private final Map<String, Notice> notCovered = new LinkedHashMap<>();
    private @Nullable Severity severity;
    private final List<TargetSpec> targets = new ArrayList<>();
    private @Nullable String routing;
    private final Map<Integer, StepSpec> escalation = new LinkedHashMap<>();
    private @Nullable String supportKind;
    private @Nullable Boolean phoneSupport;
    private @Nullable Boolean monitoring;
    private @Nullable SupportHoursSpec supportHours;
    private @Nullable VisitQuota onSiteVisits;
    private @Nullable String preventiveInspection;
    private final List<String> options = new ArrayList<>();
    private final List<String> services = new ArrayList<>();
    private final Map<String, Notice> warnings = new LinkedHashMap<>();
    private final List<TraceEntry> trace = new ArrayList<>();
    private @Nullable String businessImpact;
    private String clause = "";

    private Builder() {}

    /**
     * Sets the severity (done by the ruleset adapter from the Severity fact left); a later call
     * replaces it.
     *
     * @param severity the decided severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * The contract does not cover the case, for the reason given: a stable code for programs
     * ({@code QUOTA_EXHAUSTED}) and a sentence for people. A second reason with the same code is
     * dropped.
     *
     * @param code upper case letters, digits and underscores
     * @param message one sentence, for people
     * @return this builder
     */
    public Builder notCovered(String code, String message) {
      Notice n = new Notice(code, message, clause);
      notCovered.putIfAbsent(code, n);
      return this;
    }

    /**
     * A target for the metric, counted as the span says; it replaces an earlier target (or {@link
     * #noTarget}) of the same metric.
     *
     * @param metric {@link Metrics#INITIAL_RESPONSE} or a metric of the ruleset's own
     * @param span how long after the opening, and on which clock
     * @return this builder
     */
    public Builder target(String metric, TimeSpan span) {
      return putTarget(new TargetSpec(metric, Optional.of(span)));
    }

    /**
     * The metric has no published target: the decision lists it as {@code NO_TARGET}, without a
     * deadline. Say why with a warning ({@code NO_PUBLISHED_TARGET}). It replaces an earlier
     * target of the same metric.
     *
     * @param metric {@link Metrics#INITIAL_RESPONSE} or a metric of the ruleset's own
     * @return this builder
     */
    public Builder noTarget(String metric) {
      return putTarget(new TargetSpec(metric, Optional.empty()));
    }

    private Builder putTarget(TargetSpec t) {
      targets.removeIf(x -> x.metric().equals(t.metric()));
      targets.add(t);
      return this;
    }

    /**
     * The support region the case is routed to (VEEAM-5); a later call replaces it.
     *
     * @param region the region's name ({@code APJ}, {@code EMEA}, {@code AMER})
     * @return this builder
     */
    public Builder routing(String region) {
      this.routing = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * Step {@code step}, due {@code delay} after step {@code after} (0: the opening): a time the
     * procedure sets ("within 1 hour", "at once", "after 1 business day"). It replaces an earlier
     * step of the same number.
     *
     * @param step the step's number, from 1
     * @param action what the roles do, for people
     * @param after the step the delay counts from: 0 for the opening, else an earlier step
     * @param delay how long after that step's instant, and on which clock
     * @param roles who act, in order, at least one
     * @return this builder
     * @throws IllegalArgumentException when the step, {@code after} or the roles are not as above
     */
    public Builder step(int step, String action, int after, TimeSpan delay, String... roles) {
      return putStep(new StepSpec(step, List.of(roles), action, after, delay, Timing.DUE, clause));
    }

    /**
     * Step {@code step}, for which the procedure gives no time: it cannot happen before step
     * {@code after} (0: the opening), and its instant is that earliest moment, not a due time.
     * It replaces an earlier step of the same number.
     *
     * @param step the step's number, from 1
     * @param action what the roles do, for people
     * @param after the step it cannot come before: 0 for the opening, else an earlier step
     * @param roles who act, in order, at least one
     * @return this builder
     * @throws IllegalArgumentException when the step, {@code after} or the roles are not as above
     */
    public Builder stepNotBefore(int step, String action, int after, String... roles) {
      return putStep(
          new StepSpec(
              step, List.of(roles), action, after, TimeSpan.ZERO, Timing.NOT_BEFORE, clause));
    }

    private Builder putStep(StepSpec s) {
      escalation.put(s.step(), s);
      return this;
    }

    /**
     * The kind of support the subscription gives (ELASTIC-7); a later call replaces it.
     *
     * @param kind {@code BREAK_FIX}, {@code BREAK_FIX_WITH_ADVISORY}, or a kind of the ruleset's
     *     own
     * @return this builder
     */
    public Builder supportKind(String kind) {
      this.supportKind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Whether calls are available (ELASTIC-8, ROCKPLACE-2); a later call replaces it.
     *
     * @param phone true when the subscription includes phone support
     * @return this builder
     */
    public Builder phoneSupport(boolean phone) {
      this.phoneSupport = phone;
      return this;
    }

    /**
     * Whether the vendor runs a monitoring cluster for the customer (ELASTIC-9); a later call
     * replaces it.
     *
     * @param monitoring true when the subscription includes it
     * @return this builder
     */
    public Builder monitoring(boolean monitoring) {
      this.monitoring = monitoring;
      return this;
    }

    /**
     * Support is given in the business time of the calendar {@code calendarId}; a later call
     * replaces it.
     *
     * @param text the vendor's words for the hours
     * @param calendarId a calendar of the ruleset or of the engine; an unknown id fails the
     *     decision
     * @return this builder
     */
    public Builder supportHours(String text, String calendarId) {
      this.supportHours = new SupportHoursSpec(text, Optional.of(calendarId));
      return this;
    }

    /**
     * Support is given every hour of every day; a later call replaces it.
     *
     * @param text the vendor's words for the hours
     * @return this builder
     */
    public Builder supportHours24x7(String text) {
      this.supportHours = new SupportHoursSpec(text, Optional.empty());
      return this;
    }

    /**
     * The on-site visit quota, with its use (ROCKPLACE-6); a later call replaces it.
     *
     * @param quota from {@link PolicyFacts#visitQuota(int)} or {@link
     *     PolicyFacts#visitQuotaNotAgreed()}
     * @return this builder
     */
    public Builder onSiteVisits(VisitQuota quota) {
      this.onSiteVisits = Objects.requireNonNull(quota, "quota");
      return this;
    }

    /**
     * How often the vendor inspects on site; a later call replaces it.
     *
     * @param cadence {@code MONTHLY}, {@code QUARTERLY}, {@code NONE}, or a cadence of the
     *     ruleset's own
     * @return this builder
     */
    public Builder preventiveInspection(String cadence) {
      this.preventiveInspection = Objects.requireNonNull(cadence, "cadence");
      return this;
    }

    /**
     * A service available as an option; each is listed once, in the order first added.
     *
     * @param option {@code VENDOR_VISIT}, {@code ROOT_CAUSE_ANALYSIS}, {@code SERVICE_REDUNDANCY},
     *     or one of the ruleset's own
     * @return this builder
     */
    public Builder option(String option) {
      Objects.requireNonNull(option, "option");
      if (!options.contains(option)) {
        options.add(option);
      }
      return this;
    }

    /**
     * A service the subscription includes; each is listed once, in the order first added.
     *
     * @param service the service's name, as the ruleset spells it
     * @return this builder
     */
    public Builder service(String service) {
      Objects.requireNonNull(service, "service");
      if (!services.contains(service)) {
        services.add(service);
      }
      return this;
    }

    /**
     * Something the reader should know: a stable code for programs ({@code NEEDS_SE_CONSULTATION})
     * and a sentence for people. A second warning with the same code is dropped.
     *
     * @param code upper case letters, digits and underscores
     * @param message one sentence, for people
     * @return this builder
     */
    public Builder warning(String code, String message) {
      Notice n = new Notice(code, message, clause);
      warnings.putIfAbsent(code, n);
      return this;
    }

    /**
     * The customer's stated business impact, carried into the decision without changing the
     * severity (ELASTIC-11); a later call replaces it.
     *
     * @param impact the customer's words
     * @return this builder
     */
    public Builder businessImpact(String impact) {
      this.businessImpact = Objects.requireNonNull(impact, "impact");
      return this;
    }

    /**
     * Records that a rule fires, before its consequence runs: the warnings, reasons and steps it
     * adds take its clause. Called by the ruleset adapter, not by rules.
     *
     * @param rule the rule's name, as the trace shows it
     * @param clause the rule's clause id ({@code ELASTIC-2}), or empty when it names none
     * @return this builder
     */
    public Builder trace(String rule, String clause) {
      trace.add(new TraceEntry(rule, clause));
      this.clause = clause;
      return this;
    }

    /**
     * The decision.
     *
     * @return what the builder holds; the builder may go on being used
     * @throws IllegalStateException when no rule set a severity
     */
    public PolicyDecision build() {
      if (severity == null) {
        throw new IllegalStateException("no rule set a severity");
      }
      Entitlements ent =
          new Entitlements(
              Optional.ofNullable(supportKind),
              Optional.ofNullable(phoneSupport),
              Optional.ofNullable(monitoring),
              Optional.empty(),
              Optional.ofNullable(onSiteVisits),
              Optional.ofNullable(preventiveInspection),
              options,
              services);
      return new PolicyDecision(
          List.copyOf(notCovered.values()),
          severity,
          targets,
          Optional.ofNullable(routing),
          List.copyOf(escalation.values()),
          ent,
          Optional.ofNullable(supportHours),
          List.copyOf(warnings.values()),
          trace,
          Optional.ofNullable(businessImpact));
    }
  }
}
