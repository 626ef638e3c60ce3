package io.github.slakit.test;

import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.Location;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.spi.PolicyFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The facts a rule sees, fluently: {@code given("acme", "GOLD").impact(Impact.OUTAGE)} is a case
 * of vendor {@code acme} on a GOLD subscription located in Korea, opened at {@link #OPENED}
 * (Friday 6 March 2026, 17:30 KST) in business hours, with an outage. The case and the
 * subscription are built through their public builders, so bad values are refused as the engine
 * refuses them. Facts are what a ruleset decides on without the engine: the zone, whether the
 * opening is in business hours and which calendars are open are given here, not computed (use
 * {@link Evaluate} for deadlines on real calendars).
 *
 * <p>Not thread-safe: build the facts of one test on one thread.
 */
public final class Given {
  /** The opening unless {@link #openedAt} says otherwise: 2026-03-06T08:30:00Z, a Friday. */
  public static final Instant OPENED = Instant.parse("2026-03-06T08:30:00Z");

  private final Subscription.Builder subscription;
  private final String vendor;
  private Instant openedAt = OPENED;
  private ZoneId zone = ZoneId.of("Asia/Seoul");
  private boolean inBusinessHours = true;
  private final Set<String> open = new LinkedHashSet<>();
  // The case's builder takes its opening at construction: the case is built anew in facts().
  private final List<Consumer<SupportCase.Builder>> caseSteps = new ArrayList<>();

  private Given(String vendor, String level) {
    this.vendor = vendor;
    this.subscription =
        Subscription.builder("SUB-T", vendor, level, new Location("KR", ZoneId.of("Asia/Seoul")));
  }

  /**
   * A case of {@code vendor} (id {@code CASE-T}) on a subscription of {@code level} (id {@code
   * SUB-T}) located in Korea, opened at {@link #OPENED} in business hours, saying nothing else.
   *
   * @param vendor the vendor id of the case and the subscription
   * @param level the subscription's level, as the rules match it
   * @return new facts to refine
   */
  public static Given given(String vendor, String level) {
    return new Given(vendor, level);
  }

  private Given onCase(Consumer<SupportCase.Builder> step) {
    caseSteps.add(step);
    return this;
  }

  /**
   * The severity the case requests.
   *
   * @param severity 1 (most urgent) to 4
   * @return these facts
   */
  public Given severity(int severity) {
    return onCase(c -> c.severity(severity));
  }

  /**
   * The case's impact.
   *
   * @param impact the impact, inserted as a fact of its own
   * @return these facts
   */
  public Given impact(Impact impact) {
    return onCase(c -> c.impact(impact));
  }

  /**
   * Whether the case is about production (true unless said).
   *
   * @param production whether it is
   * @return these facts
   */
  public Given production(boolean production) {
    return onCase(c -> c.production(production));
  }

  /**
   * Whether the case has a workaround (false unless said).
   *
   * @param workaround whether it has
   * @return these facts
   */
  public Given workaround(boolean workaround) {
    return onCase(c -> c.workaround(workaround));
  }

  /**
   * The case's deployment.
   *
   * @param deployment the deployment the case is about
   * @return these facts
   */
  public Given deployment(Deployment deployment) {
    return onCase(c -> c.deployment(deployment));
  }

  /**
   * The case's kind of issue.
   *
   * @param kind the kind
   * @return these facts
   */
  public Given issueKind(IssueKind kind) {
    return onCase(c -> c.issueKind(kind));
  }

  /**
   * The case says a Veeam Korea SE was consulted (VEEAM-3).
   *
   * @return these facts
   */
  public Given seConsulted() {
    return onCase(c -> c.seConsulted(true));
  }

  /**
   * The case asks for an on-site visit (ROCKPLACE-6).
   *
   * @return these facts
   */
  public Given onSiteVisitAsked() {
    return onCase(c -> c.onSiteVisit(true));
  }

  /**
   * The customer's stated business impact.
   *
   * @param text the statement, carried as it is
   * @return these facts
   */
  public Given businessImpact(String text) {
    return onCase(c -> c.businessImpact(text));
  }

  /**
   * A free attribute of the case.
   *
   * @param key the attribute's name
   * @param value its value
   * @return these facts
   */
  public Given attribute(String key, String value) {
    return onCase(c -> c.attribute(key, value));
  }

  /**
   * The opening.
   *
   * @param openedAt the instant the case opened
   * @return these facts
   */
  public Given openedAt(Instant openedAt) {
    this.openedAt = openedAt;
    return this;
  }

  /**
   * The subscription's own deployment.
   *
   * @param deployment the deployment
   * @return these facts
   */
  public Given subscriptionDeployment(Deployment deployment) {
    subscription.deployment(deployment);
    return this;
  }

  /**
   * The contract's term.
   *
   * @param start the first day, ISO ({@code 2026-01-01})
   * @param end the last day, ISO
   * @return these facts
   */
  public Given term(String start, String end) {
    subscription.term(LocalDate.parse(start), LocalDate.parse(end));
    return this;
  }

  /**
   * The annual spend.
   *
   * @param usd US dollars a year
   * @return these facts
   */
  public Given spend(long usd) {
    subscription.annualSpendUsd(BigDecimal.valueOf(usd));
    return this;
  }

  /**
   * The on-site visits agreed per year.
   *
   * @param visits visits a year
   * @return these facts
   */
  public Given agreedVisits(int visits) {
    subscription.agreedVisitsPerYear(visits);
    return this;
  }

  /**
   * The on-site visits used, as a count.
   *
   * @param visits visits used this contract year
   * @return these facts
   */
  public Given visitsUsed(int visits) {
    subscription.onSiteVisitCount(visits);
    return this;
  }

  /**
   * An on-site visit on a date.
   *
   * @param date the visit's date, ISO
   * @return these facts
   */
  public Given visitOn(String date) {
    subscription.onSiteVisit(LocalDate.parse(date));
    return this;
  }

  /**
   * The customer is new (ELASTIC-10).
   *
   * @return these facts
   */
  public Given newCustomer() {
    subscription.newCustomer(true);
    return this;
  }

  /**
   * The customer has adopted RPS (ROCKPLACE-7).
   *
   * @return these facts
   */
  public Given rpsCustomer() {
    subscription.rpsCustomer(true);
    return this;
  }

  /**
   * The zone of the subscription's calendar, as the facts give it (Asia/Seoul unless said).
   *
   * @param zone a zone id ({@code Europe/Paris})
   * @return these facts
   */
  public Given zone(String zone) {
    this.zone = ZoneId.of(zone);
    return this;
  }

  /**
   * Calendars of the ruleset open at the opening; the ruleset's other calendars are closed.
   *
   * @param calendarIds the ids ({@code PolicyFacts.openIn(id)} is true for them)
   * @return these facts
   */
  public Given openIn(String... calendarIds) {
    open.addAll(List.of(calendarIds));
    return this;
  }

  /**
   * The opening is outside the business hours of the subscription's calendar.
   *
   * @return these facts
   */
  public Given outsideBusinessHours() {
    this.inBusinessHours = false;
    return this;
  }

  /**
   * The facts, for a ruleset without calendars of its own.
   *
   * @return the facts; the calendars given to {@link #openIn} are open
   */
  public PolicyFacts facts() {
    return facts(Set.of());
  }

  /**
   * The facts for a ruleset: each of its calendars open at the opening when given to {@link
   * #openIn}, closed otherwise.
   *
   * @param ruleset the ruleset the facts are for
   * @return the facts
   */
  public PolicyFacts facts(Ruleset ruleset) {
    return facts(ruleset.calendars().keySet());
  }

  private PolicyFacts facts(Set<String> rulesetCalendars) {
    SupportCase.Builder c =
        SupportCase.builder("CASE-T", vendor, openedAt.atOffset(ZoneOffset.UTC));
    caseSteps.forEach(step -> step.accept(c));
    Map<String, Boolean> calendars = new HashMap<>();
    rulesetCalendars.forEach(id -> calendars.put(id, open.contains(id)));
    open.forEach(id -> calendars.putIfAbsent(id, true));
    return new PolicyFacts(c.build(), subscription.build(), zone, inBusinessHours, calendars);
  }
}
