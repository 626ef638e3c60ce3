package io.github.slakit.core.spi;

import io.github.slakit.core.Deployment;
import io.github.slakit.core.Entitlements.QuotaYear;
import io.github.slakit.core.Entitlements.VisitQuota;
import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Ruleset} decides from: the case and the subscription, with the time facts Java
 * computed from the subscription's calendar (the opening's local date, which ruleset calendars are
 * open at the opening instant). The accessors below read through to the case and subscription,
 * so a rule writes {@code PolicyFacts( production, level == "GOLD" )}.
 *
 * <p>Immutable and thread-safe. Nothing here depends on the moment a decision is computed
 * (TERM-2): rules see no clock.
 *
 * @param supportCase the case
 * @param subscription the subscription
 * @param zone the zone of the subscription's calendar, in which local dates are read (TERM-1)
 * @param openedInBusinessHours the opening instant is business time of the subscription's calendar
 * @param rulesetCalendarsOpen for each of the ruleset's {@linkplain Ruleset#calendars() calendars}
 *     by id, whether the opening instant is business time in it
 */
public record PolicyFacts(
    SupportCase supportCase,
    Subscription subscription,
    ZoneId zone,
    boolean openedInBusinessHours,
    Map<String, Boolean> rulesetCalendarsOpen) {

  public PolicyFacts {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(zone, "zone");
    rulesetCalendarsOpen = Map.copyOf(rulesetCalendarsOpen);
  }

  /** The case's id. */
  public String caseId() {
    return supportCase.id();
  }

  /** The subscription's id. */
  public String subscriptionId() {
    return subscription.id();
  }

  /** The ruleset id the case names. */
  public String vendor() {
    return supportCase.vendor();
  }

  /** The subscription's level, as spelled there. */
  public String level() {
    return subscription.level();
  }

  /** The severity the case asked for. */
  public Optional<Integer> requestedSeverity() {
    return supportCase.severity();
  }

  /** The impact the case reports. */
  public Optional<Impact> impact() {
    return supportCase.impact();
  }

  /** Whether a production system is affected. */
  public boolean production() {
    return supportCase.production();
  }

  /** Whether a workaround exists. */
  public boolean workaround() {
    return supportCase.workaround();
  }

  /** The deployment the case is about: the case's, else the subscription's. */
  public Optional<Deployment> deployment() {
    return supportCase.deployment().or(subscription::deployment);
  }

  /** The subscription's own deployment (ELASTIC-9 reading), whatever the case says. */
  public Optional<Deployment> subscriptionDeployment() {
    return subscription.deployment();
  }

  /** Whether the subscription's own deployment is {@code d} (ELASTIC-9, ELASTIC-10). */
  public boolean subscriptionDeployedAs(Deployment d) {
    return subscription.deployment().map(d::equals).orElse(false);
  }

  /** The kind of issue the case states. */
  public Optional<IssueKind> issueKind() {
    return supportCase.issueKind();
  }

  /** A Veeam Korea SE was consulted (VEEAM-3). */
  public boolean seConsulted() {
    return supportCase.seConsulted();
  }

  /** The case asks for an on-site visit (ROCKPLACE-6). */
  public boolean onSiteVisit() {
    return supportCase.onSiteVisit();
  }

  /** The customer's stated business impact (ELASTIC-11). */
  public Optional<String> businessImpact() {
    return supportCase.businessImpact();
  }

  /** The case's free attributes, for custom rules. */
  public Map<String, String> attributes() {
    return supportCase.attributes();
  }

  /** When the case was opened. */
  public Instant openedAt() {
    return supportCase.openedAt().toInstant();
  }

  /** The local date of the opening in the subscription calendar's zone. */
  public LocalDate openedOn() {
    return supportCase.openedAt().atZoneSameInstant(zone).toLocalDate();
  }

  /** First day of the contract term. */
  public Optional<LocalDate> start() {
    return subscription.start();
  }

  /** Last day of the contract term. */
  public Optional<LocalDate> end() {
    return subscription.end();
  }

  /** Yearly spend in USD. */
  public Optional<BigDecimal> annualSpendUsd() {
    return subscription.annualSpendUsd();
  }

  /** The negotiated on-site visit quota. */
  public Optional<Integer> agreedVisitsPerYear() {
    return subscription.agreedVisitsPerYear();
  }

  /** The subscription is marked as sold to a new customer (ELASTIC-10). */
  public boolean newCustomer() {
    return subscription.newCustomer();
  }

  /**
   * The customer has adopted rockPLACE Professional Service (ROCKPLACE-7): the subscription says
   * so, or the case carries the older attribute {@code rpsCustomer: "true"}.
   */
  public boolean rpsCustomer() {
    return subscription.rpsCustomer() || "true".equals(supportCase.attributes().get("rpsCustomer"));
  }

  /** The attribute's value, if the case has it. */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(supportCase.attributes().get(name));
  }

  /** Whether the attribute is {@code "true"} (any case). */
  public boolean flag(String name) {
    return "true".equalsIgnoreCase(supportCase.attributes().get(name));
  }

  /**
   * Whether the opening falls within the term, both days inclusive, in the calendar's zone
   * (TERM-1); true without a term.
   */
  public boolean inTerm() {
    LocalDate d = openedOn();
    return subscription.start().map(s -> !d.isBefore(s)).orElse(true)
        && subscription.end().map(e -> !d.isAfter(e)).orElse(true);
  }

  /**
   * The contract year that holds the opening (TERM-3): from the start date's anniversary on or
   * before the opening's local date to the day before the next one. A case opened before the start
   * gets the first year. Empty without a start date.
   */
  public Optional<QuotaYear> quotaYear() {
    return subscription.start().map(s -> {
      LocalDate d = openedOn();
      int n = Math.max(0, d.getYear() - s.getYear());
      while (n > 0 && s.plusYears(n).isAfter(d)) {
        n--;
      }
      while (!s.plusYears(n + 1).isAfter(d)) {
        n++;
      }
      return new QuotaYear(s.plusYears(n), s.plusYears(n + 1L).minusDays(1));
    });
  }

  /**
   * On-site visits used in the quota year before the case (TERM-3): the dated visits of the
   * quota year before the opening's local date, or the count the subscription gives without dates.
   * Without a start date no year is known and every dated visit before the opening counts.
   */
  public int visitsUsed() {
    return visitsUsed(quotaYear());
  }

  private int visitsUsed(Optional<QuotaYear> year) {
    if (subscription.onSiteVisitCount().isPresent()) {
      return subscription.onSiteVisitCount().get();
    }
    LocalDate opened = openedOn();
    return (int) subscription.onSiteVisitDates().stream()
        .filter(v -> v.isBefore(opened) && year.map(y -> y.contains(v)).orElse(true))
        .count();
  }

  /** The visit quota {@code perYear} of the quota year, with its use (ROCKPLACE-6, TERM-3). */
  public VisitQuota visitQuota(int perYear) {
    Optional<QuotaYear> year = quotaYear();
    return VisitQuota.of(perYear, visitsUsed(year), year);
  }

  /** A visit quota still to be agreed, with the quota year's use. */
  public VisitQuota visitQuotaNotAgreed() {
    Optional<QuotaYear> year = quotaYear();
    return VisitQuota.notAgreed(visitsUsed(year), year);
  }

  /**
   * Whether the opening instant is business time of the ruleset's calendar {@code id}.
   *
   * @throws IllegalArgumentException when the ruleset has no calendar of that id (a renamed or
   *     misspelt id fails the decision instead of reading as "closed")
   */
  public boolean openIn(String calendarId) {
    Boolean open = rulesetCalendarsOpen.get(calendarId);
    if (open == null) {
      throw new IllegalArgumentException("\"" + calendarId + "\" is not a calendar of the ruleset "
          + new java.util.TreeSet<>(rulesetCalendarsOpen.keySet()));
    }
    return open;
  }

  /** The ids of the ruleset's calendars in which the opening instant is business time. */
  public Set<String> openCalendars() {
    Set<String> open = new java.util.TreeSet<>();
    rulesetCalendarsOpen.forEach((id, o) -> {
      if (o) {
        open.add(id);
      }
    });
    return open;
  }

  /** Whether the annual spend is known and at least {@code usd}. */
  public boolean spendAtLeast(long usd) {
    return subscription.annualSpendUsd().map(s -> s.compareTo(BigDecimal.valueOf(usd)) >= 0)
        .orElse(false);
  }
}
