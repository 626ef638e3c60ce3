package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyFacts;
import java.util.Map;
import java.util.Set;

/**
 * A vendor's policy: from a case's {@link PolicyFacts} it decides severity, coverage, targets (an
 * amount and the clock that counts it), routing, escalation steps (delays from the opening or
 * from an earlier step), entitlements and warnings. It never computes instants: {@link SlaEngine}
 * does, with the right calendar.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves every thread.
 * {@code sla-rules} implements this interface with Drools DRL; core does not depend on Drools.
 */
public interface Ruleset {

  /**
   * {@return the vendor id cases and subscriptions name ({@code elastic}); the engine keeps one
   * ruleset per id}
   */
  String vendor();

  /**
   * The levels a subscription may have, in the order the vendor lists them; empty when the
   * ruleset accepts any level.
   *
   * @return the levels, as subscriptions spell them; the engine refuses any other
   */
  Set<String> levels();

  /**
   * Calendars the rules refer to by id, besides the subscription's: a vendor's support hours
   * ({@code TimeSpan.businessHours(4).on("rockplace-office")}) or a region's office hours, whose
   * openness at the opening instant the engine reports in {@link PolicyFacts#openCalendars()}.
   * Implementations should build them once (lazily is fine).
   *
   * @return the calendars by id; none by default
   */
  default Map<String, BusinessCalendar> calendars() {
    return Map.of();
  }

  /**
   * What identifies the rules this ruleset decides with, recorded in every decision so that a
   * stored decision can be traced to its rules: for DRL, {@code sha256:} and the hash of the
   * sources. Empty when the implementation has no version.
   *
   * @return the version; empty by default
   */
  default String version() {
    return "";
  }

  /**
   * How the clocks of a case's metrics run over its life (docs/LIFECYCLE.md): the built-in
   * metrics of {@link MetricDefinition#defaults()} and any the ruleset adds, whose targets its
   * decisions give. A ruleset may replace a built-in definition (to pause it differently) by
   * listing one with the same name.
   *
   * @return the metrics' definitions; the built-in ones by default
   */
  default java.util.List<MetricDefinition> metrics() {
    return MetricDefinition.defaults();
  }

  /**
   * The ruleset that decides now. A ruleset whose rules change while it is in use (one that
   * watches its folder and reloads it) gives the version loaded at the moment, itself unchanging;
   * the engine asks once per decision and takes every answer of that decision (levels, calendars,
   * metrics, version, rules) from what it got, so that no decision mixes two versions.
   *
   * @return a ruleset whose answers do not change; this one by default
   */
  default Ruleset current() {
    return this;
  }

  /**
   * The policy decision for the facts. Called by the engine on many threads at once.
   *
   * @param facts the case and the subscription, with what the engine computed from the calendars
   * @return what the rules decided, with spans not yet turned into instants
   * @throws SlaRulesException when the rules fail
   */
  PolicyDecision decide(PolicyFacts facts);
}
