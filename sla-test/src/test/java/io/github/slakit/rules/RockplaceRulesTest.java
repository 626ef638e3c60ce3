package io.github.slakit.rules;

import static io.github.slakit.test.Given.given;
import static io.github.slakit.test.Verify.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Entitlements;
import io.github.slakit.core.Entitlements.QuotaYear;
import io.github.slakit.core.Entitlements.VisitQuota;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.core.spi.PolicyDecision.SupportHoursSpec;
import io.github.slakit.test.Evaluate;
import io.github.slakit.test.Given;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per rule of rockplace.drl; expected values from docs/POLICIES.md ROCKPLACE-1..7, TERM-3. */
class RockplaceRulesTest {
  static final Ruleset ROCKPLACE = Rulesets.builtIn("rockplace");

  static Given level(String level) {
    return given("rockplace", level);
  }

  @Test
  void levels() {
    // ROCKPLACE-1: the source's fourth column, headed "Standard" again, is BASIC.
    assertThat(ROCKPLACE.levels()).containsExactly("PREMIUM", "STANDARD_PLUS", "STANDARD", "BASIC");
  }

  // severity (reading)
  @Test
  void severity() {
    // Reading (ROCKPLACE-2 has no scale): requested kept; else OUTAGE -> 1 "Emergency" (the
    // source's emergency failure), DEGRADED -> 2, PARTIAL_FAILURE/PERFORMANCE -> 3, QUESTION -> 4,
    // nothing -> 3.
    verifyThat(ROCKPLACE)
        .given(level("BASIC").severity(2).impact(Impact.OUTAGE))
        .fires("Requested severity is kept", "ROCKPLACE-2")
        .severity(2, "High");
    verifyThat(ROCKPLACE)
        .given(level("BASIC").impact(Impact.OUTAGE))
        .fires("Outage is an emergency failure: severity 1", "ROCKPLACE-2")
        .severity(1, "Emergency");
    verifyThat(ROCKPLACE)
        .given(level("BASIC").impact(Impact.DEGRADED))
        .fires("Degraded: severity 2", "ROCKPLACE-2")
        .severity(2, "High");
    verifyThat(ROCKPLACE)
        .given(level("BASIC").impact(Impact.PERFORMANCE))
        .fires("Partial failure or performance: severity 3", "ROCKPLACE-2")
        .severity(3, "Normal");
    verifyThat(ROCKPLACE)
        .given(level("BASIC").impact(Impact.QUESTION))
        .fires("Question: severity 4", "ROCKPLACE-2")
        .severity(4, "Low");
    verifyThat(ROCKPLACE)
        .given(level("BASIC"))
        .fires("No severity and no impact given: severity 3", "ROCKPLACE-2")
        .severity(3, "Normal");
  }

  // ROCKPLACE-2 response times, same for emergencies
  @Test
  void responseTimes() {
    // ROCKPLACE-2: one response time per level for ordinary and (emergency) failures alike, so
    // every severity gets the same target; counted in the level's support hours (the ruleset's
    // calendars), PREMIUM as calendar time.
    for (int s = 1; s <= 4; s++) {
      verifyThat(ROCKPLACE)
          .given(level("PREMIUM").severity(s))
          .fires("Premium: response within 2 hours, Mon-Sun 24 h", "ROCKPLACE-2")
          .target(TimeSpan.elapsedHours(2));
      verifyThat(ROCKPLACE)
          .given(level("STANDARD_PLUS").severity(s))
          .fires("Standard Plus: response within 4 hours of Mon-Fri 24 h", "ROCKPLACE-2")
          .target(TimeSpan.businessHours(4).on("rockplace-mon-fri-24h"));
      verifyThat(ROCKPLACE)
          .given(level("STANDARD").severity(s))
          .fires("Standard: response within 4 hours of Mon-Fri 09:00-17:00", "ROCKPLACE-2")
          .target(TimeSpan.businessHours(4).on("rockplace-mon-fri-0917"));
      verifyThat(ROCKPLACE)
          .given(level("BASIC").severity(s))
          .fires("Basic: response within 8 hours of Mon-Fri 09:00-17:00", "ROCKPLACE-2")
          .target(TimeSpan.businessHours(8).on("rockplace-mon-fri-0917"));
    }
  }

  @Test
  void failureResponse() {
    // ROCKPLACE-2's (emergency) failure response: the level's response time, for a case about a
    // failure (outage, degradation, partial failure), counted in the same support hours.
    for (Impact failure : new Impact[] {Impact.OUTAGE, Impact.DEGRADED, Impact.PARTIAL_FAILURE}) {
      verifyThat(ROCKPLACE)
          .given(level("PREMIUM").impact(failure))
          .fires(
              "Failure: the (emergency) failure response within the level's response time",
              "ROCKPLACE-2")
          .target("FAILURE_RESPONSE", TimeSpan.elapsedHours(2));
      verifyThat(ROCKPLACE)
          .given(level("BASIC").impact(failure))
          .target("FAILURE_RESPONSE", TimeSpan.businessHours(8).on("rockplace-mon-fri-0917"));
      verifyThat(ROCKPLACE)
          .given(level("STANDARD_PLUS").impact(failure))
          .target("FAILURE_RESPONSE", TimeSpan.businessHours(4).on("rockplace-mon-fri-24h"));
    }
    // a question or a performance request is no failure: no failure response clock
    verifyThat(ROCKPLACE)
        .given(level("PREMIUM").impact(Impact.QUESTION))
        .doesNotFire("Failure: the (emergency) failure response within the level's response time")
        .noTargetOf("FAILURE_RESPONSE");
    verifyThat(ROCKPLACE)
        .given(level("STANDARD").impact(Impact.PERFORMANCE))
        .noTargetOf("FAILURE_RESPONSE");
  }

  @Test
  void premiumEntitlements() {
    // ROCKPLACE-2, Premium column: Mon-Sun 24 h, monthly inspection, vendor visit option; quota
    // negotiated, here agreed at 24 with 5 used -> 19 left.
    Entitlements e =
        verifyThat(ROCKPLACE)
            .given(level("PREMIUM").agreedVisits(24).visitsUsed(5))
            .fires("Premium: Mon-Sun 24 h, monthly inspection, vendor visit option", "ROCKPLACE-2")
            .fires("Negotiated visit quota: as agreed in the contract", "ROCKPLACE-6")
            .noWarnings()
            .decision()
            .entitlements();
    assertThat(supportHours(level("PREMIUM").agreedVisits(24)))
        .contains(new SupportHoursSpec("Mon-Sun 24 h", Optional.empty()));
    assertThat(e.preventiveInspection()).contains("MONTHLY");
    assertThat(e.options()).containsExactly("VENDOR_VISIT");
    assertThat(e.phoneSupport()).contains(true);
    assertThat(e.onSiteVisits()).contains(VisitQuota.of(24, 5, Optional.empty()));
  }

  @Test
  void standardPlusEntitlements() {
    // ROCKPLACE-2, Standard Plus column: Mon-Fri 24 h, quarterly inspection, vendor visit option.
    Entitlements e =
        verifyThat(ROCKPLACE)
            .given(level("STANDARD_PLUS").agreedVisits(6))
            .fires(
                "Standard Plus: Mon-Fri 24 h, quarterly inspection, vendor visit option",
                "ROCKPLACE-2")
            .decision()
            .entitlements();
    assertThat(supportHours(level("STANDARD_PLUS").agreedVisits(6)))
        .hasValueSatisfying(h -> assertThat(h.calendar()).contains("rockplace-mon-fri-24h"));
    assertThat(e.preventiveInspection()).contains("QUARTERLY");
    assertThat(e.options()).containsExactly("VENDOR_VISIT");
  }

  @Test
  void standardEntitlements() {
    // ROCKPLACE-2, Standard column: 09:00-17:00, quarterly, 12 visits a year (4 used -> 8 left).
    Entitlements e =
        verifyThat(ROCKPLACE)
            .given(level("STANDARD").visitsUsed(4))
            .fires(
                "Standard: Mon-Fri 09:00-17:00, 12 visits a year, quarterly inspection",
                "ROCKPLACE-2")
            .noWarnings()
            .decision()
            .entitlements();
    assertThat(supportHours(level("STANDARD")))
        .hasValueSatisfying(
            h -> {
              assertThat(h.text()).contains("09:00-17:00");
              assertThat(h.calendar()).contains("rockplace-mon-fri-0917");
            });
    assertThat(e.preventiveInspection()).contains("QUARTERLY");
    assertThat(e.onSiteVisits())
        .contains(new VisitQuota(Optional.of(12), 4, Optional.of(8), Optional.empty()));
    assertThat(e.options()).isEmpty();
  }

  @Test
  void basicEntitlements() {
    // ROCKPLACE-2, fourth column (BASIC): no on-site inspection, 3 visits (1 used -> 2 left).
    Entitlements e =
        verifyThat(ROCKPLACE)
            .given(level("BASIC").visitsUsed(1))
            .fires("Basic: Mon-Fri 09:00-17:00, 3 visits a year, no inspection", "ROCKPLACE-2")
            .decision()
            .entitlements();
    assertThat(e.preventiveInspection()).contains("NONE");
    assertThat(e.onSiteVisits())
        .contains(new VisitQuota(Optional.of(3), 1, Optional.of(2), Optional.empty()));
  }

  @Test
  void services() {
    // ROCKPLACE-3..5: base, installation and operation services at every level.
    Entitlements e =
        verifyThat(ROCKPLACE)
            .given(level("BASIC"))
            .fires("Base service for every subscription", "ROCKPLACE-3")
            .fires("Installation support at every level, cluster installs excluded", "ROCKPLACE-4")
            .fires("Operation support within the visit quota", "ROCKPLACE-5")
            .decision()
            .entitlements();
    assertThat(e.services())
        .contains(
            "ONLINE_TECHNICAL_SUPPORT",
            "INSTALLATION_SUPPORT",
            "DEDICATED_ENGINEER",
            "EMERGENCY_ON_SITE_SUPPORT",
            "MIGRATION_SUPPORT");
  }

  // ROCKPLACE-6
  @Test
  void negotiatedQuotaNotAgreed() {
    // ROCKPLACE-6: a negotiated quota without the agreed number -> the decision says it must be
    // agreed; the quota is unknown (perYear and remaining empty), usage still shown.
    var o =
        verifyThat(ROCKPLACE)
            .given(level("PREMIUM").visitsUsed(2))
            .fires("Negotiated visit quota not agreed", "ROCKPLACE-6")
            .warns("QUOTA_NOT_AGREED", "must be agreed");
    assertThat(o.decision().entitlements().onSiteVisits())
        .contains(VisitQuota.notAgreed(2, Optional.empty()));
  }

  @Test
  void visitBeyondQuotaIsNotCovered() {
    // ROCKPLACE-6: a visit beyond the yearly quota is not covered: 3 of BASIC's 3 used; 2 used
    // leaves one; no visit asked, nothing to refuse; an agreed Premium quota of 4, all used.
    var o =
        verifyThat(ROCKPLACE)
            .given(level("BASIC").visitsUsed(3).onSiteVisitAsked())
            .fires("On-site visit beyond the yearly quota is not covered", "ROCKPLACE-6")
            .covered(false, "QUOTA_EXHAUSTED");
    assertThat(o.decision().notCovered().get(0).message())
        .isEqualTo("On-site visit beyond the yearly quota (3 of 3 used this contract year)");
    assertThat(o.decision().notCovered().get(0).clause()).isEqualTo("ROCKPLACE-6");
    verifyThat(ROCKPLACE).given(level("BASIC").visitsUsed(2).onSiteVisitAsked()).covered(true);
    verifyThat(ROCKPLACE).given(level("BASIC").visitsUsed(3)).covered(true);
    verifyThat(ROCKPLACE)
        .given(level("PREMIUM").agreedVisits(4).visitsUsed(4).onSiteVisitAsked())
        .covered(false, "QUOTA_EXHAUSTED");
  }

  @Test
  void visitRequestWithANegotiatedQuotaNotAgreed() {
    // ROCKPLACE-6 edge: PREMIUM and STANDARD_PLUS without agreedVisitsPerYear, a visit asked:
    // the quota is unknown, so the visit cannot be said to be beyond it -> still covered, and
    // the decision says the number must be agreed.
    for (String l : new String[] {"PREMIUM", "STANDARD_PLUS"}) {
      verifyThat(ROCKPLACE)
          .given(level(l).visitsUsed(9).onSiteVisitAsked())
          .fires("Negotiated visit quota not agreed", "ROCKPLACE-6")
          .doesNotFire("On-site visit beyond the yearly quota is not covered")
          .covered(true)
          .warns("QUOTA_NOT_AGREED", "must be agreed");
    }
  }

  // TERM-3: the quota year's use, computed from dated visits
  @Test
  void visitsAreCountedInTheQuotaYearThatHoldsTheOpening() {
    // Term 2025-04-01..2027-03-31: contract years 2025-04-01..2026-03-31 and
    // 2026-04-01..2027-03-31. Opened Wed 1 Jul 2026 10:00 KST (01:00Z): the second year. Of the
    // visits listed, 2025-05-10, 2025-12-01 and 2026-03-20 fall in the first year; 2026-04-15 and
    // 2026-06-30 in the second, before the opening -> 2 used of STANDARD's 12, 10 left. A visit
    // dated on the opening day itself (2026-07-01) or later (2026-08-01) has not happened before
    // the case: not counted, so replaying the case later gives the same answer.
    var o =
        verifyThat(ROCKPLACE)
            .given(
                level("STANDARD")
                    .term("2025-04-01", "2027-03-31")
                    .openedAt(Instant.parse("2026-07-01T01:00:00Z"))
                    .visitOn("2025-05-10")
                    .visitOn("2025-12-01")
                    .visitOn("2026-03-20")
                    .visitOn("2026-04-15")
                    .visitOn("2026-06-30")
                    .visitOn("2026-07-01")
                    .visitOn("2026-08-01"))
            .noWarnings();
    assertThat(o.decision().entitlements().onSiteVisits())
        .contains(
            VisitQuota.of(
                12,
                2,
                Optional.of(new QuotaYear(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))));
  }

  @Test
  void quotaYearFromA29February() {
    // TERM-3: a start on 29 February 2024 has its anniversaries on 28 February in common years
    // (2025-02-28, 2026-02-28) and on 29 February in 2028. Opened 5 Mar 2025 10:00 KST: year
    // 2025-02-28..2026-02-27. 2025-02-27 is the first year's last day; 2025-02-28 counts -> 1 of
    // BASIC's 3.
    var o =
        verifyThat(ROCKPLACE)
            .given(
                level("BASIC")
                    .term("2024-02-29", "2028-12-31")
                    .openedAt(Instant.parse("2025-03-05T01:00:00Z"))
                    .visitOn("2025-02-27")
                    .visitOn("2025-02-28"));
    assertThat(o.decision().entitlements().onSiteVisits())
        .contains(
            VisitQuota.of(
                3,
                1,
                Optional.of(new QuotaYear(LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 27)))));
    // Opened 1 Mar 2028 10:00 KST: the anniversary 2028-02-29 starts the year.
    var leap =
        verifyThat(ROCKPLACE)
            .given(
                level("BASIC")
                    .term("2024-02-29", "2028-12-31")
                    .openedAt(Instant.parse("2028-03-01T01:00:00Z")));
    assertThat(leap.decision().entitlements().onSiteVisits())
        .hasValueSatisfying(
            q ->
                assertThat(q.year())
                    .contains(new QuotaYear(LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 27))));
  }

  @Test
  void exhaustedByDatedVisits() {
    // TERM-3 with ROCKPLACE-6: BASIC's 3 visits all dated in the year 2026-01-01..2026-12-31
    // before a case opened Fri 6 Mar 2026 (Given.OPENED) that asks for one more -> not covered.
    verifyThat(ROCKPLACE)
        .given(
            level("BASIC")
                .term("2026-01-01", "2026-12-31")
                .visitOn("2026-01-12")
                .visitOn("2026-02-02")
                .visitOn("2026-03-05")
                .onSiteVisitAsked())
        .fires("On-site visit beyond the yearly quota is not covered", "ROCKPLACE-6")
        .covered(false, "QUOTA_EXHAUSTED");
    // The same visits a year earlier belong to the previous contract year: 0 used, covered.
    verifyThat(ROCKPLACE)
        .given(
            level("BASIC")
                .term("2025-01-01", "2026-12-31")
                .visitOn("2025-01-12")
                .visitOn("2025-02-02")
                .visitOn("2025-03-05")
                .onSiteVisitAsked())
        .covered(true);
  }

  @Test
  void aCountWithoutDatesIsTheOpeningsYear() {
    // A count given without dates is taken as the use of the quota year that holds the opening
    // (docs/JSON.md): 4 of STANDARD's 12 in 2026-01-01..2026-12-31.
    var o =
        verifyThat(ROCKPLACE)
            .given(level("STANDARD").term("2026-01-01", "2026-12-31").visitsUsed(4));
    assertThat(o.decision().entitlements().onSiteVisits())
        .contains(
            VisitQuota.of(
                12,
                4,
                Optional.of(new QuotaYear(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))));
  }

  @Test
  void withoutAStartDateTheQuotaYearIsUnknown() {
    // TERM-3: no start date, no contract year: every dated visit before the opening counts (never
    // fewer than happened), and the decision says the year is unknown.
    var o =
        verifyThat(ROCKPLACE)
            .given(level("BASIC").visitOn("2024-06-01").visitOn("2026-03-01"))
            .fires("No contract start date: the quota year is unknown", "TERM-3")
            .warns("QUOTA_YEAR_UNKNOWN", "no start date");
    assertThat(o.decision().entitlements().onSiteVisits())
        .contains(VisitQuota.of(3, 2, Optional.empty()));
    // Without dated visits there is nothing to count and nothing to say.
    verifyThat(ROCKPLACE).given(level("BASIC")).doesNotWarn("QUOTA_YEAR_UNKNOWN");
  }

  @Test
  void contractYearFromApril() {
    // A contract year from 1 April: a case in February 2027 is in the year 2026-04-01..2027-03-31;
    // the usage given (3 of BASIC's 3) is that year's -> a visit is beyond the quota.
    verifyThat(ROCKPLACE)
        .given(
            level("BASIC")
                .term("2026-04-01", "2027-03-31")
                .visitsUsed(3)
                .openedAt(Instant.parse("2027-02-10T01:00:00Z"))
                .onSiteVisitAsked())
        .fires("On-site visit beyond the yearly quota is not covered", "ROCKPLACE-6")
        .covered(false, "QUOTA_EXHAUSTED");
  }

  // ---- ROCKPLACE-2 through the engine
  // ------------------------------------------------------------

  static final Evaluate ENGINE = Evaluate.with(ROCKPLACE);

  @ParameterizedTest(name = "{0} opened {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # Fri 6 Mar 2026 23:00 KST: 1 h to Saturday 00:00, then 3 h from Monday 00:00 -> Mon 03:00 KST
      STANDARD_PLUS | 2026-03-06T23:00:00+09:00 | 2026-03-08T18:00:00Z
      # Saturday 10:00 KST: closed until Monday 00:00 -> Mon 04:00 KST
      STANDARD_PLUS | 2026-03-07T10:00:00+09:00 | 2026-03-08T19:00:00Z
      # Fri 27 Feb 2026 23:00 KST: 1 h Friday; Mon 2 Mar is a KR holiday (substitute, KR-3) -> Tue 03:00 KST
      STANDARD_PLUS | 2026-02-27T23:00:00+09:00 | 2026-03-02T18:00:00Z
      # Fri 6 Mar 16:30 KST: 30 min to 17:00, 3 h 30 from Monday 09:00 -> Mon 12:30 KST
      STANDARD      | 2026-03-06T16:30:00+09:00 | 2026-03-09T03:30:00Z
      # BASIC, Fri 6 Mar 16:30 KST: 30 min, 7 h 30 from Monday 09:00 -> Mon 16:30 KST
      BASIC         | 2026-03-06T16:30:00+09:00 | 2026-03-09T07:30:00Z
      # PREMIUM, Sat 28 Feb 23:00 KST: 2 h of calendar time, holiday Monday or not -> Sun 01:00 KST
      PREMIUM       | 2026-02-28T23:00:00+09:00 | 2026-02-28T16:00:00Z
      """)
  void responseDeadlines(String level, String openedAt, String deadline) {
    assertThat(ENGINE.at(openedAt, level, c -> c).targets())
        .singleElement()
        .satisfies(t -> assertThat(t.deadline()).contains(Instant.parse(deadline)));
  }

  // ROCKPLACE-7
  @Test
  void redundancyOnlyForRpsCustomers() {
    // ROCKPLACE-7: the redundancy option only for RPS customers, a property of the subscription.
    var o =
        verifyThat(ROCKPLACE)
            .given(level("STANDARD").rpsCustomer())
            .fires(
                "Redundancy service for rockPLACE Professional Service customers: 3 days of cluster build",
                "ROCKPLACE-7");
    assertThat(o.decision().entitlements().options()).contains("SERVICE_REDUNDANCY");
    // The older case attribute is still read (docs/JSON.md).
    assertThat(
            verifyThat(ROCKPLACE)
                .given(level("STANDARD").attribute("rpsCustomer", "true"))
                .decision()
                .entitlements()
                .options())
        .contains("SERVICE_REDUNDANCY");
    assertThat(verifyThat(ROCKPLACE).given(level("STANDARD")).decision().entitlements().options())
        .doesNotContain("SERVICE_REDUNDANCY");
  }

  /** The support hours the rules name for a level. */
  static Optional<SupportHoursSpec> supportHours(Given g) {
    return verifyThat(ROCKPLACE).given(g).decision().supportHours();
  }

  @Test
  void everyRuleNamesARockplaceClause() {
    assertThat(((DroolsRuleset) ROCKPLACE).rules())
        .allSatisfy(
            r ->
                assertThat(String.valueOf(r.getMetaData().get("clause")))
                    .matches("ROCKPLACE-\\d+|TERM-3"));
  }
}
