package io.github.slakit.rules;

import static io.github.slakit.rules.Given.given;
import static io.github.slakit.rules.Verify.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Entitlements;
import io.github.slakit.core.Entitlements.VisitQuota;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.TimeSpan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of rockplace.drl; expected values from POLICIES.md ROCKPLACE-1..7. */
class RockplaceRulesTest {
  static final Ruleset ROCKPLACE = Rulesets.rockplace();

  static Given level(String level) {
    return given("rockplace", level);
  }

  @Test
  void levels() {
    assertThat(ROCKPLACE.levels()).containsExactly("PREMIUM", "STANDARD_PLUS", "STANDARD", "BASIC");
  }

  // severity (reading)
  @Test
  void severity() {
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
    Entitlements e = verifyThat(ROCKPLACE).given(level("STANDARD_PLUS").agreedVisits(6))
        .fires("Standard Plus: Mon-Fri 24 h, quarterly inspection, vendor visit option", "ROCKPLACE-2")
        .decision.entitlements();
    assertThat(e.supportHours()).contains("Mon-Fri 24h");
    assertThat(e.preventiveInspection()).contains("QUARTERLY");
    assertThat(e.options()).containsExactly("VENDOR_VISIT");
  }

  @Test
  void standardEntitlements() {
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
    Entitlements e = verifyThat(ROCKPLACE).given(level("BASIC").visitsUsed(1))
        .fires("Basic: Mon-Fri 09:00-17:00, 3 visits a year, no inspection", "ROCKPLACE-2")
        .decision.entitlements();
    assertThat(e.preventiveInspection()).contains("NONE");
    assertThat(e.onSiteVisits()).contains(new VisitQuota(Optional.of(3), 1, Optional.of(2)));
  }

  @Test
  void services() {
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
    var o = verifyThat(ROCKPLACE).given(level("PREMIUM").visitsUsed(2))
        .fires("Negotiated visit quota not agreed", "ROCKPLACE-6").warns("must be agreed");
    assertThat(o.decision.entitlements().onSiteVisits()).contains(VisitQuota.notAgreed(2));
  }

  @Test
  void visitBeyondQuotaIsNotCovered() {
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

  // ROCKPLACE-7
  @Test
  void redundancyOnlyForRpsCustomers() {
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
