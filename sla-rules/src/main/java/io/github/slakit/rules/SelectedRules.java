package io.github.slakit.rules;

import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Entitlements;
import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.Severity;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyDecision.StepSpec;
import io.github.slakit.core.spi.PolicyDecision.SupportHoursSpec;
import io.github.slakit.core.spi.PolicyDecision.TargetSpec;
import io.github.slakit.core.spi.PolicyFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs some rules of a ruleset on facts, the others held back: what a test of one rule needs. The
 * facts are inserted and the phases run as in a decision ({@link Ruleset#decide}); only the rules
 * whose name {@code select} accepts may fire. Unlike a decision, the outcome need not hold exactly
 * one severity: it lists the {@link Severity} facts left, none when the rules run insert none.
 *
 * <pre>{@code
 * SelectedRules.Fired fired =
 *     SelectedRules.fire(acme, facts, "Gold: first response within 2 business hours"::equals);
 * }</pre>
 */
public final class SelectedRules {
  private SelectedRules() {}

  /**
   * What the selected rules did: the fields of a {@link PolicyDecision}, with the severities left
   * in place of the one severity.
   *
   * @param severities the {@link Severity} facts left when the rules stopped, in no set order
   * @param notCovered why the rules say the contract does not cover the case
   * @param targets the targets set, one per metric, in the order set
   * @param routing the support region set
   * @param escalation the escalation steps set, one per step number
   * @param entitlements the entitlements set; a key no rule set stays empty
   * @param supportHours the support hours as the rules named them
   * @param warnings the warnings, one per code
   * @param trace the rules that fired, in firing order
   * @param businessImpact the customer's stated business impact, as the rules carried it
   */
  public record Fired(
      List<Severity> severities,
      List<Notice> notCovered,
      List<TargetSpec> targets,
      Optional<String> routing,
      List<StepSpec> escalation,
      Entitlements entitlements,
      Optional<SupportHoursSpec> supportHours,
      List<Notice> warnings,
      List<TraceEntry> trace,
      Optional<String> businessImpact) {
    /**
     * Copies the lists.
     *
     * @param severities the {@link Severity} facts left when the rules stopped
     * @param notCovered why the rules say the contract does not cover the case
     * @param targets the targets set, one per metric
     * @param routing the support region set
     * @param escalation the escalation steps set
     * @param entitlements the entitlements set
     * @param supportHours the support hours named
     * @param warnings the warnings, one per code
     * @param trace the rules that fired, in firing order
     * @param businessImpact the stated business impact carried
     */
    public Fired {
      severities = List.copyOf(severities);
      notCovered = List.copyOf(notCovered);
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
     * The outcome of a whole decision.
     *
     * @param d the decision of {@link Ruleset#decide}
     * @return its fields, its severity as the one severity left
     */
    public static Fired of(PolicyDecision d) {
      return of(List.of(d.severity()), d);
    }

    private static Fired of(List<Severity> severities, PolicyDecision d) {
      return new Fired(
          severities,
          d.notCovered(),
          d.targets(),
          d.routing(),
          d.escalation(),
          d.entitlements(),
          d.supportHours(),
          d.warnings(),
          d.trace(),
          d.businessImpact());
    }
  }

  /**
   * Runs the rules of {@code ruleset} that {@code select} accepts on {@code facts}.
   *
   * @param ruleset a ruleset of {@link Rulesets} (a DRL ruleset, built-in or custom)
   * @param facts the case and subscription, read as a decision reads them
   * @param select accepts the names of the rules allowed to fire
   * @return what those rules did
   * @throws IllegalArgumentException when the ruleset is not one {@link Rulesets} made
   * @throws SlaRulesException when a consequence fails or the rules fire without settling, naming
   *     the rule and its file as a decision does
   */
  public static Fired fire(Ruleset ruleset, PolicyFacts facts, Predicate<String> select) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(select, "select");
    if (!(ruleset instanceof DroolsRuleset drools)) {
      throw new IllegalArgumentException(
          "ruleset " + ruleset.vendor() + " is not a DRL ruleset of Rulesets");
    }
    KieSession session = drools.kieBase().newKieSession();
    try {
      PolicyDecision.Builder out = PolicyDecision.builder();
      if (drools.hasDecisionGlobal()) {
        session.setGlobal("decision", out);
      }
      session.addEventListener(DroolsRuleset.traceListener(out));
      DroolsRuleset.insertFacts(session, facts);
      int fired =
          session.fireAllRules(
              match -> select.test(match.getRule().getName()), DroolsRuleset.MAX_FIRINGS);
      if (fired >= DroolsRuleset.MAX_FIRINGS) {
        throw failure(
            drools,
            facts,
            new Problem(
                "",
                0,
                0,
                "",
                "the rules fired "
                    + DroolsRuleset.MAX_FIRINGS
                    + " times without settling (a loop?)"),
            null);
      }
      List<Severity> severities = new ArrayList<>();
      for (Object s : session.getObjects(new ClassObjectFilter(Severity.class))) {
        severities.add((Severity) s);
      }
      // the builder needs a severity to build; the one given here is not reported
      PolicyDecision d = out.severity(new Severity(4, "")).build();
      return Fired.of(severities, d);
    } catch (ConsequenceException e) {
      Rule rule = e.getRule();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw failure(
          drools,
          facts,
          new Problem(drools.fileOf(rule), 0, 0, rule.getName(), "consequence failed: " + cause),
          e);
    } finally {
      session.dispose();
    }
  }

  private static SlaRulesException failure(
      DroolsRuleset ruleset,
      PolicyFacts facts,
      Problem problem,
      @org.jspecify.annotations.Nullable Throwable cause) {
    return new SlaRulesException(
        "ruleset " + ruleset.vendor() + " failed on case " + facts.caseId(),
        List.of(problem),
        cause);
  }
}
