package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.MetricDefinition;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyFacts;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/**
 * SlaEngine.warmUp: made-up decisions over every ruleset, level and field a rule reads, which
 * change nothing.
 */
class WarmUpTest {
  @Test
  void theBuiltInsDecideEveryMadeUpCase() {
    SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    assertThat(engine.warmUp(0)).isZero();
    assertThat(engine.warmUp(300)).isEqualTo(300);
    assertThatThrownBy(() -> engine.warmUp(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWarmedEngineDecidesAsAFreshOne() {
    // the README's case: Veeam BASIC, DEGRADED on Wednesday 23 September 2026 15:00 KST
    SupportCase c =
        SupportCase.builder("CASE-42", "veeam", OffsetDateTime.parse("2026-09-23T15:00:00+09:00"))
            .impact(Impact.DEGRADED)
            .build();
    Subscription s =
        Subscription.builder("SUB-7", "veeam", "BASIC", Location.of("KR", "Asia/Seoul")).build();
    String fresh =
        SlaJson.write(SlaEngine.builder().rulesets(Rulesets.builtIn()).build().evaluate(c, s));
    SlaEngine warmed = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    warmed.warmUp(500);
    assertThat(SlaJson.write(warmed.evaluate(c, s))).isEqualTo(fresh);
  }

  @Test
  void aRulesetThatRefusesTheMadeUpCasesIsSkipped() {
    // no rule decides a severity, so every decision fails: warm-up skips them, throws nothing
    SlaEngine engine =
        SlaEngine.builder()
            .ruleset(
                Rulesets.drl("broken")
                    .text(
                        "broken.drl",
                        DrlLoadingTest.HEADER
                            + "rule \"No severity\"\nwhen\n  PolicyFacts()\nthen\nend\n")
                    .build())
            .build();
    assertThat(engine.warmUp(10)).isZero();
  }

  /**
   * The made-up cases reach every rule of the built-in rulesets, so that no rule's code first runs
   * on a real case (the rules check finds none of them unable to fire).
   */
  @Test
  void tenThousandWarmUpDecisionsFireEveryRuleOfTheBuiltIns() {
    Map<String, Set<String>> fired = new ConcurrentHashMap<>();
    SlaEngine.Builder engine = SlaEngine.builder();
    for (Ruleset r : Rulesets.builtIn()) {
      engine.ruleset(new Recording(r, fired.computeIfAbsent(r.vendor(), v -> new TreeSet<>())));
    }
    assertThat(engine.build().warmUp(10_000)).isGreaterThan(9_000);
    for (Ruleset r : Rulesets.builtIn()) {
      Set<String> rules = new TreeSet<>();
      for (Rule rule : ((DroolsRuleset) r).rules()) {
        rules.add(rule.getName());
      }
      assertThat(fired.get(r.vendor())).as(r.vendor()).containsAll(rules);
    }
  }

  /** Decides as another ruleset and notes the rules that each decision's trace names. */
  private record Recording(Ruleset rules, Set<String> fired) implements Ruleset {
    @Override
    public String vendor() {
      return rules.vendor();
    }

    @Override
    public Set<String> levels() {
      return rules.levels();
    }

    @Override
    public Map<String, BusinessCalendar> calendars() {
      return rules.calendars();
    }

    @Override
    public String version() {
      return rules.version();
    }

    @Override
    public List<MetricDefinition> metrics() {
      return rules.metrics();
    }

    @Override
    public PolicyDecision decide(PolicyFacts facts) {
      PolicyDecision d = rules.decide(facts);
      synchronized (fired) {
        d.trace().forEach(t -> fired.add(t.rule()));
      }
      return d;
    }
  }
}
