package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Elastic's targets (ELASTIC-4, 6) as the table targets.csv decide exactly as the rules they
 * replaced (test resources {@code before-table/elastic}, the folder as it was): the same decision
 * JSON, traces and warnings in the same order, on generated cases of every level, from the
 * build-time compiled model and from the DRL compiled at run time. Only the ruleset's version
 * differs, as it does for any change of the rules.
 */
class ElasticTableTest {
  static final int CASES = 4_000;

  @Test
  void theTableDecidesAsTheRulesItReplaced() {
    Ruleset before = Rulesets.fromClasspath("before-table/elastic");
    Ruleset compiled = Rulesets.builtIn("elastic");
    Ruleset runtime = Rulesets.fromClasspath("io/github/slakit/rules/elastic");
    assertThat(((DroolsRuleset) compiled).compiledAtBuildTime()).isTrue();
    assertThat(compiled.version()).isEqualTo(runtime.version()).isNotEqualTo(before.version());
    SlaEngine old = SlaEngine.builder().ruleset(before).build();
    SlaEngine atBuildTime = SlaEngine.builder().ruleset(compiled).build();
    SlaEngine atRunTime = SlaEngine.builder().ruleset(runtime).build();
    List<String> levels = List.copyOf(before.levels());
    SplittableRandom random = new SplittableRandom(20261201L);
    int targets = 0;
    for (int i = 0; i < CASES; i++) {
      SupportCase c = CompiledRulesetsTest.supportCase("elastic", i, random);
      Subscription s = CompiledRulesetsTest.subscription("elastic", levels, i, random);
      String expected = decide(old, c, s, before.version());
      assertThat(decide(atBuildTime, c, s, compiled.version()))
          .as("case %s", i)
          .isEqualTo(expected);
      assertThat(decide(atRunTime, c, s, runtime.version())).as("case %s", i).isEqualTo(expected);
      targets += expected.contains("SCHEDULED") ? 1 : 0;
    }
    // a good share of the cases are in term, of a level and severity with a target
    assertThat(targets).isGreaterThan(CASES / 5);
  }

  @Test
  void everyRowOfTheTableFiresOnSomeCase() {
    SlaEngine engine = SlaEngine.builder().ruleset(Rulesets.builtIn("elastic")).build();
    List<String> levels = List.copyOf(Rulesets.builtIn("elastic").levels());
    SplittableRandom random = new SplittableRandom(7L);
    java.util.Set<String> fired = new java.util.TreeSet<>();
    for (int i = 0; i < 3_000; i++) {
      SupportCase c = CompiledRulesetsTest.supportCase("elastic", i, random);
      Subscription s = CompiledRulesetsTest.subscription("elastic", levels, i, random);
      try {
        engine.evaluate(c, s).trace().forEach(t -> fired.add(t.rule()));
      } catch (SlaException e) {
        // a case outside what the generator meant: not a row's concern
      }
    }
    // the twelve rows of targets.csv, by their rule cells
    assertThat(fired)
        .contains(
            "Enterprise, severity 1 on Elastic Cloud: 30 minutes 24x7",
            "Enterprise, severity 1 self-managed: 1 hour 24x7",
            "Enterprise, severity 1, deployment not stated: 1 hour 24x7",
            "Platinum, severity 1: 1 hour 24x7",
            "Enterprise or Platinum, severity 2: 4 hours 24x7",
            "Enterprise or Platinum, severity 3: 1 business day",
            "Gold, severity 1: 4 business hours",
            "Gold, severity 2: 1 business day",
            "Gold, severity 3: 2 business days",
            "Development, severity 4: 2 business days",
            "Production level, severity 4: no published target",
            "Standard (Elastic Cloud), Standard (Swiftype) and Silver: no published target");
  }

  /** The decision JSON with the ruleset's version blanked, or the error. */
  private static String decide(SlaEngine engine, SupportCase c, Subscription s, String version) {
    try {
      return SlaJson.write(engine.evaluate(c, s)).replace(version, "VERSION");
    } catch (SlaException e) {
      return "error: " + e.getMessage();
    }
  }
}
