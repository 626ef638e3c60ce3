package io.github.slakit.rules;

import static io.github.slakit.core.Decision.Timing.DUE;
import static io.github.slakit.core.Decision.Timing.NOT_BEFORE;
import static io.github.slakit.test.Given.given;
import static io.github.slakit.test.Verify.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slakit.core.ClockKind;
import io.github.slakit.core.Decision;
import io.github.slakit.core.Decision.TargetStatus;
import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.Location;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.core.spi.PolicyDecision.StepSpec;
import io.github.slakit.core.spi.PolicyDecision.SupportHoursSpec;
import io.github.slakit.test.Evaluate;
import io.github.slakit.test.Given;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per rule of veeam.drl; expected values worked out from docs/POLICIES.md VEEAM-1..10. */
class VeeamRulesTest {
  static final Ruleset VEEAM = Rulesets.builtIn("veeam");

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
    // VEEAM-3: a requested severity is kept unless it is an unconsulted 1; here 3 asked on a
    // partial failure, which is a 3 anyway (no warning).
    verifyThat(VEEAM)
        .given(production().severity(3).impact(Impact.PARTIAL_FAILURE))
        .fires("Requested severity is kept (subject to SE consultation)", "VEEAM-3")
        .severity(3, "Severity 3")
        .noWarnings();
  }

  @Test
  void productionDownIs1WithConsultation() {
    // VEEAM-3 reading: production OUTAGE -> 1; consulted, so it stays 1.
    verifyThat(VEEAM)
        .given(production().impact(Impact.OUTAGE).seConsulted())
        .fires("Production system down opens as severity 1", "VEEAM-3")
        .fires("No severity requested: the impact's severity", "VEEAM-3")
        .severity(1, "Severity 1")
        .doesNotFire("Severity 1 without Veeam Korea SE consultation opens as severity 2");
  }

  @Test
  void severity1WithoutConsultationOpensAs2() {
    // VEEAM-3: Sev1 needs prior SE consultation; without it, opened as 2 (PRODUCTION: 3 h) with
    // the consultation named as the way to 1. Same for a classified 1.
    verifyThat(VEEAM)
        .given(production().severity(1))
        .fires("Severity 1 without Veeam Korea SE consultation opens as severity 2", "VEEAM-3")
        .severity(2, "Severity 2")
        .warns("NEEDS_SE_CONSULTATION", "Veeam Korea SE")
        .target(TimeSpan.elapsedHours(3));
    verifyThat(VEEAM)
        .given(production().impact(Impact.OUTAGE))
        .fires("Production system down opens as severity 1", "VEEAM-3")
        .fires("Severity 1 without Veeam Korea SE consultation opens as severity 2", "VEEAM-3")
        .severity(2, "Severity 2");
  }

  @Test
  void severeKindWithoutRequestIs2() {
    // VEEAM-3 reading: a case whose kind of issue is SEVERE opens as 2 when it asks for nothing
    // (PRODUCTION: 3 h 24x7; BASIC: 8 business hours), whatever else its impact says...
    verifyThat(VEEAM)
        .given(production().issueKind(IssueKind.SEVERE))
        .fires("Severe issue opens as severity 2", "VEEAM-3")
        .severity(2, "Severity 2")
        .target(TimeSpan.elapsedHours(3))
        .noWarnings();
    for (Impact i : new Impact[] {Impact.DEGRADED, Impact.PERFORMANCE, Impact.QUESTION}) {
      verifyThat(VEEAM)
          .given(basic().issueKind(IssueKind.SEVERE).impact(i))
          .fires("Severe issue opens as severity 2", "VEEAM-3")
          .severity(2, "Severity 2")
          .target(TimeSpan.businessHours(8).on("KR"));
    }
    // ...except a production system down, which is 1 (here consulted).
    verifyThat(VEEAM)
        .given(production().issueKind(IssueKind.SEVERE).impact(Impact.OUTAGE).seConsulted())
        .doesNotFire("Severe issue opens as severity 2")
        .severity(1, "Severity 1");
  }

  @Test
  void requestedSeverityLowerThanTheImpactsIsKeptWithAWarning() {
    // VEEAM-3: a production OUTAGE (severity 1 by its impact) requested as 4 stays 4 (PRODUCTION:
    // 8 h), and the decision warns that the two disagree.
    verifyThat(VEEAM)
        .given(production().impact(Impact.OUTAGE).severity(4))
        .fires("Requested severity lower than the impact's is kept, with a warning", "VEEAM-3")
        .severity(4, "Severity 4")
        .target(TimeSpan.elapsedHours(8))
        .warns("SEVERITY_DIFFERS_FROM_IMPACT", "severity 1");
    // A SEVERE kind requested as 3: lower than its 2.
    verifyThat(VEEAM)
        .given(production().issueKind(IssueKind.SEVERE).severity(3))
        .severity(3, "Severity 3")
        .warns("SEVERITY_DIFFERS_FROM_IMPACT", "severity 2");
    // Asking for more than the impact says (1 for a question, consulted) is not warned about.
    verifyThat(VEEAM)
        .given(production().impact(Impact.QUESTION).severity(1).seConsulted())
        .severity(1, "Severity 1")
        .noWarnings();
  }

  @Test
  void requestedSeverity1WithConsultationStays1() {
    // VEEAM-3 edge: 1 requested and the SE consulted: stays 1, PRODUCTION target 1 h 24x7, no
    // warning.
    verifyThat(VEEAM)
        .given(production().severity(1).seConsulted())
        .fires("Requested severity is kept (subject to SE consultation)", "VEEAM-3")
        .doesNotFire("Severity 1 without Veeam Korea SE consultation opens as severity 2")
        .severity(1, "Severity 1")
        .target(TimeSpan.elapsedHours(1))
        .noWarnings();
  }

  @Test
  void degradedIs2() {
    // VEEAM-3 reading: DEGRADED -> 2 ("negatively affected but not stopped"), production or not.
    for (boolean prod : new boolean[] {true, false}) {
      verifyThat(VEEAM)
          .given(production().production(prod).impact(Impact.DEGRADED))
          .fires("Degraded system opens as severity 2", "VEEAM-3")
          .severity(2, "Severity 2");
    }
  }

  @Test
  void outageOutsideProductionIs2() {
    // VEEAM-3 reading: an OUTAGE outside production is serious but not "production down" -> 2.
    verifyThat(VEEAM)
        .given(production().production(false).impact(Impact.OUTAGE))
        .fires("Outage outside production opens as severity 2", "VEEAM-3")
        .severity(2, "Severity 2");
  }

  @Test
  void backupFailuresAndPerformanceAre3() {
    // VEEAM-3: backup failures and backup/restore performance problems open as Sev3.
    for (Impact i : new Impact[] {Impact.PARTIAL_FAILURE, Impact.PERFORMANCE}) {
      verifyThat(VEEAM)
          .given(production().impact(i))
          .fires("Backup failures and performance problems open as severity 3", "VEEAM-3")
          .severity(3, "Severity 3");
    }
  }

  @Test
  void questionsAre4() {
    // VEEAM-3: other questions open as Sev4.
    verifyThat(VEEAM)
        .given(production().impact(Impact.QUESTION))
        .fires("Questions open as severity 4", "VEEAM-3")
        .severity(4, "Severity 4");
  }

  @Test
  void nothingGivenIs3() {
    // Project choice (the guide is silent): neither severity, impact nor severe kind -> 3, the
    // middle of the scale and the common case ("most functions usable"); see docs/RULES.md.
    verifyThat(VEEAM)
        .given(production())
        .fires("No severity, impact or severe kind given opens as severity 3", "VEEAM-3")
        .severity(3, "Severity 3");
  }

  // VEEAM-1
  @Test
  void supportHours() {
    // VEEAM-1: PRODUCTION 24/7/365 (no calendar); BASIC Korean business hours 09:00-18:00, the
    // ruleset's KR calendar.
    var p =
        verifyThat(VEEAM)
            .given(production())
            .fires("Production renewal: support 24/7/365", "VEEAM-1");
    assertThat(p.decision().supportHours())
        .contains(new SupportHoursSpec("24/7/365", Optional.empty()));
    var b =
        verifyThat(VEEAM).given(basic()).fires("Basic renewal: Korean business hours", "VEEAM-1");
    assertThat(b.decision().supportHours())
        .hasValueSatisfying(
            h -> {
              assertThat(h.text()).contains("09:00-18:00 KST");
              assertThat(h.calendar()).contains("KR");
            });
  }

  // VEEAM-4, row by row: PRODUCTION counts calendar time (24/7/365), BASIC business hours of the
  // KR calendar (the ruleset's "KR", Veeam's support hours). seConsulted keeps a 1 at 1.
  @ParameterizedTest(name = "{0}, severity {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # severity 1: 1 h / 2 h
      PRODUCTION | 1 | Production renewal, severity 1: 1 hour 24x7       | 24x7           | PT1H
      BASIC      | 1 | Basic renewal, severity 1: 2 business hours       | business-hours | PT2H
      # severity 2: 3 h / 8 h
      PRODUCTION | 2 | Production renewal, severity 2: 3 hours 24x7      | 24x7           | PT3H
      BASIC      | 2 | Basic renewal, severity 2: 8 business hours       | business-hours | PT8H
      # severity 3: 6 h / 12 h
      PRODUCTION | 3 | Production renewal, severity 3: 6 hours 24x7      | 24x7           | PT6H
      BASIC      | 3 | Basic renewal, severity 3: 12 business hours      | business-hours | PT12H
      # severity 4: 8 h / 24 h
      PRODUCTION | 4 | Production renewal, severity 4: 8 hours 24x7      | 24x7           | PT8H
      BASIC      | 4 | Basic renewal, severity 4: 24 business hours      | business-hours | PT24H
      """)
  void targetResponseTable(String level, int severity, String rule, String clock, String amount) {
    TimeSpan span =
        clock.equals("24x7")
            ? TimeSpan.elapsed(Duration.parse(amount))
            : new TimeSpan(ClockKind.BUSINESS_HOURS, Duration.parse(amount), 0, Optional.of("KR"));
    verifyThat(VEEAM)
        .given(given("veeam", level).severity(severity).seConsulted())
        .fires(rule, "VEEAM-4")
        .severity(severity, "Severity " + severity)
        .target(span);
  }

  // VEEAM-5
  @Test
  void routing() {
    // VEEAM-5 and its reading: KR hours -> APJ; else Prague office hours -> EMEA; else AMER.
    assertThat(
            verifyThat(VEEAM)
                .given(basic().openIn("KR", "veeam-emea-prague"))
                .fires("Opened in Korean business hours: APJ", "VEEAM-5")
                .decision()
                .routing())
        .contains("APJ");
    assertThat(
            verifyThat(VEEAM)
                .given(basic().openIn("veeam-emea-prague"))
                .fires("Opened after Korean hours, in Prague office hours: EMEA", "VEEAM-5")
                .decision()
                .routing())
        .contains("EMEA");
    assertThat(
            verifyThat(VEEAM)
                .given(basic())
                .fires("Opened outside Korean and Prague office hours: AMER", "VEEAM-5")
                .decision()
                .routing())
        .contains("AMER");
  }

  // VEEAM-8
  @Test
  void productionOutageIsSevere() {
    // VEEAM-8 reading: a production OUTAGE is SEVERE when the case does not say -> VEEAM-10 path.
    verifyThat(VEEAM)
        .given(production().impact(Impact.OUTAGE))
        .fires("Production outage is a severe issue", "VEEAM-8")
        .fires(
            "Severe issue or sales deal: open a case at once, call distributor and Veeam Korea SE within 1 hour",
            "VEEAM-10");
  }

  @Test
  void anythingElseIsGeneral() {
    // VEEAM-8 reading: anything else (here an OUTAGE outside production) is GENERAL -> VEEAM-9.
    verifyThat(VEEAM)
        .given(production().production(false).impact(Impact.OUTAGE))
        .fires("Anything else is a general issue", "VEEAM-8")
        .fires(
            "General issue: partner troubleshoots 1 business day, then distributor, global support, Veeam Korea",
            "VEEAM-9")
        // step (7)'s "3 days with the HQ support engineer" is also a clock of the case's life:
        // 3 business days of the partner's KR calendar, from ESCALATED (vendor.json)
        .target("HQ_ENGINEER", TimeSpan.businessDays(3).on("KR"));
  }

  @Test
  void severeIssuesHaveNoHqClock() {
    // VEEAM-10 names no time with the HQ engineer: no HQ_ENGINEER clock.
    verifyThat(VEEAM)
        .given(production().impact(Impact.OUTAGE))
        .fires(
            "Severe issue or sales deal: open a case at once, call distributor and Veeam Korea SE within 1 hour",
            "VEEAM-10")
        .noTargetOf("HQ_ENGINEER");
  }

  @Test
  void statedKindIsKept() {
    // VEEAM-8: a kind the case states is kept (a question in a PoC is a SALES_DEAL).
    verifyThat(VEEAM)
        .given(production().impact(Impact.QUESTION).issueKind(IssueKind.SALES_DEAL))
        .doesNotFire("Anything else is a general issue")
        .fires(
            "Severe issue or sales deal: open a case at once, call distributor and Veeam Korea SE within 1 hour",
            "VEEAM-10");
  }

  // VEEAM-9
  @Test
  void generalPath() {
    // VEEAM-9: 8 steps; "1 day" after step 2 and "3 days" after step 6 are KR business days and
    // due then; the steps the guide gives no time for are "not before" the step they follow.
    var o = verifyThat(VEEAM).given(basic().issueKind(IssueKind.GENERAL));
    assertThat(o.decision().escalation())
        .extracting(
            StepSpec::step,
            StepSpec::roles,
            StepSpec::after,
            StepSpec::delay,
            StepSpec::timing,
            StepSpec::clause)
        .containsExactly(
            tuple(1, List.of("PARTNER"), 0, TimeSpan.ZERO, NOT_BEFORE, "VEEAM-9"),
            tuple(2, List.of("PARTNER"), 1, TimeSpan.ZERO, NOT_BEFORE, "VEEAM-9"),
            tuple(
                3,
                List.of("PARTNER", "DISTRIBUTOR_ENGINEER"),
                2,
                TimeSpan.businessDays(1).on("KR"),
                DUE,
                "VEEAM-9"),
            tuple(
                4,
                List.of("PARTNER", "DISTRIBUTOR_ENGINEER"),
                3,
                TimeSpan.ZERO,
                NOT_BEFORE,
                "VEEAM-9"),
            tuple(5, List.of("PARTNER"), 4, TimeSpan.ZERO, NOT_BEFORE, "VEEAM-9"),
            tuple(6, List.of("PARTNER"), 5, TimeSpan.ZERO, NOT_BEFORE, "VEEAM-9"),
            tuple(
                7,
                List.of("PARTNER", "DISTRIBUTOR_ENGINEER"),
                6,
                TimeSpan.businessDays(3).on("KR"),
                DUE,
                "VEEAM-9"),
            tuple(
                8, List.of("PARTNER", "VEEAM_KOREA_SE"), 7, TimeSpan.ZERO, NOT_BEFORE, "VEEAM-9"));
  }

  // VEEAM-10
  @Test
  void severePath() {
    // VEEAM-10: steps 2-4 "at once" (due), step 5 within 1 hour (calendar time) of the opening,
    // steps 1 and 6 with no time (not before); the same path for SEVERE and SALES_DEAL.
    for (IssueKind k : new IssueKind[] {IssueKind.SEVERE, IssueKind.SALES_DEAL}) {
      var o = verifyThat(VEEAM).given(production().issueKind(k));
      assertThat(o.decision().escalation())
          .extracting(
              StepSpec::step, StepSpec::roles, StepSpec::after, StepSpec::delay, StepSpec::timing)
          .containsExactly(
              tuple(1, List.of("PARTNER"), 0, TimeSpan.ZERO, NOT_BEFORE),
              tuple(2, List.of("PARTNER"), 1, TimeSpan.ZERO, DUE),
              tuple(3, List.of("PARTNER"), 2, TimeSpan.ZERO, DUE),
              tuple(4, List.of("PARTNER"), 3, TimeSpan.ZERO, DUE),
              tuple(
                  5,
                  List.of("PARTNER", "DISTRIBUTOR_ENGINEER", "VEEAM_KOREA_SE"),
                  0,
                  TimeSpan.elapsedHours(1),
                  DUE),
              tuple(6, List.of("PARTNER", "VEEAM_KOREA_SE"), 5, TimeSpan.ZERO, NOT_BEFORE));
    }
  }

  // VEEAM-7: every role in a step is one of the four roles.
  @Test
  void stepsUseTheVeeamRoles() {
    for (IssueKind k : IssueKind.values()) {
      assertThat(verifyThat(VEEAM).given(basic().issueKind(k)).decision().escalation())
          .flatExtracting(StepSpec::roles)
          .isNotEmpty()
          .allMatch(
              r ->
                  List.of("PARTNER", "DISTRIBUTOR_ENGINEER", "VEEAM_KOREA_SE", "VEEAM_SUPPORT")
                      .contains(r));
    }
  }

  // ---- through the engine: real calendars and instants ---------------------------------------

  static final Evaluate ENGINE = Evaluate.with(VEEAM);

  // VEEAM-5 through the engine's calendars: KR (Mon-Fri 09:00-18:00 KST minus KR holidays) and
  // Prague (Mon-Fri 09:00-18:00 Europe/Prague minus CZ holidays); windows are [start, end).
  @ParameterizedTest(name = "opened {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # Mon 9 Mar 2026 17:59 KST = 09:59 CET: still Korean hours
      2026-03-09T17:59:00+09:00 | APJ
      # 18:00 KST exactly: the KR window has closed; 10:00 CET is Prague hours
      2026-03-09T18:00:00+09:00 | EMEA
      # Sun 29 Mar 2026, Prague springs forward: 09:00 CEST = 07:00Z = 16:00 KST, Sunday in both
      2026-03-29T09:00:00+02:00 | AMER
      # Mon 30 Mar, first weekday on CEST: 18:00 KST = 09:00Z = 11:00 CEST
      2026-03-30T18:00:00+09:00 | EMEA
      # 17:59 CEST = 15:59Z: Prague still open
      2026-03-30T17:59:00+02:00 | EMEA
      # 18:00 CEST = 16:00Z = Tue 01:00 KST: both closed
      2026-03-30T18:00:00+02:00 | AMER
      # Mon 2 Mar 2026, KR substitute holiday for 1 March (KR-3): 09:00 CET = 17:00 KST, Prague opens
      2026-03-02T09:00:00+01:00 | EMEA
      # 08:59 CET the same day: the Korean holiday and Prague not yet open
      2026-03-02T08:59:00+01:00 | AMER
      # Tue 27 Oct 2026, 10:00 CET = 09:00Z = 18:00 KST: Korea closed, Prague open
      2026-10-27T10:00:00+01:00 | EMEA
      # Wed 28 Oct 2026, Czech Independent State Day: the same hour finds Prague closed
      2026-10-28T10:00:00+01:00 | AMER
      # Mon 28 Sep 2026, Czech Statehood Day: 11:00 CEST = 09:00Z = 18:00 KST
      2026-09-28T11:00:00+02:00 | AMER
      """)
  void routingThroughTheEngine(String openedAt, String region) {
    assertThat(ENGINE.at(openedAt, "BASIC", c -> c).routing()).contains(region);
  }

  @Test
  void basicCountsKoreanHoursWhateverTheSubscriptionsCalendar() {
    // A BASIC subscription located in France: severity 2, opened Mon 9 Mar 2026 10:00 KST
    // (01:00Z). VEEAM-4 reading: 8 business hours of the KR calendar -> 10:00-18:00 KST the same
    // day = 09:00Z (on the French calendar it would have been 17:00 CET = 16:00Z).
    Decision d =
        ENGINE.at(
            "2026-03-09T10:00:00+09:00",
            ENGINE.subscription("BASIC", Location.of("FR", "Europe/Paris")),
            c -> c.severity(2));
    assertThat(d.target(Metrics.INITIAL_RESPONSE))
        .hasValueSatisfying(
            t -> {
              assertThat(t.status()).isEqualTo(TargetStatus.SCHEDULED);
              assertThat(t.calendar()).contains("KR");
              assertThat(t.deadline()).contains(Instant.parse("2026-03-09T09:00:00Z"));
            });
    // the HQ engineer's 3 days start at a later event (ESCALATED): known target, no deadline yet
    assertThat(d.target("HQ_ENGINEER"))
        .hasValueSatisfying(
            t -> {
              assertThat(t.status()).isEqualTo(TargetStatus.ON_EVENT);
              assertThat(t.calendar()).contains("KR");
              assertThat(t.deadline()).isEmpty();
            });
    // VEEAM-9 (GENERAL, a stated severity and no impact): step 3 one KR business day after
    // step 2 -> Tue 10 Mar 10:00 KST = 01:00Z; step 7 three KR business days after step 6 ->
    // Fri 13 Mar 10:00 KST = 01:00Z; step 8 not before step 7.
    assertThat(d.escalation())
        .extracting(Decision.EscalationStep::step, Decision.EscalationStep::at)
        .contains(
            tuple(3, Instant.parse("2026-03-10T01:00:00Z")),
            tuple(7, Instant.parse("2026-03-13T01:00:00Z")),
            tuple(8, Instant.parse("2026-03-13T01:00:00Z")));
  }

  @Test
  void salesDealPathWithInstants() {
    // VEEAM-10 for a SALES_DEAL: a question from a customer in PoC, BASIC, opened Tue 10 Mar 2026
    // 10:00 KST (01:00Z). Severity 4 (VEEAM-3) -> 24 business hours of KR: 8 h Tuesday
    // (10-18), 9 h Wednesday, 7 h Thursday -> Thu 12 Mar 16:00 KST = 07:00Z. Steps 1-4 at once
    // (01:00Z); step 5 within 1 hour, 24x7 (02:00Z), one entry with its three roles; step 6
    // not before step 5.
    Decision d =
        ENGINE.at(
            "2026-03-10T10:00:00+09:00",
            "BASIC",
            c -> c.impact(Impact.QUESTION).issueKind(IssueKind.SALES_DEAL));
    assertThat(d.severity().level()).isEqualTo(4);
    assertThat(d.targets().get(0).deadline()).contains(Instant.parse("2026-03-12T07:00:00Z"));
    assertThat(d.routing()).contains("APJ");
    Instant open = Instant.parse("2026-03-10T01:00:00Z");
    Instant hour = Instant.parse("2026-03-10T02:00:00Z");
    assertThat(d.escalation())
        .extracting(
            Decision.EscalationStep::step,
            Decision.EscalationStep::at,
            Decision.EscalationStep::roles)
        .containsExactly(
            tuple(1, open, List.of("PARTNER")),
            tuple(2, open, List.of("PARTNER")),
            tuple(3, open, List.of("PARTNER")),
            tuple(4, open, List.of("PARTNER")),
            tuple(5, hour, List.of("PARTNER", "DISTRIBUTOR_ENGINEER", "VEEAM_KOREA_SE")),
            tuple(6, hour, List.of("PARTNER", "VEEAM_KOREA_SE")));
    assertThat(d.trace()).extracting(TraceEntry::clause).doesNotContain("VEEAM-8");
  }

  @Test
  void severeCaseThroughTheEngine() {
    // VEEAM-3: {"id":"V-1","vendor":"veeam","openedAt":"2026-10-14T10:00:00+09:00",
    // "issueKind":"SEVERE"} opens as 2. PRODUCTION in Seoul: 3 h 24x7 from 01:00Z -> 04:00Z.
    // BASIC: 8 business hours of KR from Wed 14 Oct 10:00 KST -> 18:00 KST = 09:00Z.
    assertThat(
            ENGINE
                .at("2026-10-14T10:00:00+09:00", "PRODUCTION", c -> c.issueKind(IssueKind.SEVERE))
                .target(Metrics.INITIAL_RESPONSE))
        .hasValueSatisfying(
            t -> assertThat(t.deadline()).contains(Instant.parse("2026-10-14T04:00:00Z")));
    assertThat(
            ENGINE
                .at("2026-10-14T10:00:00+09:00", "BASIC", c -> c.issueKind(IssueKind.SEVERE))
                .target(Metrics.INITIAL_RESPONSE))
        .hasValueSatisfying(
            t -> assertThat(t.deadline()).contains(Instant.parse("2026-10-14T09:00:00Z")));
  }

  @Test
  void everyRuleNamesAVeeamClause() {
    assertThat(((DroolsRuleset) VEEAM).rules())
        .allSatisfy(
            r -> assertThat(String.valueOf(r.getMetaData().get("clause"))).matches("VEEAM-\\d+"));
  }
}
