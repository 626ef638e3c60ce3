package io.github.slakit.test;

import io.github.slakit.core.Decision.Timing;
import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.Severity;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.core.spi.PolicyDecision.StepSpec;
import io.github.slakit.core.spi.PolicyDecision.TargetSpec;
import io.github.slakit.core.spi.PolicyFacts;
import io.github.slakit.rules.SelectedRules;
import io.github.slakit.rules.SelectedRules.Fired;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * Checks of rules on facts, in the manner of Timefold's {@code ConstraintVerifier}:
 *
 * <pre>{@code
 * verifyThat(acme)
 *     .rule("Gold: first response within 2 business hours")
 *     .given(given("acme", "GOLD"))
 *     .fires("Gold: first response within 2 business hours", "ACME-2")
 *     .target(TimeSpan.businessHours(2));
 * verifyThat(acme).given(given("acme", "GOLD").impact(Impact.OUTAGE)).severity(1, "Critical");
 * }</pre>
 *
 * <p>{@link #given} runs the whole ruleset as a decision does ({@link Ruleset#decide}); after
 * {@link #rule}, only the rules named may fire, so the outcome shows what they alone decide (no
 * severity unless they insert one). Each check throws an {@link AssertionFailedError} that says
 * what was expected and what the rules decided. Immutable and thread-safe.
 */
public final class Verify {
  private final Ruleset ruleset;
  private final @Nullable Set<String> rules;

  private Verify(Ruleset ruleset, @Nullable Set<String> rules) {
    this.ruleset = ruleset;
    this.rules = rules;
  }

  /**
   * Checks of a ruleset.
   *
   * @param ruleset the ruleset under test
   * @return checks running the whole ruleset until {@link #rule} narrows them
   */
  public static Verify verifyThat(Ruleset ruleset) {
    return new Verify(Objects.requireNonNull(ruleset, "ruleset"), null);
  }

  /**
   * Only these rules may fire.
   *
   * @param names the rules' names, as the DRL and the trace spell them
   * @return checks running only those rules
   * @throws IllegalArgumentException when the ruleset has no rule of one of the names
   */
  public Verify rule(String... names) {
    Set<String> known = new LinkedHashSet<>();
    for (io.github.slakit.rules.RulesCheck.RuleInfo r :
        io.github.slakit.rules.RulesCheck.rules(ruleset)) {
      known.add(r.name());
    }
    for (String n : names) {
      if (!known.contains(n)) {
        throw new IllegalArgumentException(
            "ruleset " + ruleset.vendor() + " has no rule \"" + n + "\"; its rules: " + known);
      }
    }
    return new Verify(ruleset, Set.copyOf(Arrays.asList(names)));
  }

  /**
   * Runs the rules on the facts.
   *
   * @param given the facts, made for this ruleset's calendars
   * @return the outcome to check
   */
  public Outcome given(Given given) {
    return given(given.facts(ruleset));
  }

  /**
   * Runs the rules on facts made otherwise.
   *
   * @param facts the facts
   * @return the outcome to check
   */
  public Outcome given(PolicyFacts facts) {
    Set<String> only = rules;
    return new Outcome(
        only == null
            ? Fired.of(ruleset.decide(facts))
            : SelectedRules.fire(ruleset, facts, only::contains));
  }

  /** What the rules decided, and the checks of it; each check returns this outcome. */
  public static final class Outcome {
    private final Fired fired;

    Outcome(Fired fired) {
      this.fired = fired;
    }

    /**
     * What the rules decided, for checks of your own.
     *
     * @return the outcome
     */
    public Fired decision() {
      return fired;
    }

    /**
     * A rule fired, with this clause.
     *
     * @param rule the rule's name
     * @param clause its clause id
     * @return this outcome
     */
    public Outcome fires(String rule, String clause) {
      if (!fired.trace().contains(new TraceEntry(rule, clause))) {
        throw fail(
            "rule \"" + rule + "\" (" + clause + ") did not fire",
            new TraceEntry(rule, clause),
            fired.trace());
      }
      return this;
    }

    /**
     * A rule did not fire.
     *
     * @param rule the rule's name
     * @return this outcome
     */
    public Outcome doesNotFire(String rule) {
      for (TraceEntry t : fired.trace()) {
        if (t.rule().equals(rule)) {
          throw fail("rule \"" + rule + "\" fired", "not " + rule, fired.trace());
        }
      }
      return this;
    }

    /**
     * The trace, whole and in firing order.
     *
     * @param entries the rules expected to fire, with their clauses
     * @return this outcome
     */
    public Outcome trace(TraceEntry... entries) {
      return equal("trace", List.of(entries), fired.trace());
    }

    /**
     * The one severity left.
     *
     * @param level 1..4
     * @param name the vendor's name of it
     * @return this outcome
     */
    public Outcome severity(int level, String name) {
      return equal("severity", List.of(new Severity(level, name)), fired.severities());
    }

    /**
     * No severity left (the rules run insert none).
     *
     * @return this outcome
     */
    public Outcome noSeverity() {
      return equal("severity", List.of(), fired.severities());
    }

    /**
     * The target of {@link Metrics#INITIAL_RESPONSE}.
     *
     * @param span the span and its clock
     * @return this outcome
     */
    public Outcome target(TimeSpan span) {
      return target(Metrics.INITIAL_RESPONSE, span);
    }

    /**
     * The target the rules set for a metric.
     *
     * @param metric the metric ({@code INITIAL_RESPONSE}, {@code HQ_ENGINEER})
     * @param span the span and its clock
     * @return this outcome
     */
    public Outcome target(String metric, TimeSpan span) {
      return equal(
          "target of " + metric,
          List.of(new TargetSpec(metric, Optional.of(span))),
          targetsOf(metric));
    }

    /**
     * The rules said that {@link Metrics#INITIAL_RESPONSE} has no published target ({@code
     * decision.noTarget}).
     *
     * @return this outcome
     */
    public Outcome noTarget() {
      return equal(
          "target of " + Metrics.INITIAL_RESPONSE,
          List.of(new TargetSpec(Metrics.INITIAL_RESPONSE, Optional.empty())),
          targetsOf(Metrics.INITIAL_RESPONSE));
    }

    /**
     * No rule set or refused a target of the metric.
     *
     * @param metric the metric
     * @return this outcome
     */
    public Outcome noTargetOf(String metric) {
      return equal("targets of " + metric, List.of(), targetsOf(metric));
    }

    private List<TargetSpec> targetsOf(String metric) {
      return fired.targets().stream().filter(t -> t.metric().equals(metric)).toList();
    }

    /**
     * A warning with this code, whose message contains the fragment.
     *
     * @param code the warning's code
     * @param fragment text its message contains ({@code ""} for any)
     * @return this outcome
     */
    public Outcome warns(String code, String fragment) {
      for (Notice w : fired.warnings()) {
        if (w.code().equals(code) && w.message().contains(fragment)) {
          return this;
        }
      }
      throw fail(
          "no warning " + code + " containing \"" + fragment + "\"",
          code + ": ..." + fragment + "...",
          fired.warnings());
    }

    /**
     * No warning at all.
     *
     * @return this outcome
     */
    public Outcome noWarnings() {
      return equal("warnings", List.of(), fired.warnings());
    }

    /**
     * No warning with this code.
     *
     * @param code the code
     * @return this outcome
     */
    public Outcome doesNotWarn(String code) {
      for (Notice w : fired.warnings()) {
        if (w.code().equals(code)) {
          throw fail("a warning " + code + " was given", "no " + code, fired.warnings());
        }
      }
      return this;
    }

    /**
     * Covered, or not covered with exactly these reason codes, in order.
     *
     * @param covered whether the rules cover the case
     * @param codes the reasons' codes when they do not
     * @return this outcome
     */
    public Outcome covered(boolean covered, String... codes) {
      return equal(
          "not covered",
          covered ? List.of() : List.of(codes),
          fired.notCovered().stream().map(Notice::code).toList());
    }

    /**
     * An escalation step the procedure gives a time for ({@code decision.step}).
     *
     * @param step the step's number
     * @param action what is done
     * @param after the step it counts from, 0 for the opening
     * @param delay how long after it
     * @param roles who acts, in order
     * @return this outcome
     */
    public Outcome step(int step, String action, int after, TimeSpan delay, String... roles) {
      return step(step, action, after, delay, Timing.DUE, roles);
    }

    /**
     * An escalation step with no time of its own ({@code decision.stepNotBefore}).
     *
     * @param step the step's number
     * @param action what is done
     * @param after the step whose instant it takes
     * @param roles who acts, in order
     * @return this outcome
     */
    public Outcome stepNotBefore(int step, String action, int after, String... roles) {
      return step(step, action, after, TimeSpan.ZERO, Timing.NOT_BEFORE, roles);
    }

    private Outcome step(
        int step, String action, int after, TimeSpan delay, Timing timing, String... roles) {
      List<StepSpec> found = fired.escalation().stream().filter(s -> s.step() == step).toList();
      List<String> expected = List.of(describe(step, List.of(roles), action, after, delay, timing));
      return equal(
          "escalation step " + step,
          expected,
          found.stream()
              .map(s -> describe(s.step(), s.roles(), s.action(), s.after(), s.delay(), s.timing()))
              .toList());
    }

    private static String describe(
        int step, List<String> roles, String action, int after, TimeSpan delay, Timing timing) {
      return "step "
          + step
          + " "
          + roles
          + " \""
          + action
          + "\" "
          + (timing == Timing.DUE ? delay + " after step " + after : "not before step " + after);
    }

    /**
     * No escalation step.
     *
     * @return this outcome
     */
    public Outcome noSteps() {
      return equal("escalation", List.of(), fired.escalation());
    }

    /**
     * The support region.
     *
     * @param region the region ({@code APJ}), or null for none
     * @return this outcome
     */
    public Outcome routing(@Nullable String region) {
      return equal("routing", Optional.ofNullable(region), fired.routing());
    }

    /**
     * Checks of your own on the outcome, reported as this outcome's failure.
     *
     * @param check throws an {@link AssertionError} when the outcome is wrong
     * @return this outcome
     */
    public Outcome satisfies(Consumer<Fired> check) {
      check.accept(fired);
      return this;
    }

    private Outcome equal(String what, Object expected, Object actual) {
      if (!expected.equals(actual)) {
        throw fail(what + " differs", expected, actual);
      }
      return this;
    }

    private AssertionFailedError fail(String what, Object expected, Object actual) {
      return new AssertionFailedError(
          what
              + "\n  expected: "
              + expected
              + "\n  but was:  "
              + actual
              + "\n  rules fired: "
              + fired.trace(),
          expected,
          actual);
    }
  }
}
