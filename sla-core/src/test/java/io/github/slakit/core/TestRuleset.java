package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyFacts;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A ruleset written in Java for the lifecycle's tests: the response target per severity comes from
 * a function, so that tests choose clocks freely (24x7, business hours, business days).
 */
final class TestRuleset implements Ruleset {
  static final String VENDOR = "test";

  private final IntFunction<TimeSpan> responseTarget;
  private final List<MetricDefinition> metrics;
  private final Map<String, TimeSpan> extraTargets;

  TestRuleset(IntFunction<TimeSpan> responseTarget) {
    this(responseTarget, MetricDefinition.defaults(), Map.of());
  }

  TestRuleset(
      IntFunction<TimeSpan> responseTarget,
      List<MetricDefinition> metrics,
      Map<String, TimeSpan> extraTargets) {
    this.responseTarget = responseTarget;
    this.metrics = metrics;
    this.extraTargets = extraTargets;
  }

  @Override
  public String vendor() {
    return VENDOR;
  }

  @Override
  public Set<String> levels() {
    return Set.of();
  }

  @Override
  public List<MetricDefinition> metrics() {
    return metrics;
  }

  @Override
  public PolicyDecision decide(PolicyFacts facts) {
    int severity = facts.supportCase().severity().orElse(3);
    PolicyDecision.Builder b = PolicyDecision.builder();
    b.trace("Severity as requested", "TEST-1");
    b.severity(new Severity(severity, "S" + severity));
    b.target(Metrics.INITIAL_RESPONSE, responseTarget.apply(severity));
    extraTargets.forEach(b::target);
    return b.build();
  }

  /** Mon-Fri 09:00-18:00 in Seoul, no holidays. */
  static BusinessCalendar officeHours() {
    return BusinessCalendar.builder(ZoneId.of("Asia/Seoul"))
        .id("office")
        .weekly(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            io.github.slakit.calendars.TimeWindow.parse("09:00-18:00"))
        .build();
  }
}
