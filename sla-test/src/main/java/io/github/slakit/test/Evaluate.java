package io.github.slakit.test;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Location;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

/**
 * A ruleset through the engine, with real calendars and instants: {@code
 * Evaluate.with(acme).at("2026-03-06T17:30:00+09:00", "GOLD", c -> c.impact(Impact.OUTAGE))} is
 * the decision on a case opened then (id {@code C-1}) on a GOLD subscription (id {@code S-1})
 * located in Korea. Immutable and thread-safe.
 */
public final class Evaluate {
  /** Korea, in Asia/Seoul: Monday-Friday 09:00-18:00 minus KR holidays (TIME-8). */
  public static final Location KOREA = Location.of("KR", "Asia/Seoul");

  private final Ruleset ruleset;
  private final SlaEngine engine;

  private Evaluate(Ruleset ruleset) {
    this.ruleset = ruleset;
    this.engine = SlaEngine.builder().ruleset(ruleset).build();
  }

  /**
   * An engine of this one ruleset.
   *
   * @param ruleset the ruleset whose vendor the cases name
   * @return the evaluator
   */
  public static Evaluate with(Ruleset ruleset) {
    return new Evaluate(ruleset);
  }

  /**
   * The decision on a case opened at {@code openedAt} on a subscription of {@code level} located
   * in Korea.
   *
   * @param openedAt the opening with its offset ({@code 2026-03-06T17:30:00+09:00})
   * @param level the subscription's level
   * @param supportCase adds to the case's builder what the case says
   * @return the engine's decision
   */
  public Decision at(
      String openedAt, String level, UnaryOperator<SupportCase.Builder> supportCase) {
    return at(openedAt, subscription(level, KOREA), supportCase);
  }

  /**
   * The decision on a case opened at {@code openedAt} on the subscription given.
   *
   * @param openedAt the opening with its offset
   * @param subscription the subscription, built now
   * @param supportCase adds to the case's builder what the case says
   * @return the engine's decision
   */
  public Decision at(
      String openedAt,
      Subscription.Builder subscription,
      UnaryOperator<SupportCase.Builder> supportCase) {
    return engine.evaluate(
        supportCase
            .apply(SupportCase.builder("C-1", ruleset.vendor(), OffsetDateTime.parse(openedAt)))
            .build(),
        subscription.build());
  }

  /**
   * A subscription builder of this ruleset's vendor (id {@code S-1}).
   *
   * @param level the level
   * @param location where the customer is
   * @return the builder
   */
  public Subscription.Builder subscription(String level, Location location) {
    return Subscription.builder("S-1", ruleset.vendor(), level, location);
  }
}
