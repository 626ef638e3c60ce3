package io.github.slakit.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Ruleset} decides from: the case and the subscription flattened into one record,
 * with the time facts Java computed (which calendars are open at the opening instant, the
 * evaluation instant from the engine's {@link java.time.Clock}).
 *
 * <p>Immutable and thread-safe. Rules read these facts; they never read the wall clock.
 *
 * @param caseId the case's id
 * @param subscriptionId the subscription's id
 * @param vendor the ruleset id
 * @param level the subscription's level
 * @param requestedSeverity the severity the case asked for
 * @param impact the reported impact
 * @param production whether production is affected
 * @param workaround whether a workaround exists
 * @param deployment the case's deployment, else the subscription's
 * @param issueKind the case's kind of issue, if it says
 * @param attributes the case's free attributes
 * @param openedAt when the case was opened
 * @param evaluatedAt when the engine evaluates, from its clock
 * @param zone the zone of the subscription's calendar (for local dates such as the end date)
 * @param start first day of the contract term
 * @param end last day of the contract term
 * @param annualSpendUsd yearly spend in USD
 * @param agreedVisitsPerYear negotiated on-site visit quota
 * @param onSiteVisitsUsed visits used this quota year
 * @param newCustomer the subscription is marked as sold to a new customer
 * @param openedInBusinessHours the opening instant is business time of the subscription's calendar
 * @param openCalendars ids of the ruleset's {@linkplain Ruleset#calendars() calendars} in which the
 *     opening instant is business time
 */
public record PolicyFacts(
    String caseId,
    String subscriptionId,
    String vendor,
    String level,
    Optional<Integer> requestedSeverity,
    Optional<Impact> impact,
    boolean production,
    boolean workaround,
    Optional<Deployment> deployment,
    Optional<IssueKind> issueKind,
    Map<String, String> attributes,
    Instant openedAt,
    Instant evaluatedAt,
    ZoneId zone,
    Optional<LocalDate> start,
    Optional<LocalDate> end,
    Optional<BigDecimal> annualSpendUsd,
    Optional<Integer> agreedVisitsPerYear,
    int onSiteVisitsUsed,
    boolean newCustomer,
    boolean openedInBusinessHours,
    Set<String> openCalendars) {

  public PolicyFacts {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(requestedSeverity, "requestedSeverity");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(issueKind, "issueKind");
    attributes = Map.copyOf(attributes);
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(annualSpendUsd, "annualSpendUsd");
    Objects.requireNonNull(agreedVisitsPerYear, "agreedVisitsPerYear");
    openCalendars = Set.copyOf(openCalendars);
  }

  /** The attribute's value, if the case has it. */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  /** Whether the attribute is {@code "true"} (any case). */
  public boolean flag(String name) {
    return "true".equalsIgnoreCase(attributes.get(name));
  }

  /** Whether the evaluation instant falls after the term's last day, in the calendar's zone. */
  public boolean evaluatedAfterEnd() {
    return end.map(e -> evaluatedAt.atZone(zone).toLocalDate().isAfter(e)).orElse(false);
  }

  /**
   * Whether the case was opened after the term's last day, in the calendar's zone (a quota year
   * runs within the term: after it no contract year holds the case).
   */
  public boolean openedAfterEnd() {
    return end.map(e -> openedAt.atZone(zone).toLocalDate().isAfter(e)).orElse(false);
  }

  /** Whether the opening instant is business time of the ruleset's calendar {@code id}. */
  public boolean openIn(String calendarId) {
    return openCalendars.contains(calendarId);
  }

  /** Whether the annual spend is known and at least {@code usd}. */
  public boolean spendAtLeast(long usd) {
    return annualSpendUsd.map(s -> s.compareTo(BigDecimal.valueOf(usd)) >= 0).orElse(false);
  }
}
