package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.Location;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/**
 * The built-in rulesets compiled at build time (Drools' executable model, {@link CompiledModels})
 * decide exactly as the same DRL compiled at run time: the same decision JSON, byte for byte,
 * traces included, over generated cases of every vendor and level.
 */
class CompiledRulesetsTest {
  static final int CASES_PER_VENDOR = 3_000;

  @Test
  void everyBuiltInLoadsItsBuildTimeModelOfTheSameDrl() {
    for (Ruleset builtIn : Rulesets.builtIn()) {
      Ruleset drl = Rulesets.fromClasspath("io/github/slakit/rules/" + builtIn.vendor());
      assertThat(((DroolsRuleset) builtIn).compiledAtBuildTime()).as(builtIn.vendor()).isTrue();
      assertThat(((DroolsRuleset) drl).compiledAtBuildTime()).isFalse();
      assertThat(builtIn.version()).isEqualTo(drl.version());
      assertThat(builtIn.levels()).isEqualTo(drl.levels());
      assertThat(builtIn.metrics()).isEqualTo(drl.metrics());
      assertThat(builtIn.calendars().keySet()).isEqualTo(drl.calendars().keySet());
      assertThat(rules((DroolsRuleset) builtIn))
          .as(builtIn.vendor())
          .containsExactlyInAnyOrderElementsOf(rules((DroolsRuleset) drl));
    }
  }

  /** Each rule as "name [clause] file". */
  private static List<String> rules(DroolsRuleset r) {
    return r.rules().stream()
        .map(
            (Rule rule) ->
                rule.getName() + " [" + rule.getMetaData().get("clause") + "] " + r.fileOf(rule))
        .toList();
  }

  @Test
  void compiledAndDrlDecideTheSameOnGeneratedCases() {
    SlaEngine compiled = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    List<Ruleset> drl = new ArrayList<>();
    for (Ruleset r : Rulesets.builtIn()) {
      drl.add(Rulesets.fromClasspath("io/github/slakit/rules/" + r.vendor()));
    }
    SlaEngine runtime = SlaEngine.builder().rulesets(drl).build();
    SplittableRandom random = new SplittableRandom(20261130L);
    int decided = 0;
    for (Ruleset vendor : Rulesets.builtIn()) {
      List<String> levels = List.copyOf(vendor.levels());
      for (int i = 0; i < CASES_PER_VENDOR; i++) {
        SupportCase c = supportCase(vendor.vendor(), i, random);
        Subscription s = subscription(vendor.vendor(), levels, i, random);
        String a = decide(compiled, c, s);
        String b = decide(runtime, c, s);
        assertThat(a).as("case %s of %s", i, vendor.vendor()).isEqualTo(b);
        decided += a.startsWith("{") ? 1 : 0;
      }
    }
    assertThat(decided).isGreaterThan(3 * CASES_PER_VENDOR * 9 / 10);
  }

  private static String decide(SlaEngine engine, SupportCase c, Subscription s) {
    try {
      return SlaJson.write(engine.evaluate(c, s));
    } catch (SlaException e) {
      return "error: " + e.getMessage();
    }
  }

  private static final Location[] PLACES = {
    Location.of("KR", "Asia/Seoul"),
    Location.of("FR", "Europe/Paris"),
    Location.of("US", "America/New_York"),
    Location.of("CZ", "Europe/Prague")
  };

  static SupportCase supportCase(String vendor, int i, SplittableRandom r) {
    Location place = PLACES[r.nextInt(PLACES.length)];
    OffsetDateTime opened =
        LocalDate.of(2026, 1, 1)
            .atStartOfDay(place.zone())
            .plusMinutes(r.nextInt(2 * 365 * 24 * 60))
            .toOffsetDateTime();
    SupportCase.Builder c =
        SupportCase.builder("C-" + i, vendor, opened)
            .production(r.nextInt(5) != 0)
            .workaround(r.nextInt(4) == 0);
    Impact[] impacts = Impact.values();
    int impact = r.nextInt(impacts.length + 1);
    if (impact < impacts.length) {
      c.impact(impacts[impact]);
    }
    if (r.nextInt(3) == 0) {
      c.severity(1 + r.nextInt(4));
    }
    if (r.nextBoolean()) {
      c.deployment(r.nextBoolean() ? Deployment.CLOUD : Deployment.SELF_MANAGED);
    }
    IssueKind[] kinds = IssueKind.values();
    int kind = r.nextInt(kinds.length + 2);
    if (kind < kinds.length) {
      c.issueKind(kinds[kind]);
    }
    c.seConsulted(r.nextInt(3) == 0).onSiteVisit(r.nextInt(4) == 0);
    if (r.nextBoolean()) {
      c.businessImpact("customer-facing");
    }
    return c.build();
  }

  static Subscription subscription(String vendor, List<String> levels, int i, SplittableRandom r) {
    Location place = PLACES[r.nextInt(PLACES.length)];
    Subscription.Builder s =
        Subscription.builder("S-" + i, vendor, levels.get(r.nextInt(levels.size())), place)
            .term(LocalDate.of(2026, 1, 1), LocalDate.of(r.nextInt(10) == 0 ? 2026 : 2027, 6, 30))
            .newCustomer(r.nextInt(5) == 0)
            .rpsCustomer(r.nextBoolean());
    if (r.nextInt(4) != 0) {
      s.annualSpendUsd(BigDecimal.valueOf(5_000L + 1_000L * r.nextInt(40)));
    }
    if (r.nextBoolean()) {
      s.deployment(r.nextBoolean() ? Deployment.CLOUD : Deployment.SELF_MANAGED);
    }
    if (r.nextBoolean()) {
      s.agreedVisitsPerYear(r.nextInt(13));
    }
    int visits = r.nextInt(14);
    for (int v = 0; v < visits; v++) {
      s.onSiteVisit(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(700)));
    }
    return s.build();
  }
}
