package io.github.slakit.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Made-up cases for {@link SlaEngine#warmUp(int)}, drawn over every field a rule can read, so that
 * the first real case of a kind finds its rules' code already run: every ruleset and level of the
 * engine, a requested severity or none, every impact, deployment (of the case and of the
 * subscription) and kind of issue or none, in production or not, a workaround, SE consulted, a
 * visit asked, a business impact, an annual spend from none to USD 300,000, visits agreed and used
 * (as a count or dated), a new or RPS customer, terms running, ended or not stated, opened at
 * instants over 2026-2027 in Seoul, New York and Paris. The same cases for the same count every
 * time (a fixed random seed): nothing here reads a clock.
 */
final class WarmUp {
  private WarmUp() {}

  private static final Location[] PLACES = {
    Location.of("KR", "Asia/Seoul"),
    Location.of("US", "America/New_York"),
    Location.of("FR", "Europe/Paris")
  };

  /** A level for a ruleset that accepts any. */
  private static final String ANY_LEVEL = "STANDARD";

  static int run(SlaEngine engine, List<Ruleset> rulesets, int decisions) {
    if (rulesets.isEmpty()) {
      return 0;
    }
    SplittableRandom random = new SplittableRandom(20261130L);
    int decided = 0;
    for (int i = 0; i < decisions; i++) {
      Ruleset ruleset = rulesets.get(i % rulesets.size());
      List<String> levels = new ArrayList<>(ruleset.levels());
      String level = levels.isEmpty() ? ANY_LEVEL : levels.get(random.nextInt(levels.size()));
      Location place = PLACES[random.nextInt(PLACES.length)];
      OffsetDateTime opened =
          LocalDate.of(2026, 1, 1)
              .atStartOfDay(place.zone())
              .plusMinutes(random.nextInt(2 * 365 * 24 * 60))
              .toOffsetDateTime();
      SupportCase c = supportCase("WARM-UP-" + i, ruleset.vendor(), opened, random);
      Subscription s = subscription("WARM-UP-" + i, ruleset.vendor(), level, place, random);
      try {
        engine.evaluate(c, s);
        decided++;
      } catch (SlaException e) {
        // a made-up case that this ruleset refuses: the next one warms up as well
      }
    }
    return decided;
  }

  private static SupportCase supportCase(
      String id, String vendor, OffsetDateTime opened, SplittableRandom random) {
    SupportCase.Builder c =
        SupportCase.builder(id, vendor, opened)
            .production(random.nextInt(5) != 0)
            .workaround(random.nextInt(5) == 0)
            .seConsulted(random.nextInt(4) == 0)
            .onSiteVisit(random.nextInt(8) == 0);
    if (random.nextInt(3) == 0) {
      c.severity(1 + random.nextInt(4));
    }
    Impact impact = oneOrNone(Impact.values(), random);
    if (impact != null) {
      c.impact(impact);
    }
    Deployment deployment = oneOrNone(Deployment.values(), random);
    if (deployment != null) {
      c.deployment(deployment);
    }
    IssueKind kind = oneOrNone(IssueKind.values(), random);
    if (kind != null) {
      c.issueKind(kind);
    }
    if (random.nextBoolean()) {
      c.businessImpact("customer-facing");
    }
    return c.build();
  }

  private static Subscription subscription(
      String id, String vendor, String level, Location place, SplittableRandom random) {
    Subscription.Builder s =
        Subscription.builder(id, vendor, level, place)
            .newCustomer(random.nextInt(4) == 0)
            .rpsCustomer(random.nextInt(4) == 0);
    int term = random.nextInt(20);
    if (term > 0) { // one in twenty states no term
      s.term(
          LocalDate.of(2026, 1, 1),
          term < 3 ? LocalDate.of(2026, 6, 30) : LocalDate.of(2027, 12, 31));
    }
    Deployment deployment = oneOrNone(Deployment.values(), random);
    if (deployment != null) {
      s.deployment(deployment);
    }
    if (random.nextInt(4) != 0) {
      s.annualSpendUsd(BigDecimal.valueOf(1_000L * random.nextInt(301)));
    }
    if (random.nextBoolean()) {
      s.agreedVisitsPerYear(random.nextInt(25));
    }
    int visits = random.nextInt(10);
    if (random.nextBoolean()) {
      s.onSiteVisitCount(visits);
    } else {
      for (int v = 0; v < visits; v++) {
        s.onSiteVisit(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3 * 365)));
      }
    }
    return s.build();
  }

  /** One of the values, or null as often as each of them. */
  private static <T> @Nullable T oneOrNone(T[] values, SplittableRandom random) {
    int i = random.nextInt(values.length + 1);
    return i < values.length ? values[i] : null;
  }
}
