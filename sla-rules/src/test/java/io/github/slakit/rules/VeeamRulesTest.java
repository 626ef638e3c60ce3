package io.github.slakit.rules;

import static io.github.slakit.rules.Given.given;
import static io.github.slakit.rules.Verify.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.PolicyDecision.StepSpec;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.TimeSpan;
import org.junit.jupiter.api.Test;

/** One test per rule of veeam.drl; expected values worked out from POLICIES.md VEEAM-1..10. */
class VeeamRulesTest {
  static final Ruleset VEEAM = Rulesets.veeam();

  static Given production() {
    return given("veeam", "PRODUCTION");
  }

  static Given basic() {
    return given("veeam", "BASIC");
  }

  @Test
  void levels() {
    assertThat(VEEAM.levels()).containsExactly("PRODUCTION", "BASIC");
  }

  // VEEAM-2/3
  @Test
  void requestedSeverityIsKept() {
    verifyThat(VEEAM).given(production().severity(3).impact(Impact.OUTAGE))
        .fires("Requested severity is kept (subject to SE consultation)", "VEEAM-3")
        .severity(3, "Severity 3");
  }

  @Test
  void productionDownIs1WithConsultation() {
    verifyThat(VEEAM).given(production().impact(Impact.OUTAGE).attribute("seConsulted", "true"))
        .fires("Production system down opens as severity 1", "VEEAM-3").severity(1, "Severity 1")
        .doesNotFire("Severity 1 without Veeam Korea SE consultation opens as severity 2");
  }

  @Test
  void severity1WithoutConsultationOpensAs2() {
    verifyThat(VEEAM).given(production().severity(1))
        .fires("Severity 1 without Veeam Korea SE consultation opens as severity 2", "VEEAM-3")
        .severity(2, "Severity 2").warns("Veeam Korea SE").target(TimeSpan.elapsedHours(3));
    verifyThat(VEEAM).given(production().impact(Impact.OUTAGE))
        .fires("Production system down opens as severity 1", "VEEAM-3")
        .fires("Severity 1 without Veeam Korea SE consultation opens as severity 2", "VEEAM-3")
        .severity(2, "Severity 2");
  }

  @Test
  void degradedIs2() {
    verifyThat(VEEAM).given(production().impact(Impact.DEGRADED))
        .fires("Production negatively affected opens as severity 2", "VEEAM-3").severity(2, "Severity 2");
  }

  @Test
  void outageOutsideProductionIs2() {
    verifyThat(VEEAM).given(production().production(false).impact(Impact.OUTAGE))
        .fires("Outage outside production opens as severity 2", "VEEAM-3").severity(2, "Severity 2");
  }

  @Test
  void backupFailuresAndPerformanceAre3() {
    for (Impact i : new Impact[] {Impact.PARTIAL_FAILURE, Impact.PERFORMANCE}) {
      verifyThat(VEEAM).given(production().impact(i))
          .fires("Backup failures and performance problems open as severity 3", "VEEAM-3")
          .severity(3, "Severity 3");
    }
  }

  @Test
  void questionsAre4() {
    verifyThat(VEEAM).given(production().impact(Impact.QUESTION))
        .fires("Questions open as severity 4", "VEEAM-3").severity(4, "Severity 4");
  }

  @Test
  void nothingGivenIs3() {
    verifyThat(VEEAM).given(production())
        .fires("No severity and no impact given opens as severity 3", "VEEAM-3").severity(3, "Severity 3");
  }

  // VEEAM-1
  @Test
  void supportHours() {
    var p = verifyThat(VEEAM).given(production()).fires("Production renewal: support 24/7/365", "VEEAM-1");
    assertThat(p.decision.entitlements().supportHours()).contains("24x7");
    var b = verifyThat(VEEAM).given(basic()).fires("Basic renewal: Korean business hours", "VEEAM-1");
    assertThat(b.decision.entitlements().supportHours()).contains("Mon-Fri 09:00-18:00 KST");
  }

  // VEEAM-4: the whole table, one row per severity
  @Test
  void targetResponseTable() {
    String[] sev = {"", "1: 1 hour", "2: 3 hours", "3: 6 hours", "4: 8 hours"};
    String[] basicSev = {"", "1: 2 business hours", "2: 8 business hours", "3: 12 business hours",
        "4: 24 business hours"};
    long[] productionHours = {0, 1, 3, 6, 8};
    long[] basicHours = {0, 2, 8, 12, 24};
    for (int s = 1; s <= 4; s++) {
      verifyThat(VEEAM).given(production().severity(s).attribute("seConsulted", "true"))
          .fires("Production renewal, severity " + sev[s] + " 24x7", "VEEAM-4")
          .target(TimeSpan.elapsedHours(productionHours[s]));
      verifyThat(VEEAM).given(basic().severity(s).attribute("seConsulted", "true"))
          .fires("Basic renewal, severity " + basicSev[s], "VEEAM-4")
          .target(TimeSpan.businessHours(basicHours[s]));
    }
  }

  // VEEAM-5
  @Test
  void routing() {
    assertThat(verifyThat(VEEAM).given(basic().openIn("KR", "veeam-emea-prague"))
        .fires("Opened in Korean business hours: APJ", "VEEAM-5").decision.routing()).contains("APJ");
    assertThat(verifyThat(VEEAM).given(basic().openIn("veeam-emea-prague"))
        .fires("Opened after Korean hours, in Prague office hours: EMEA", "VEEAM-5").decision.routing())
        .contains("EMEA");
    assertThat(verifyThat(VEEAM).given(basic())
        .fires("Opened outside Korean and Prague office hours: AMER", "VEEAM-5").decision.routing())
        .contains("AMER");
  }

  // VEEAM-8
  @Test
  void productionOutageIsSevere() {
    verifyThat(VEEAM).given(production().impact(Impact.OUTAGE))
        .fires("Production outage is a severe issue", "VEEAM-8")
        .fires("Severe issue or sales deal: open a case at once, call distributor and Veeam Korea SE within 1 hour", "VEEAM-10");
  }

  @Test
  void anythingElseIsGeneral() {
    verifyThat(VEEAM).given(production().production(false).impact(Impact.OUTAGE))
        .fires("Anything else is a general issue", "VEEAM-8")
        .fires("General issue: partner troubleshoots 1 business day, then distributor, global support, Veeam Korea", "VEEAM-9");
  }

  @Test
  void statedKindIsKept() {
    verifyThat(VEEAM).given(production().impact(Impact.QUESTION).issueKind(IssueKind.SALES_DEAL))
        .doesNotFire("Anything else is a general issue")
        .fires("Severe issue or sales deal: open a case at once, call distributor and Veeam Korea SE within 1 hour", "VEEAM-10");
  }

  // VEEAM-9
  @Test
  void generalPath() {
    var o = verifyThat(VEEAM).given(basic().issueKind(IssueKind.GENERAL));
    assertThat(o.decision.escalation())
        .extracting(StepSpec::step, StepSpec::role, StepSpec::after, StepSpec::delay)
        .containsExactly(
            tuple(1, "PARTNER", 0, TimeSpan.ZERO),
            tuple(2, "PARTNER", 1, TimeSpan.ZERO),
            tuple(3, "PARTNER", 2, TimeSpan.businessDays(1)),
            tuple(3, "DISTRIBUTOR_ENGINEER", 2, TimeSpan.businessDays(1)),
            tuple(4, "PARTNER", 3, TimeSpan.ZERO),
            tuple(4, "DISTRIBUTOR_ENGINEER", 3, TimeSpan.ZERO),
            tuple(5, "PARTNER", 4, TimeSpan.ZERO),
            tuple(6, "PARTNER", 5, TimeSpan.ZERO),
            tuple(7, "PARTNER", 6, TimeSpan.businessDays(3)),
            tuple(7, "DISTRIBUTOR_ENGINEER", 6, TimeSpan.businessDays(3)),
            tuple(8, "PARTNER", 7, TimeSpan.ZERO),
            tuple(8, "VEEAM_KOREA_SE", 7, TimeSpan.ZERO));
  }

  // VEEAM-10
  @Test
  void severePath() {
    for (IssueKind k : new IssueKind[] {IssueKind.SEVERE, IssueKind.SALES_DEAL}) {
      var o = verifyThat(VEEAM).given(production().issueKind(k));
      assertThat(o.decision.escalation())
          .extracting(StepSpec::step, StepSpec::role, StepSpec::after, StepSpec::delay)
          .containsExactly(
              tuple(1, "PARTNER", 0, TimeSpan.ZERO),
              tuple(2, "PARTNER", 1, TimeSpan.ZERO),
              tuple(3, "PARTNER", 2, TimeSpan.ZERO),
              tuple(4, "PARTNER", 3, TimeSpan.ZERO),
              tuple(5, "PARTNER", 0, TimeSpan.elapsedHours(1)),
              tuple(5, "DISTRIBUTOR_ENGINEER", 0, TimeSpan.elapsedHours(1)),
              tuple(5, "VEEAM_KOREA_SE", 0, TimeSpan.elapsedHours(1)),
              tuple(6, "PARTNER", 5, TimeSpan.ZERO),
              tuple(6, "VEEAM_KOREA_SE", 5, TimeSpan.ZERO));
    }
  }

  @Test
  void everyRuleNamesAVeeamClause() {
    assertThat(((DroolsRuleset) VEEAM).rules()).allSatisfy(r ->
        assertThat(String.valueOf(r.getMetaData().get("clause"))).matches("VEEAM-\\d+"));
  }
}
