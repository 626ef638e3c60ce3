package io.github.slakit.rules;

import static io.github.slakit.rules.Given.given;
import static io.github.slakit.rules.Verify.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Entitlements;
import io.github.slakit.core.Entitlements.VisitQuota;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.TimeSpan;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per rule of rockplace.drl; expected values from POLICIES.md ROCKPLACE-1..7. */
class RockplaceRulesTest {
  static final Ruleset ROCKPLACE = Rulesets.rockplace();

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
    verifyThat(ROCKPLACE).given(level("BASIC").severity(2).impact(Impact.OUTAGE))
        .fires("Requested severity is kept", "ROCKPLACE-2").severity(2, "High");
    verifyThat(ROCKPLACE).given(level("BASIC").impact(Impact.OUTAGE))
        .fires("Outage is an emergency failure: severity 1", "ROCKPLACE-2").severity(1, "Emergency");
    verifyThat(ROCKPLACE).given(level("BASIC").impact(Impact.DEGRADED))
        .fires("Degraded: severity 2", "ROCKPLACE-2").severity(2, "High");
    verifyThat(ROCKPLACE).given(level("BASIC").impact(Impact.PERFORMANCE))
        .fires("Partial failure or performance: severity 3", "ROCKPLACE-2").severity(3, "Normal");
    verifyThat(ROCKPLACE).given(level("BASIC").impact(Impact.QUESTION))
        .fires("Question: severity 4", "ROCKPLACE-2").severity(4, "Low");
    verifyThat(ROCKPLACE).given(level("BASIC"))
        .fires("No severity and no impact given: severity 3", "ROCKPLACE-2").severity(3, "Normal");
  }

  // ROCKPLACE-2 response times, same for emergencies
  @Test
  void responseTimes() {
    // ROCKPLACE-2: one response time per level for ordinary and (emergency) failures alike, so
    // every severity gets the same target; counted in the level's support hours (the ruleset's
    // calendars), PREMIUM as calendar time.
    for (int s = 1; s <= 4; s++) {
      verifyThat(ROCKPLACE).given(level("PREMIUM").severity(s))
          .fires("Premium: response within 2 hours, Mon-Sun 24 h", "ROCKPLACE-2")
          .target(TimeSpan.elapsedHours(2));
      verifyThat(ROCKPLACE).given(level("STANDARD_PLUS").severity(s))
          .fires("Standard Plus: response within 4 hours of Mon-Fri 24 h", "ROCKPLACE-2")
          .target(TimeSpan.businessHours(4).on("rockplace-mon-fri-24h"));
      verifyThat(ROCKPLACE).given(level("STANDARD").severity(s))
          .fires("Standard: response within 4 hours of Mon-Fri 09:00-17:00", "ROCKPLACE-2")
          .target(TimeSpan.businessHours(4).on("rockplace-mon-fri-0917"));
      verifyThat(ROCKPLACE).given(level("BASIC").severity(s))
          .fires("Basic: response within 8 hours of Mon-Fri 09:00-17:00", "ROCKPLACE-2")
          .target(TimeSpan.businessHours(8).on("rockplace-mon-fri-0917"));
    }
  }

  @Test
  void premiumEntitlements() {
    // ROCKPLACE-2, Premium column: Mon-Sun 24 h, monthly inspection, vendor visit option; quota
    // negotiated, here agreed at 24 with 5 used -> 19 left.
    Entitlements e = verifyThat(ROCKPLACE).given(level("PREMIUM").agreedVisits(24).visitsUsed(5))
        .fires("Premium: Mon-Sun 24 h, monthly inspection, vendor visit option", "ROCKPLACE-2")
        .fires("Negotiated visit quota: as agreed in the contract", "ROCKPLACE-6")
        .noWarnings().decision.entitlements();
    assertThat(e.supportHours()).contains("Mon-Sun 24h");
    assertThat(e.preventiveInspection()).contains("MONTHLY");
    assertThat(e.options()).containsExactly("VENDOR_VISIT");
    assertThat(e.phoneSupport()).contains(true);
    assertThat(e.onSiteVisits()).contains(VisitQuota.of(24, 5));
  }

  @Test
  void standardPlusEntitlements() {
    // ROCKPLACE-2, Standard Plus column: Mon-Fri 24 h, quarterly inspection, vendor visit option.
    Entitlements e = verifyThat(ROCKPLACE).given(level("STANDARD_PLUS").agreedVisits(6))
        .fires("Standard Plus: Mon-Fri 24 h, quarterly inspection, vendor visit option", "ROCKPLACE-2")
        .decision.entitlements();
    assertThat(e.supportHours()).contains("Mon-Fri 24h");
    assertThat(e.preventiveInspection()).contains("QUARTERLY");
    assertThat(e.options()).containsExactly("VENDOR_VISIT");
  }

  @Test
  void standardEntitlements() {
    // ROCKPLACE-2, Standard column: 09:00-17:00, quarterly, 12 visits a year (4 used -> 8 left).
    Entitlements e = verifyThat(ROCKPLACE).given(level("STANDARD").visitsUsed(4))
        .fires("Standard: Mon-Fri 09:00-17:00, 12 visits a year, quarterly inspection", "ROCKPLACE-2")
        .noWarnings().decision.entitlements();
    assertThat(e.supportHours()).contains("Mon-Fri 09:00-17:00");
    assertThat(e.preventiveInspection()).contains("QUARTERLY");
    assertThat(e.onSiteVisits()).contains(new VisitQuota(Optional.of(12), 4, Optional.of(8)));
    assertThat(e.options()).isEmpty();
  }

  @Test
  void basicEntitlements() {
    // ROCKPLACE-2, fourth column (BASIC): no on-site inspection, 3 visits (1 used -> 2 left).
    Entitlements e = verifyThat(ROCKPLACE).given(level("BASIC").visitsUsed(1))
        .fires("Basic: Mon-Fri 09:00-17:00, 3 visits a year, no inspection", "ROCKPLACE-2")
        .decision.entitlements();
    assertThat(e.preventiveInspection()).contains("NONE");
    assertThat(e.onSiteVisits()).contains(new VisitQuota(Optional.of(3), 1, Optional.of(2)));
  }

  @Test
  void services() {
    // ROCKPLACE-3..5: base, installation and operation services at every level.
    Entitlements e = verifyThat(ROCKPLACE).given(level("BASIC"))
        .fires("Base service for every subscription", "ROCKPLACE-3")
        .fires("Installation support at every level, cluster installs excluded", "ROCKPLACE-4")
        .fires("Operation support within the visit quota", "ROCKPLACE-5").decision.entitlements();
    assertThat(e.services()).contains("ONLINE_TECHNICAL_SUPPORT", "INSTALLATION_SUPPORT",
        "DEDICATED_ENGINEER", "EMERGENCY_ON_SITE_SUPPORT", "MIGRATION_SUPPORT");
  }

  // ROCKPLACE-6
  @Test
  void negotiatedQuotaNotAgreed() {
    // ROCKPLACE-6: a negotiated quota without the agreed number -> the decision says it must be
    // agreed; the quota is unknown (perYear and remaining empty), usage still shown.
    var o = verifyThat(ROCKPLACE).given(level("PREMIUM").visitsUsed(2))
        .fires("Negotiated visit quota not agreed", "ROCKPLACE-6").warns("must be agreed");
    assertThat(o.decision.entitlements().onSiteVisits()).contains(VisitQuota.notAgreed(2));
  }

  @Test
  void visitBeyondQuotaIsNotCovered() {
    // ROCKPLACE-6: a visit beyond the yearly quota is not covered: 3 of BASIC's 3 used; 2 used
    // leaves one; no visit asked, nothing to refuse; an agreed Premium quota of 4, all used.
    var o = verifyThat(ROCKPLACE).given(level("BASIC").visitsUsed(3).attribute("onSiteVisit", "true"))
        .fires("On-site visit beyond the yearly quota is not covered", "ROCKPLACE-6").covered(false);
    assertThat(o.decision.reason()).contains(
        "On-site visit beyond the yearly quota (3 of 3 used this contract year)");
    verifyThat(ROCKPLACE).given(level("BASIC").visitsUsed(2).attribute("onSiteVisit", "true"))
        .covered(true);
    verifyThat(ROCKPLACE).given(level("BASIC").visitsUsed(3)).covered(true);
    verifyThat(ROCKPLACE).given(level("PREMIUM").agreedVisits(4).visitsUsed(4)
        .attribute("onSiteVisit", "true")).covered(false);
  }

  @Test
  void visitRequestWithANegotiatedQuotaNotAgreed() {
    // ROCKPLACE-6 edge: PREMIUM and STANDARD_PLUS without agreedVisitsPerYear, a visit asked:
    // the quota is unknown, so the visit cannot be said to be beyond it -> still covered, and
    // the decision says the number must be agreed.
    for (String l : new String[] {"PREMIUM", "STANDARD_PLUS"}) {
      verifyThat(ROCKPLACE).given(level(l).visitsUsed(9).attribute("onSiteVisit", "true"))
          .fires("Negotiated visit quota not agreed", "ROCKPLACE-6")
          .doesNotFire("On-site visit beyond the yearly quota is not covered")
          .covered(true).warns("must be agreed");
    }
  }

  @Test
  void caseAfterTheContractsEnd() {
    // ROCKPLACE-6 edge, the quota year is the contract year: term 2025-01-01..2025-12-31, case
    // opened Fri 6 Mar 2026 (Given.OPENED): no contract year holds it. Warning; STANDARD with 4 of
    // 12 used still shows the last year's quota.
    Given after = level("STANDARD").term("2025-01-01", "2025-12-31").visitsUsed(4);
    var o = verifyThat(ROCKPLACE).given(after)
        .fires("Opened after the contract's end: no contract year", "ROCKPLACE-6")
        .covered(true).warns("after the contract's end (2025-12-31)");
    assertThat(o.decision.entitlements().onSiteVisits()).contains(VisitQuota.of(12, 4));
    // A visit asked after the end is not covered, though 8 visits of the last year are left.
    var v = verifyThat(ROCKPLACE).given(after.attribute("onSiteVisit", "true"))
        .fires("On-site visit requested after the contract's end is not covered", "ROCKPLACE-6")
        .doesNotFire("On-site visit beyond the yearly quota is not covered").covered(false);
    assertThat(v.decision.reason()).contains(
        "On-site visit requested after the contract's end (2025-12-31): no contract year, no visit quota");
  }

  @Test
  void caseOnTheLastDayOfTheTermAndInALaterCalendarYear() {
    // The end date is inclusive, in the calendar's zone (KST): opened 2026-12-31 23:30 KST
    // (14:30Z) is still inside the term 2026-01-01..2026-12-31 -> no warning, visit covered.
    verifyThat(ROCKPLACE).given(level("STANDARD").term("2026-01-01", "2026-12-31").visitsUsed(11)
            .openedAt(Instant.parse("2026-12-31T14:30:00Z")).attribute("onSiteVisit", "true"))
        .doesNotFire("Opened after the contract's end: no contract year").covered(true).noWarnings();
    // A contract year from 1 April: a case in February 2027 is in the year 2026-04-01..2027-03-31;
    // the usage given (3 of BASIC's 3) is that year's -> a visit is beyond the quota.
    verifyThat(ROCKPLACE).given(level("BASIC").term("2026-04-01", "2027-03-31").visitsUsed(3)
            .openedAt(Instant.parse("2027-02-10T01:00:00Z")).attribute("onSiteVisit", "true"))
        .fires("On-site visit beyond the yearly quota is not covered", "ROCKPLACE-6").covered(false);
  }

  // ---- ROCKPLACE-2 through the engine ------------------------------------------------------------

  static final Evaluate ENGINE = Evaluate.with(ROCKPLACE);

  @ParameterizedTest(name = "{0} opened {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
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
    assertThat(ENGINE.at(openedAt, level, c -> c).targets()).singleElement()
        .satisfies(t -> assertThat(t.deadline()).contains(Instant.parse(deadline)));
  }

  // ROCKPLACE-7
  @Test
  void redundancyOnlyForRpsCustomers() {
    // ROCKPLACE-7: the redundancy option only for RPS customers (attribute rpsCustomer).
    var o = verifyThat(ROCKPLACE).given(level("STANDARD").attribute("rpsCustomer", "true"))
        .fires("Redundancy service for rockPLACE Professional Service customers: 3 days of cluster build",
            "ROCKPLACE-7");
    assertThat(o.decision.entitlements().options()).contains("SERVICE_REDUNDANCY");
    assertThat(verifyThat(ROCKPLACE).given(level("STANDARD")).decision.entitlements().options())
        .doesNotContain("SERVICE_REDUNDANCY");
  }

  @Test
  void everyRuleNamesARockplaceClause() {
    assertThat(((DroolsRuleset) ROCKPLACE).rules()).allSatisfy(r ->
        assertThat(String.valueOf(r.getMetaData().get("clause"))).matches("ROCKPLACE-\\d+"));
  }
}
