package io.github.slakit.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up cases for {@link SlaEngine#warmUp(int)}: every ruleset and level of the engine, every
 * impact or none, a requested severity or none, in production or not, opened at instants over
 * 2026-2027 in Seoul, New York and Paris. The same cases for the same count every time (a fixed
 * random seed): nothing here reads a clock.
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
    Impact[] impacts = Impact.values();
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
      SupportCase.Builder c =
          SupportCase.builder("WARM-UP-" + i, ruleset.vendor(), opened)
              .production(random.nextInt(5) != 0)
              .workaround(random.nextInt(5) == 0);
      int impact = random.nextInt(impacts.length + 1);
      if (impact < impacts.length) {
        c.impact(impacts[impact]);
      }
      if (random.nextInt(3) == 0) {
        c.severity(1 + random.nextInt(4));
      }
      Subscription s =
          Subscription.builder("WARM-UP-" + i, ruleset.vendor(), level, place)
              .term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))
              .build();
      try {
        engine.evaluate(c.build(), s);
        decided++;
      } catch (SlaException e) {
        // a made-up case that this ruleset refuses: the next one warms up as well
      }
    }
    return decided;
  }
}
