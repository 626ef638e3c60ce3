package io.github.slakit.rules;

import static io.github.slakit.rules.Given.given;
import static io.github.slakit.rules.Verify.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.TimeSpan;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One test per rule of elastic.drl; expected values worked out from POLICIES.md ELASTIC-1..11. */
class ElasticRulesTest {
  static final Ruleset ELASTIC = Rulesets.elastic();

  static Given level(String level) {
    return given("elastic", level);
  }

  // ELASTIC-1
  @Test
  void levels() {
    assertThat(ELASTIC.levels()).containsExactly("ENTERPRISE", "PLATINUM", "GOLD", "DEVELOPMENT",
        "SILVER", "STANDARD_CLOUD", "STANDARD_SWIFTYPE");
  }

  // ELASTIC-2
  @Test
  void requestedSeverityIsKept() {
    verifyThat(ELASTIC).given(level("GOLD").severity(3).impact(Impact.OUTAGE))
        .fires("Requested severity is kept", "ELASTIC-2").severity(3, "Normal");
  }

  @Test
  void nonProductionWithoutRequestIs4() {
    verifyThat(ELASTIC).given(level("GOLD").production(false).impact(Impact.OUTAGE))
        .fires("No severity requested, non-production: 4 Development", "ELASTIC-2")
        .severity(4, "Development");
  }

  @Test
  void outageWithoutWorkaroundIs1() {
    verifyThat(ELASTIC).given(level("GOLD").impact(Impact.OUTAGE))
        .fires("No severity requested, production outage without workaround: 1 Urgent", "ELASTIC-2")
        .severity(1, "Urgent");
  }

  @Test
  void outageWithWorkaroundIs2() {
    verifyThat(ELASTIC).given(level("GOLD").impact(Impact.OUTAGE).workaround(true))
        .fires("No severity requested, production outage with a workaround: 2 High", "ELASTIC-2")
        .severity(2, "High");
  }

  @Test
  void degradedIs2() {
    verifyThat(ELASTIC).given(level("GOLD").impact(Impact.DEGRADED))
        .fires("No severity requested, production degraded: 2 High", "ELASTIC-2").severity(2, "High");
  }

  @Test
  void anythingElseIs3() {
    for (Impact i : new Impact[] {Impact.PARTIAL_FAILURE, Impact.PERFORMANCE, Impact.QUESTION}) {
      verifyThat(ELASTIC).given(level("GOLD").impact(i))
          .fires("No severity requested, anything else in production: 3 Normal", "ELASTIC-2")
          .severity(3, "Normal");
    }
    verifyThat(ELASTIC).given(level("GOLD")).severity(3, "Normal");
  }

  // ELASTIC-3
  @Test
  void developmentGetsSeverity4Only() {
    verifyThat(ELASTIC).given(level("DEVELOPMENT").production(false).severity(2))
        .fires("Development subscription: severity 4 only", "ELASTIC-3").severity(4, "Development")
        .covered(true).target(TimeSpan.businessDays(2));
  }

  @Test
  void developmentDoesNotCoverProduction() {
    var o = verifyThat(ELASTIC).given(level("DEVELOPMENT").impact(Impact.OUTAGE))
        .fires("Development support is not available for production systems", "ELASTIC-3")
        .covered(false).severity(4, "Development");
    assertThat(o.decision.reason()).hasValueSatisfying(r -> assertThat(r).contains("production"));
    assertThat(o.decision.targets()).isEmpty();
    // every change of severity is traced, in firing order
    assertThat(o.decision.trace()).extracting(TraceEntry::rule).containsSubsequence(
        "No severity requested, production outage without workaround: 1 Urgent",
        "Development subscription: severity 4 only");
  }

  // ELASTIC-4
  @Test
  void enterpriseUrgentOnCloudIs30Minutes() {
    verifyThat(ELASTIC).given(level("ENTERPRISE").severity(1).deployment(Deployment.CLOUD))
        .fires("Enterprise, severity 1 on Elastic Cloud: 30 minutes 24x7", "ELASTIC-4")
        .target(TimeSpan.elapsedMinutes(30));
  }

  @Test
  void enterpriseUrgentSelfManagedIs1Hour() {
    verifyThat(ELASTIC).given(level("ENTERPRISE").severity(1).deployment(Deployment.SELF_MANAGED))
        .fires("Enterprise, severity 1 self-managed: 1 hour 24x7", "ELASTIC-4")
        .target(TimeSpan.elapsedHours(1)).noWarnings();
  }

  @Test
  void enterpriseUrgentUnknownDeploymentIs1HourWithWarning() {
    verifyThat(ELASTIC).given(level("ENTERPRISE").severity(1))
        .fires("Enterprise, severity 1, deployment not stated: 1 hour 24x7", "ELASTIC-4")
        .target(TimeSpan.elapsedHours(1)).warns("30 minutes");
  }

  @Test
  void platinumUrgentIs1Hour() {
    verifyThat(ELASTIC).given(level("PLATINUM").severity(1).deployment(Deployment.CLOUD))
        .fires("Platinum, severity 1: 1 hour 24x7", "ELASTIC-4").target(TimeSpan.elapsedHours(1));
  }

  @Test
  void enterpriseAndPlatinumHighIs4Hours() {
    for (String l : new String[] {"ENTERPRISE", "PLATINUM"}) {
      verifyThat(ELASTIC).given(level(l).severity(2))
          .fires("Enterprise or Platinum, severity 2: 4 hours 24x7", "ELASTIC-4")
          .target(TimeSpan.elapsedHours(4));
    }
  }

  @Test
  void enterpriseAndPlatinumNormalIs1BusinessDay() {
    for (String l : new String[] {"ENTERPRISE", "PLATINUM"}) {
      verifyThat(ELASTIC).given(level(l).severity(3))
          .fires("Enterprise or Platinum, severity 3: 1 business day", "ELASTIC-4")
          .target(TimeSpan.businessDays(1));
    }
  }

  @Test
  void goldUrgentIs4BusinessHours() {
    verifyThat(ELASTIC).given(level("GOLD").severity(1))
        .fires("Gold, severity 1: 4 business hours", "ELASTIC-4").target(TimeSpan.businessHours(4));
  }

  @Test
  void goldHighIs1BusinessDay() {
    verifyThat(ELASTIC).given(level("GOLD").severity(2))
        .fires("Gold, severity 2: 1 business day", "ELASTIC-4").target(TimeSpan.businessDays(1));
  }

  @Test
  void goldNormalIs2BusinessDays() {
    verifyThat(ELASTIC).given(level("GOLD").severity(3))
        .fires("Gold, severity 3: 2 business days", "ELASTIC-4").target(TimeSpan.businessDays(2));
  }

  @Test
  void developmentIs2BusinessDays() {
    verifyThat(ELASTIC).given(level("DEVELOPMENT").production(false))
        .fires("Development, severity 4: 2 business days", "ELASTIC-4")
        .target(TimeSpan.businessDays(2));
  }

  @Test
  void productionLevelSeverity4HasNoTarget() {
    for (String l : new String[] {"ENTERPRISE", "PLATINUM", "GOLD"}) {
      verifyThat(ELASTIC).given(level(l).severity(4))
          .fires("Production level, severity 4: no published target", "ELASTIC-4").noTarget()
          .warns("severity 4");
    }
  }

  // ELASTIC-6
  @Test
  void standardCloudAimsAt3BusinessDays() {
    verifyThat(ELASTIC).given(level("STANDARD_CLOUD").severity(1))
        .fires("Standard (Elastic Cloud): no guarantee, aims to engage within 3 business days", "ELASTIC-6")
        .target(TimeSpan.businessDays(3)).warns("no guaranteed response time");
  }

  @Test
  void silverAndSwiftypeHaveNoTarget() {
    for (String l : new String[] {"SILVER", "STANDARD_SWIFTYPE"}) {
      verifyThat(ELASTIC).given(level(l).severity(1))
          .fires("Silver and Standard (Swiftype): no published target", "ELASTIC-6").noTarget()
          .warns("No response time target");
    }
  }

  // ELASTIC-7
  @Test
  void spendBelow25000IsBreakFix() {
    var o = verifyThat(ELASTIC).given(level("GOLD").spend(24_999))
        .fires("Annual spend below USD 25,000: break-fix support", "ELASTIC-7");
    assertThat(o.decision.entitlements().supportKind()).contains("BREAK_FIX");
  }

  @Test
  void spendOf25000IsAdvisory() {
    var o = verifyThat(ELASTIC).given(level("GOLD").spend(25_000))
        .fires("Annual spend of USD 25,000 or more: break-fix with advisory", "ELASTIC-7");
    assertThat(o.decision.entitlements().supportKind()).contains("BREAK_FIX_WITH_ADVISORY");
  }

  @Test
  void unknownSpendSaysNothing() {
    var o = verifyThat(ELASTIC).given(level("GOLD"));
    assertThat(o.decision.entitlements().supportKind()).isEmpty();
  }

  @Test
  void rootCauseAnalysisOnRequest() {
    var o = verifyThat(ELASTIC).given(level("SILVER"))
        .fires("Root-cause analysis on request", "ELASTIC-7");
    assertThat(o.decision.entitlements().options()).contains("ROOT_CAUSE_ANALYSIS");
  }

  // ELASTIC-8
  @Test
  void scheduledCalls() {
    for (String l : new String[] {"DEVELOPMENT", "GOLD", "PLATINUM", "ENTERPRISE"}) {
      var o = verifyThat(ELASTIC).given(level(l).production(false))
          .fires("Development, Gold, Platinum and Enterprise: scheduled calls through a case", "ELASTIC-8");
      assertThat(o.decision.entitlements().phoneSupport()).as(l).contains(true);
    }
  }

  @Test
  void silverIsOnlineOnly() {
    var o = verifyThat(ELASTIC).given(level("SILVER")).fires("Silver: online support only", "ELASTIC-8");
    assertThat(o.decision.entitlements().phoneSupport()).contains(false);
  }

  // ELASTIC-9
  @Test
  void monitoringForSelfManagedGoldAndPlatinum() {
    for (String l : new String[] {"GOLD", "PLATINUM"}) {
      var o = verifyThat(ELASTIC).given(level(l).deployment(Deployment.SELF_MANAGED))
          .fires("Self-managed Gold and Platinum: monitoring cluster at no extra cost", "ELASTIC-9");
      assertThat(o.decision.entitlements().monitoring()).contains(true);
    }
    var cloud = verifyThat(ELASTIC).given(level("GOLD").deployment(Deployment.CLOUD))
        .doesNotFire("Self-managed Gold and Platinum: monitoring cluster at no extra cost");
    assertThat(cloud.decision.entitlements().monitoring()).isEmpty();
  }

  // ELASTIC-10
  @Test
  void selfManagedGoldAfterItsEnd() {
    Given g = level("GOLD").deployment(Deployment.SELF_MANAGED).term("2025-01-01", "2025-12-31")
        .zone("Europe/Paris");
    // 2025-12-31 23:30 in Paris is still the last day; 2026-01-01 00:30 Paris is after it.
    verifyThat(ELASTIC).given(g.evaluatedAt(Instant.parse("2025-12-31T22:30:00Z")))
        .doesNotFire("Self-managed Gold evaluated after its end date");
    verifyThat(ELASTIC).given(g.evaluatedAt(Instant.parse("2025-12-31T23:30:00Z")))
        .fires("Self-managed Gold evaluated after its end date", "ELASTIC-10").warns("withdrawn");
  }

  @Test
  void selfManagedGoldForANewCustomer() {
    verifyThat(ELASTIC).given(level("GOLD").deployment(Deployment.SELF_MANAGED).newCustomer())
        .fires("Self-managed Gold sold to a new customer", "ELASTIC-10").warns("new customers");
    verifyThat(ELASTIC).given(level("GOLD").deployment(Deployment.CLOUD).newCustomer()).noWarnings();
  }

  // ELASTIC-11
  @Test
  void customerFacingIsCarriedNotScored() {
    var o = verifyThat(ELASTIC).given(level("GOLD").severity(3).attribute("customerFacing", "true"))
        .fires("Customer-facing impact is carried, not scored", "ELASTIC-11")
        .severity(3, "Normal").target(TimeSpan.businessDays(2));
    assertThat(o.decision.businessImpact()).contains("customer-facing");
  }

  @Test
  void statedImpactIsCarried() {
    var o = verifyThat(ELASTIC).given(level("GOLD").attribute("businessImpact", "checkout down"))
        .fires("Stated business impact is carried, not scored", "ELASTIC-11");
    assertThat(o.decision.businessImpact()).contains("checkout down");
  }

  @Test
  void everyRuleNamesAnElasticClause() {
    assertThat(((DroolsRuleset) ELASTIC).rules()).allSatisfy(r ->
        assertThat(String.valueOf(r.getMetaData().get("clause"))).matches("ELASTIC-\\d+"));
  }
}
