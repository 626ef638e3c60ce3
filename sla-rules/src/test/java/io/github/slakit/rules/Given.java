package io.github.slakit.rules;

import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.Location;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.spi.PolicyFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * Test facts, fluently: {@code given("elastic", "GOLD").severity(2).impact(Impact.OUTAGE)}: a case
 * and a subscription built through their public builders, in the zone given (Seoul by default).
 */
final class Given {
  static final Instant OPENED = Instant.parse("2026-03-06T08:30:00Z");

  private final Subscription.Builder subscription;
  private final String vendor;
  private Instant openedAt = OPENED;
  private ZoneId zone = ZoneId.of("Asia/Seoul");
  private boolean inBusinessHours = true;
  private final Set<String> open = new HashSet<>();
  // The case's builder takes its opening at construction: the case is built anew in facts().
  private final java.util.List<java.util.function.Consumer<SupportCase.Builder>> caseSteps =
      new java.util.ArrayList<>();

  private Given(String vendor, String level) {
    this.vendor = vendor;
    this.subscription =
        Subscription.builder("SUB-T", vendor, level, new Location("KR", ZoneId.of("Asia/Seoul")));
  }

  static Given given(String vendor, String level) {
    return new Given(vendor, level);
  }

  private Given onCase(java.util.function.Consumer<SupportCase.Builder> step) {
    caseSteps.add(step);
    return this;
  }

  Given severity(int s) {
    return onCase(c -> c.severity(s));
  }

  Given impact(Impact i) {
    return onCase(c -> c.impact(i));
  }

  Given production(boolean p) {
    return onCase(c -> c.production(p));
  }

  Given workaround(boolean w) {
    return onCase(c -> c.workaround(w));
  }

  Given deployment(Deployment d) {
    return onCase(c -> c.deployment(d));
  }

  Given issueKind(IssueKind k) {
    return onCase(c -> c.issueKind(k));
  }

  Given seConsulted() {
    return onCase(c -> c.seConsulted(true));
  }

  Given onSiteVisitAsked() {
    return onCase(c -> c.onSiteVisit(true));
  }

  Given businessImpact(String text) {
    return onCase(c -> c.businessImpact(text));
  }

  Given attribute(String k, String v) {
    return onCase(c -> c.attribute(k, v));
  }

  Given openedAt(Instant t) {
    this.openedAt = t;
    return this;
  }

  Given subscriptionDeployment(Deployment d) {
    subscription.deployment(d);
    return this;
  }

  Given term(String s, String e) {
    subscription.term(LocalDate.parse(s), LocalDate.parse(e));
    return this;
  }

  Given spend(long usd) {
    subscription.annualSpendUsd(BigDecimal.valueOf(usd));
    return this;
  }

  Given agreedVisits(int v) {
    subscription.agreedVisitsPerYear(v);
    return this;
  }

  Given visitsUsed(int v) {
    subscription.onSiteVisitCount(v);
    return this;
  }

  Given visitOn(String date) {
    subscription.onSiteVisit(LocalDate.parse(date));
    return this;
  }

  Given newCustomer() {
    subscription.newCustomer(true);
    return this;
  }

  Given rpsCustomer() {
    subscription.rpsCustomer(true);
    return this;
  }

  Given zone(String z) {
    this.zone = ZoneId.of(z);
    return this;
  }

  Given openIn(String... calendarIds) {
    open.addAll(Set.of(calendarIds));
    return this;
  }

  Given outsideBusinessHours() {
    this.inBusinessHours = false;
    return this;
  }

  /** The facts, for a ruleset without calendars of its own. */
  PolicyFacts facts() {
    return facts(java.util.Set.of());
  }

  /** The facts for a ruleset: each of its calendars open at the opening if given to openIn. */
  PolicyFacts facts(io.github.slakit.core.Ruleset ruleset) {
    return facts(ruleset.calendars().keySet());
  }

  private PolicyFacts facts(java.util.Set<String> rulesetCalendars) {
    SupportCase.Builder c =
        SupportCase.builder("CASE-T", vendor, openedAt.atOffset(ZoneOffset.UTC));
    caseSteps.forEach(step -> step.accept(c));
    java.util.Map<String, Boolean> calendars = new java.util.HashMap<>();
    rulesetCalendars.forEach(id -> calendars.put(id, open.contains(id)));
    open.forEach(id -> calendars.putIfAbsent(id, true));
    return new PolicyFacts(c.build(), subscription.build(), zone, inBusinessHours, calendars);
  }
}
