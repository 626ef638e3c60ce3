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

  /**
   * Checks the components and copies the calendar map.
   *
   * @param supportCase the case
   * @param subscription the subscription
   * @param zone the zone of the subscription's calendar, in which local dates are read (TERM-1)
   * @param openedInBusinessHours the opening instant is business time of the subscription's
   *     calendar
   * @param rulesetCalendarsOpen for each of the ruleset's {@linkplain Ruleset#calendars()
   *     calendars} by id, whether the opening instant is business time in it
   * @throws NullPointerException when a component, or a key or value of the map, is null
   */
  public PolicyFacts {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(zone, "zone");
    rulesetCalendarsOpen = Map.copyOf(rulesetCalendarsOpen);
  }

  /** {@return the case's id, as the case gives it} */
  public String caseId() {
    return supportCase.id();
  }

  /** {@return the subscription's id, as the subscription gives it} */
  public String subscriptionId() {
    return subscription.id();
  }

  /** {@return the ruleset id the case names ({@code "elastic"}): the ruleset deciding} */
  public String vendor() {
    return supportCase.vendor();
  }

  /**
   * {@return the subscription's level, as spelled there ({@code "GOLD"})} With levels declared,
   * the engine has already refused any other.
   */
  public String level() {
    return subscription.level();
  }

  /**
   * {@return the severity the case asked for, 1..4, or empty when it asked for none} Also
   * inserted as a {@code Requested} fact.
   */
  public Optional<Integer> requestedSeverity() {
    return supportCase.severity();
  }

  /** {@return the impact the case reports, or empty when it reports none} */
  public Optional<Impact> impact() {
    return supportCase.impact();
  }

  /** {@return whether a production system is affected; true unless the case says otherwise} */
  public boolean production() {
    return supportCase.production();
  }

  /** {@return whether a workaround exists; false unless the case says so} */
  public boolean workaround() {
    return supportCase.workaround();
  }

  /**
   * {@return the deployment the case is about: the case's, else the subscription's, or empty when
   * neither gives one}
   */
  public Optional<Deployment> deployment() {
    return supportCase.deployment().or(subscription::deployment);
  }

  /**
   * {@return the subscription's own deployment (ELASTIC-9 reading), whatever the case says, or
   * empty when the subscription gives none}
   */
  public Optional<Deployment> subscriptionDeployment() {
    return subscription.deployment();
  }

  /**
   * Whether the subscription's own deployment is {@code d} (ELASTIC-9, ELASTIC-10).
   *
   * @param d the deployment to compare with
   * @return true when the subscription gives that deployment; false when it gives another or none
   */
  public boolean subscriptionDeployedAs(Deployment d) {
    return subscription.deployment().map(d::equals).orElse(false);
  }

  /**
   * {@return the kind of issue the case states, or empty} A ruleset may derive one (VEEAM-8) by
   * inserting an {@code IssueKind} fact.
   */
  public Optional<IssueKind> issueKind() {
    return supportCase.issueKind();
  }

  /** {@return whether a Veeam Korea SE was consulted before the case (VEEAM-3); default false} */
  public boolean seConsulted() {
    return supportCase.seConsulted();
  }

  /** {@return whether the case asks for an on-site visit (ROCKPLACE-6); false by default} */
  public boolean onSiteVisit() {
    return supportCase.onSiteVisit();
  }

  /** {@return the customer's stated business impact (ELASTIC-11), or empty when not stated} */
  public Optional<String> businessImpact() {
    return supportCase.businessImpact();
  }

  /**
   * {@return the case's free attributes, for custom rules: unmodifiable, empty when there are
   * none}
   */
  public Map<String, String> attributes() {
    return supportCase.attributes();
  }

  /** {@return when the case was opened, the instant every clock starts from} */
  public Instant openedAt() {
    return supportCase.openedAt().toInstant();
  }

  /** {@return the local date of the opening in the subscription calendar's zone} */
  public LocalDate openedOn() {
    return supportCase.openedAt().atZoneSameInstant(zone).toLocalDate();
  }

  /** {@return the first day of the contract term, inclusive, or empty without a term} */
  public Optional<LocalDate> start() {
    return subscription.start();
  }

  /** {@return the last day of the contract term, inclusive, or empty without a term} */
  public Optional<LocalDate> end() {
    return subscription.end();
  }

  /** {@return the yearly spend in US dollars (ELASTIC-7), or empty when not given} */
  public Optional<BigDecimal> annualSpendUsd() {
    return subscription.annualSpendUsd();
  }

  /**
   * {@return the negotiated on-site visits per year (ROCKPLACE-6), or empty while none is agreed}
   */
  public Optional<Integer> agreedVisitsPerYear() {
    return subscription.agreedVisitsPerYear();
  }

  /** {@return whether the subscription is marked as sold to a new customer (ELASTIC-10)} */
  public boolean newCustomer() {
    return subscription.newCustomer();
  }

  /**
   * The customer has adopted rockPLACE Professional Service (ROCKPLACE-7): the subscription says
   * so, or the case carries the older attribute {@code rpsCustomer: "true"}.
   *
   * @return true when either says so
   */
  public boolean rpsCustomer() {
    return subscription.rpsCustomer() || "true".equals(supportCase.attributes().get("rpsCustomer"));
  }

  /**
   * The value of one of the case's free attributes.
   *
   * @param name the attribute's name, matched exactly
   * @return its value as text, or empty when the case does not have it
   */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(supportCase.attributes().get(name));
  }

  /**
   * Whether one of the case's free attributes says yes.
   *
   * @param name the attribute's name, matched exactly
   * @return true when its value is {@code "true"} in any case; false when absent or anything else
   */
  public boolean flag(String name) {
    return "true".equalsIgnoreCase(supportCase.attributes().get(name));
  }

  /**
   * Whether the opening falls within the term, both days inclusive, in the calendar's zone
   * (TERM-1); true without a term.
   *
   * @return true when the opening's local date is neither before the start nor after the end
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
   *
   * @return the year, both days inclusive, or empty
   */
  public Optional<QuotaYear> quotaYear() {
    return subscription
        .start()
        .map(
            s -> {
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
   *
   * @return the number of visits, 0 or more
   */
  public int visitsUsed() {
    return visitsUsed(quotaYear());
  }

  private int visitsUsed(Optional<QuotaYear> year) {
    if (subscription.onSiteVisitCount().isPresent()) {
      return subscription.onSiteVisitCount().get();
    }
    LocalDate opened = openedOn();
    return (int)
        subscription.onSiteVisitDates().stream()
            .filter(v -> v.isBefore(opened) && year.map(y -> y.contains(v)).orElse(true))
            .count();
  }

  /**
   * The visit quota of the quota year, with its use (ROCKPLACE-6, TERM-3), for a rule to report
   * ({@code decision.onSiteVisits}) and to match.
   *
   * @param perYear the visits the level gives per contract year, 0 or more
   * @return the quota, with {@link #visitsUsed()} and {@link #quotaYear()}
   */
  public VisitQuota visitQuota(int perYear) {
    Optional<QuotaYear> year = quotaYear();
    return VisitQuota.of(perYear, visitsUsed(year), year);
  }

  /**
   * A visit quota still to be agreed (a negotiated level without {@code agreedVisitsPerYear}),
   * with the quota year's use.
   *
   * @return a quota without a number of visits per year or a remainder
   */
  public VisitQuota visitQuotaNotAgreed() {
    Optional<QuotaYear> year = quotaYear();
    return VisitQuota.notAgreed(visitsUsed(year), year);
  }

  /**
   * Whether the opening instant is business time of one of the ruleset's calendars (routing by
   * office hours, VEEAM-5).
   *
   * @param calendarId the calendar's id, as the ruleset names it
   * @return true when the calendar is open at the opening instant
   * @throws IllegalArgumentException when the ruleset has no calendar of that id (a renamed or
   *     misspelt id fails the decision instead of reading as "closed")
   */
  public boolean openIn(String calendarId) {
    Boolean open = rulesetCalendarsOpen.get(calendarId);
    if (open == null) {
      throw new IllegalArgumentException(
          "\""
              + calendarId
              + "\" is not a calendar of the ruleset "
              + new java.util.TreeSet<>(rulesetCalendarsOpen.keySet()));
    }
    return open;
  }

  /**
   * {@return the ids of the ruleset's calendars in which the opening instant is business time,
   * sorted; empty when none is open or the ruleset has none}
   */
  public Set<String> openCalendars() {
    Set<String> open = new java.util.TreeSet<>();
    rulesetCalendarsOpen.forEach(
        (id, o) -> {
          if (o) {
            open.add(id);
          }
        });
    return open;
  }

  /**
   * Whether the annual spend is known and at least a threshold (ELASTIC-7).
   *
   * @param usd the threshold in US dollars, inclusive
   * @return true when {@link #annualSpendUsd()} is given and not below it; false when unknown
   */
  public boolean spendAtLeast(long usd) {
    return subscription
        .annualSpendUsd()
        .map(s -> s.compareTo(BigDecimal.valueOf(usd)) >= 0)
        .orElse(false);
  }
}
