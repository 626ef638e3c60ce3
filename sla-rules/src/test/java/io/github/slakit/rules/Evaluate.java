package io.github.slakit.rules;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Location;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

/**
 * Rules through the engine, with real calendars and instants: {@code
 * Evaluate.with(VEEAM).at("2026-03-09T18:00:00+09:00", "BASIC", c -> c.severity(2))}.
 */
final class Evaluate {
  static final Location KOREA = Location.of("KR", "Asia/Seoul");

  private final Ruleset ruleset;
  private final SlaEngine engine;

  private Evaluate(Ruleset ruleset) {
    this.ruleset = ruleset;
    this.engine = SlaEngine.builder().ruleset(ruleset).build();
  }

  static Evaluate with(Ruleset ruleset) {
    return new Evaluate(ruleset);
  }

  /** A case opened at {@code openedAt} on a subscription of {@code level} located in Korea. */
  Decision at(String openedAt, String level, UnaryOperator<SupportCase.Builder> c) {
    return at(openedAt, subscription(level, KOREA), c);
  }

  /** A case opened at {@code openedAt} on the subscription given. */
  Decision at(
      String openedAt, Subscription.Builder subscription, UnaryOperator<SupportCase.Builder> c) {
    return engine.evaluate(
        c.apply(SupportCase.builder("C-1", ruleset.vendor(), OffsetDateTime.parse(openedAt)))
            .build(),
        subscription.build());
  }

  /** A subscription builder of this ruleset's vendor. */
  Subscription.Builder subscription(String level, Location location) {
    return Subscription.builder("S-1", ruleset.vendor(), level, location);
  }
}
