package io.github.slakit.rules;

import static io.github.slakit.test.Given.given;
import static io.github.slakit.test.Verify.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.test.Given;
import org.junit.jupiter.api.Test;

/** One test per rule of elastic.drl; expected values worked out from docs/POLICIES.md ELASTIC-1..11. */
class ElasticRulesTest {
  static final Ruleset ELASTIC = Rulesets.builtIn("elastic");

  static Given level(String level) {
    return given("elastic", level);
  }

  // ELASTIC-1
  @Test
  void levels() {
    assertThat(ELASTIC.levels())
        .containsExactly(
            "ENTERPRISE",
            "PLATINUM",
            "GOLD",
            "DEVELOPMENT",
            "SILVER",
            "STANDARD_CLOUD",
            "STANDARD_SWIFTYPE");
  }

  // ELASTIC-2
  @Test
  void requestedSeverityIsKept() {
    // Reading: a requested severity is kept, even against the impact (3 asked, OUTAGE reported).
    verifyThat(ELASTIC)
        .given(level("GOLD").severity(3).impact(Impact.OUTAGE))
        .fires("Requested severity is kept", "ELASTIC-2")
        .severity(3, "Normal");
  }

  @Test
  void nonProductionWithoutRequestIs4() {
    // Reading: non-production -> 4, before the impact is looked at (an OUTAGE of a test system).
    verifyThat(ELASTIC)
        .given(level("GOLD").production(false).impact(Impact.OUTAGE))
        .fires("No severity requested, non-production: 4 Development support", "ELASTIC-2")
        .severity(4, "Development support");
  }

  @Test
  void outageWithoutWorkaroundIs1() {
    // "production down ... and no workaround" is the definition of 1 Urgent.
    verifyThat(ELASTIC)
        .given(level("GOLD").impact(Impact.OUTAGE))
        .fires("No severity requested, production outage without workaround: 1 Urgent", "ELASTIC-2")
        .severity(1, "Urgent");
  }

  @Test
  void outageWithWorkaroundIs2() {
    // Reading: an OUTAGE with a workaround is "impaired", 2 High.
    verifyThat(ELASTIC)
        .given(level("GOLD").impact(Impact.OUTAGE).workaround(true))
        .fires("No severity requested, production outage with a workaround: 2 High", "ELASTIC-2")
        .severity(2, "High");
  }

  @Test
  void degradedIs2() {
    // "works but impaired or at reduced capacity" is 2 High.
    verifyThat(ELASTIC)
        .given(level("GOLD").impact(Impact.DEGRADED))
        .fires("No severity requested, production degraded: 2 High", "ELASTIC-2")
        .severity(2, "High");
  }

  @Test
  void anythingElseIs3() {
    // "Normal - the default": every other impact, and no impact at all.
    for (Impact i : new Impact[] {Impact.PARTIAL_FAILURE, Impact.PERFORMANCE, Impact.QUESTION}) {
      verifyThat(ELASTIC)
          .given(level("GOLD").impact(i))
          .fires("No severity requested, anything else in production: 3 Normal", "ELASTIC-2")
          .severity(3, "Normal");
    }
    verifyThat(ELASTIC).given(level("GOLD")).severity(3, "Normal");
  }

  // ELASTIC-3
  @Test
  void developmentGetsSeverity4Only() {
    // ELASTIC-3: DEVELOPMENT gets severity 4 only; 2 asked on a non-production case -> 4, and
    // ELASTIC-4 gives Development 4 two business days.
    verifyThat(ELASTIC)
        .given(level("DEVELOPMENT").production(false).severity(2))
        .fires("Development subscription: severity 4 only", "ELASTIC-3")
        .severity(4, "Development support")
        .covered(true)
        .target(TimeSpan.businessDays(2));
  }

  @Test
  void developmentDoesNotCoverProduction() {
    // ELASTIC-3: a production case on DEVELOPMENT is not covered (a decision, not an error); the
    // classified 1 becomes 4; no target, since an uncovered case has none.
    var o =
        verifyThat(ELASTIC)
            .given(level("DEVELOPMENT").impact(Impact.OUTAGE))
            .fires("Development support is not available for production systems", "ELASTIC-3")
            .covered(false, "NOT_FOR_PRODUCTION")
            .severity(4, "Development support");
    assertThat(o.decision().notCovered().get(0).message()).contains("production");
    assertThat(o.decision().targets()).isEmpty();
    // every change of severity is traced, in firing order
    assertThat(o.decision().trace())
        .extracting(TraceEntry::rule)
        .containsSubsequence(
            "No severity requested, production outage without workaround: 1 Urgent",
            "Development subscription: severity 4 only");
  }

  @Test
  void developmentWithRequestedUrgent() {
    // ELASTIC-3 edge: 1 requested on DEVELOPMENT. Non-production: 4 only, target 2 business days.
    verifyThat(ELASTIC)
        .given(level("DEVELOPMENT").production(false).severity(1))
        .fires("Requested severity is kept", "ELASTIC-2")
        .fires("Development subscription: severity 4 only", "ELASTIC-3")
        .severity(4, "Development support")
        .covered(true)
        .target(TimeSpan.businessDays(2));
    // Production: still 4 only, and not covered; no target at all.
    var o =
        verifyThat(ELASTIC)
            .given(level("DEVELOPMENT").severity(1))
            .fires("Development subscription: severity 4 only", "ELASTIC-3")
            .fires("Development support is not available for production systems", "ELASTIC-3")
            .severity(4, "Development support")
            .covered(false, "NOT_FOR_PRODUCTION");
    assertThat(o.decision().targets()).isEmpty();
  }

  // ELASTIC-4
  @Test
  void enterpriseUrgentOnCloudIs30Minutes() {
    // French guide: Enterprise, Urgent, Elastic Cloud: 30 minutes 24/7.
    verifyThat(ELASTIC)
        .given(level("ENTERPRISE").severity(1).deployment(Deployment.CLOUD))
        .fires("Enterprise, severity 1 on Elastic Cloud: 30 minutes 24x7", "ELASTIC-4")
        .target(TimeSpan.elapsedMinutes(30));
  }

  @Test
  void enterpriseUrgentSelfManagedIs1Hour() {
    // French guide: Enterprise, Urgent, self-managed ("offre autogérée"): 1 hour 24/7.
    verifyThat(ELASTIC)
        .given(level("ENTERPRISE").severity(1).deployment(Deployment.SELF_MANAGED))
        .fires("Enterprise, severity 1 self-managed: 1 hour 24x7", "ELASTIC-4")
        .target(TimeSpan.elapsedHours(1))
        .noWarnings();
  }

  @Test
  void enterpriseUrgentUnknownDeploymentIs1HourWithWarning() {
    // Project choice: no deployment known -> the self-managed hour (the Korean guide's single
    // figure), and a warning naming the 30-minute Cloud target.
    verifyThat(ELASTIC)
        .given(level("ENTERPRISE").severity(1))
        .fires("Enterprise, severity 1, deployment not stated: 1 hour 24x7", "ELASTIC-4")
        .target(TimeSpan.elapsedHours(1))
        .warns("DEPLOYMENT_NOT_STATED", "30 minutes");
  }

  @Test
  void platinumUrgentIs1Hour() {
    // Platinum has one Urgent figure, 1 hour 24/7, whatever the deployment.
    verifyThat(ELASTIC)
        .given(level("PLATINUM").severity(1).deployment(Deployment.CLOUD))
        .fires("Platinum, severity 1: 1 hour 24x7", "ELASTIC-4")
        .target(TimeSpan.elapsedHours(1));
  }

  @Test
  void enterpriseAndPlatinumHighIs4Hours() {
    // Both rows: High, 4 hours 24/7.
    for (String l : new String[] {"ENTERPRISE", "PLATINUM"}) {
      verifyThat(ELASTIC)
          .given(level(l).severity(2))
          .fires("Enterprise or Platinum, severity 2: 4 hours 24x7", "ELASTIC-4")
          .target(TimeSpan.elapsedHours(4));
    }
  }

  @Test
  void enterpriseAndPlatinumNormalIs1BusinessDay() {
    // Both rows: Normal, "1 jour ouvrable" = 1 business day (TIME-3).
    for (String l : new String[] {"ENTERPRISE", "PLATINUM"}) {
      verifyThat(ELASTIC)
          .given(level(l).severity(3))
          .fires("Enterprise or Platinum, severity 3: 1 business day", "ELASTIC-4")
          .target(TimeSpan.businessDays(1));
    }
  }

  @Test
  void goldUrgentIs4BusinessHours() {
    // French guide: Gold, Urgent, "4 heures ouvrables" = 4 business hours (the Korean guide said
    // 4 h; the French one governs).
    verifyThat(ELASTIC)
        .given(level("GOLD").severity(1))
        .fires("Gold, severity 1: 4 business hours", "ELASTIC-4")
        .target(TimeSpan.businessHours(4));
  }

  @Test
  void goldHighIs1BusinessDay() {
    // Gold, High: 1 business day.
    verifyThat(ELASTIC)
        .given(level("GOLD").severity(2))
        .fires("Gold, severity 2: 1 business day", "ELASTIC-4")
        .target(TimeSpan.businessDays(1));
  }

  @Test
  void goldNormalIs2BusinessDays() {
    // Gold, Normal: 2 business days.
    verifyThat(ELASTIC)
        .given(level("GOLD").severity(3))
        .fires("Gold, severity 3: 2 business days", "ELASTIC-4")
        .target(TimeSpan.businessDays(2));
  }

  @Test
  void developmentIs2BusinessDays() {
    // Development, Development support column: 2 business days (non-production -> 4 by ELASTIC-2).
    verifyThat(ELASTIC)
        .given(level("DEVELOPMENT").production(false))
        .fires("Development, severity 4: 2 business days", "ELASTIC-4")
        .target(TimeSpan.businessDays(2));
  }

  @Test
  void productionLevelSeverity4HasNoTarget() {
    // The table has "-" for the Development support column of the production levels: no target,
    // and the decision says so.
    for (String l : new String[] {"ENTERPRISE", "PLATINUM", "GOLD"}) {
      verifyThat(ELASTIC)
          .given(level(l).severity(4))
          .fires("Production level, severity 4: no published target", "ELASTIC-4")
          .noTarget()
          .warns("NO_PUBLISHED_TARGET", "severity 4");
    }
  }

  // ELASTIC-6
  @Test
  void standardLevelsAndSilverHaveNoTarget() {
    // ELASTIC-6: STANDARD_CLOUD, STANDARD_SWIFTYPE and SILVER publish no target (the guide only
    // points to Elastic Cloud's and Swiftype's own pages): no deadline, whatever the severity, and
    // a warning with its code says so. STANDARD_CLOUD no longer gets 3 business days.
    for (String l : new String[] {"STANDARD_CLOUD", "STANDARD_SWIFTYPE", "SILVER"}) {
      verifyThat(ELASTIC)
          .given(level(l).severity(1))
          .fires(
              "Standard (Elastic Cloud), Standard (Swiftype) and Silver: no published target",
              "ELASTIC-6")
          .noTarget()
          .warns("NO_PUBLISHED_TARGET", "No response time target");
    }
  }

  // ELASTIC-7
  @Test
  void spendBelow25000IsBreakFix() {
    // ELASTIC-7: below 25,000 -> break-fix; 24,999 is one below the boundary.
    var o =
        verifyThat(ELASTIC)
            .given(level("GOLD").spend(24_999))
            .fires("Annual spend below USD 25,000: break-fix support", "ELASTIC-7");
    assertThat(o.decision().entitlements().supportKind()).contains("BREAK_FIX");
  }

  @Test
  void spendOf25000IsAdvisory() {
    // ELASTIC-7 reading: "25,000 or more" -> advisory; exactly 25,000 is the boundary (see
    // docs/RULES.md, "Readings and doubts": the French guide says "supérieures à", above).
    var o =
        verifyThat(ELASTIC)
            .given(level("GOLD").spend(25_000))
            .fires("Annual spend of USD 25,000 or more: break-fix with advisory", "ELASTIC-7");
    assertThat(o.decision().entitlements().supportKind()).contains("BREAK_FIX_WITH_ADVISORY");
  }

  @Test
  void unknownSpendSaysNothing() {
    // No annualSpendUsd: the kind of support cannot be told; the key stays absent.
    var o = verifyThat(ELASTIC).given(level("GOLD"));
    assertThat(o.decision().entitlements().supportKind()).isEmpty();
  }

  @Test
  void rootCauseAnalysisOnRequest() {
    // ELASTIC-7: "analyses de la cause première à la demande", whatever the level.
    var o =
        verifyThat(ELASTIC)
            .given(level("SILVER"))
            .fires("Root-cause analysis on request", "ELASTIC-7");
    assertThat(o.decision().entitlements().options()).contains("ROOT_CAUSE_ANALYSIS");
  }

  // ELASTIC-8
  @Test
  void scheduledCalls() {
    // ELASTIC-8: Development, Gold, Platinum and Enterprise can ask for a scheduled call.
    for (String l : new String[] {"DEVELOPMENT", "GOLD", "PLATINUM", "ENTERPRISE"}) {
      var o =
          verifyThat(ELASTIC)
              .given(level(l).production(false))
              .fires(
                  "Development, Gold, Platinum and Enterprise: scheduled calls through a case",
                  "ELASTIC-8");
      assertThat(o.decision().entitlements().phoneSupport()).as(l).contains(true);
    }
  }

  @Test
  void silverIsOnlineOnly() {
    // ELASTIC-8: "le niveau Silver propose uniquement un support en ligne".
    var o =
        verifyThat(ELASTIC)
            .given(level("SILVER"))
            .fires("Silver: online support only", "ELASTIC-8");
    assertThat(o.decision().entitlements().phoneSupport()).contains(false);
  }

  // ELASTIC-9
  @Test
  void monitoringForSelfManagedGoldAndPlatinum() {
    // ELASTIC-9: self-managed Gold and Platinum subscriptions get the monitoring cluster.
    for (String l : new String[] {"GOLD", "PLATINUM"}) {
      var o =
          verifyThat(ELASTIC)
              .given(level(l).subscriptionDeployment(Deployment.SELF_MANAGED))
              .fires(
                  "Self-managed Gold and Platinum: monitoring cluster at no extra cost",
                  "ELASTIC-9");
      assertThat(o.decision().entitlements().monitoring()).contains(true);
    }
  }

  @Test
  void monitoringFollowsTheSubscriptionNotTheCase() {
    // ELASTIC-9 reading: "self-managed" is the subscription's deployment. A case about an Elastic
    // Cloud deployment keeps the entitlement of a self-managed subscription...
    var kept =
        verifyThat(ELASTIC)
            .given(
                level("GOLD")
                    .subscriptionDeployment(Deployment.SELF_MANAGED)
                    .deployment(Deployment.CLOUD))
            .fires(
                "Self-managed Gold and Platinum: monitoring cluster at no extra cost", "ELASTIC-9");
    assertThat(kept.decision().entitlements().monitoring()).contains(true);
    // ...and a case about a self-managed cluster does not give it to a Cloud subscription.
    var none =
        verifyThat(ELASTIC)
            .given(
                level("GOLD")
                    .subscriptionDeployment(Deployment.CLOUD)
                    .deployment(Deployment.SELF_MANAGED))
            .doesNotFire("Self-managed Gold and Platinum: monitoring cluster at no extra cost");
    assertThat(none.decision().entitlements().monitoring()).contains(false);
  }

  @Test
  void noMonitoringOnElasticCloud() {
    // ELASTIC-9 edge: Gold and Platinum on Elastic Cloud are not self-managed: no monitoring
    // cluster, said as false (Elastic has the notion, so the key is not left absent).
    for (String l : new String[] {"GOLD", "PLATINUM"}) {
      var o =
          verifyThat(ELASTIC)
              .given(level(l).subscriptionDeployment(Deployment.CLOUD))
              .fires("Gold and Platinum on Elastic Cloud: no monitoring cluster", "ELASTIC-9")
              .doesNotFire("Self-managed Gold and Platinum: monitoring cluster at no extra cost");
      assertThat(o.decision().entitlements().monitoring()).as(l).contains(false);
    }
    // The subscription's deployment unknown: cannot tell, the key stays absent, even when the
    // case says where it runs.
    assertThat(
            verifyThat(ELASTIC)
                .given(level("GOLD").deployment(Deployment.SELF_MANAGED))
                .decision()
                .entitlements()
                .monitoring())
        .isEmpty();
  }

  @Test
  void noMonitoringForOtherLevels() {
    // ELASTIC-9 names Gold and Platinum only (the Korean guide); every other level, self-managed
    // or not, gets false.
    for (String l :
        new String[] {
          "ENTERPRISE", "DEVELOPMENT", "SILVER", "STANDARD_CLOUD", "STANDARD_SWIFTYPE"
        }) {
      var o =
          verifyThat(ELASTIC)
              .given(level(l).production(false).subscriptionDeployment(Deployment.SELF_MANAGED))
              .fires(
                  "Enterprise, Development, Silver and Standard levels: no monitoring cluster",
                  "ELASTIC-9");
      assertThat(o.decision().entitlements().monitoring()).as(l).contains(false);
    }
  }

  // ELASTIC-10
  @Test
  void selfManagedGoldForANewCustomer() {
    // ELASTIC-10: self-managed Gold is no longer sold to new customers -> warning; the decision
    // is otherwise unchanged (severity 3 -> Gold's 2 business days, still covered).
    verifyThat(ELASTIC)
        .given(level("GOLD").subscriptionDeployment(Deployment.SELF_MANAGED).newCustomer())
        .fires("Self-managed Gold sold to a new customer", "ELASTIC-10")
        .warns("OFFER_WITHDRAWN", "new customers")
        .covered(true)
        .target(TimeSpan.businessDays(2));
    // "Seul le niveau Gold d'Elastic Cloud est disponible": Cloud Gold for a new customer is fine.
    verifyThat(ELASTIC)
        .given(level("GOLD").subscriptionDeployment(Deployment.CLOUD).newCustomer())
        .noWarnings();
    // Deployment unknown: nothing says it is self-managed, no warning.
    verifyThat(ELASTIC)
        .given(level("GOLD").newCustomer())
        .doesNotFire("Self-managed Gold sold to a new customer");
  }

  // ELASTIC-11
  @Test
  void statedImpactIsCarriedNotScored() {
    // ELASTIC-11: seriousness is carried as given, severity and target unchanged (3 -> Gold 2
    // business days).
    var o =
        verifyThat(ELASTIC)
            .given(level("GOLD").severity(3).businessImpact("customer-facing"))
            .fires("Stated business impact is carried, not scored", "ELASTIC-11")
            .severity(3, "Normal")
            .target(TimeSpan.businessDays(2));
    assertThat(o.decision().businessImpact()).contains("customer-facing");
    assertThat(verifyThat(ELASTIC).given(level("GOLD")).decision().businessImpact()).isEmpty();
  }

  @Test
  void everyRuleNamesAnElasticClause() {
    assertThat(((DroolsRuleset) ELASTIC).rules())
        .allSatisfy(
            r -> assertThat(String.valueOf(r.getMetaData().get("clause"))).matches("ELASTIC-\\d+"));
  }
}
