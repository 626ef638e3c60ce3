package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Decision.EscalationStep;
import io.github.slakit.core.Decision.Target;
import io.github.slakit.core.Decision.TargetStatus;
import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.DecisionChanges.Change;
import io.github.slakit.core.DecisionChanges.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a reader of two decisions of one case sees change, kind by kind. */
class DecisionChangesTest {
  static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

  static Target scheduled(String metric, int hours) {
    return new Target(
        metric,
        TargetStatus.SCHEDULED,
        Optional.of(TimeSpan.elapsedHours(hours)),
        Optional.empty(),
        Optional.of(NINE.plusSeconds(3600L * hours)));
  }

  static Decision decision(
      String version,
      List<Notice> notCovered,
      Severity severity,
      List<Target> targets,
      Optional<String> routing,
      List<EscalationStep> steps,
      Entitlements entitlements,
      List<Notice> warnings,
      String rule) {
    return new Decision(
        "C-1",
        "S-1",
        "acme",
        version,
        notCovered,
        severity,
        Optional.empty(),
        targets,
        routing,
        steps,
        entitlements,
        warnings,
        List.of(new TraceEntry(rule, "ACME-1")),
        Optional.empty());
  }

  static final Decision BEFORE =
      decision(
          "sha256:a",
          List.of(),
          new Severity(2, "Major"),
          List.of(scheduled(Metrics.INITIAL_RESPONSE, 4), scheduled(Metrics.RESOLUTION, 8)),
          Optional.of("APJ"),
          List.of(),
          Entitlements.NONE,
          List.of(),
          "Old rule");

  @Test
  void theVersionAndTheTraceAloneAreNoChange() {
    Decision renamed =
        decision(
            "sha256:b",
            List.of(),
            new Severity(2, "Major"),
            BEFORE.targets(),
            Optional.of("APJ"),
            List.of(),
            Entitlements.NONE,
            List.of(),
            "New rule");
    assertThat(DecisionChanges.between(BEFORE, renamed)).isEmpty();
  }

  @Test
  void eachKindIsNamedWithBothValues() {
    Decision after =
        decision(
            "sha256:b",
            List.of(),
            new Severity(1, "Critical"),
            // 4 hours -> 2 (earlier), 8 hours -> none published (a target without a deadline)
            List.of(
                scheduled(Metrics.INITIAL_RESPONSE, 2),
                new Target(
                    Metrics.RESOLUTION,
                    TargetStatus.NO_TARGET,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())),
            Optional.of("EMEA"),
            List.of(
                new EscalationStep(
                    1,
                    List.of("DUTY_MANAGER"),
                    "Call",
                    NINE.plusSeconds(3600),
                    Decision.Timing.DUE,
                    "ACME-3")),
            Entitlements.NONE.withSupportHours(
                Optional.of(new Entitlements.SupportHours("24/7", Optional.empty()))),
            List.of(new Notice("EMAIL_ONLY", "e-mail only", "ACME-4")),
            "Old rule");
    assertThat(DecisionChanges.between(BEFORE, after))
        .containsExactly(
            new Change(Kind.SEVERITY, "severity", "2 Major", "1 Critical"),
            new Change(
                Kind.DEADLINE_EARLIER,
                Metrics.INITIAL_RESPONSE,
                "2026-03-02T13:00:00Z (PT4H 24x7)",
                "2026-03-02T11:00:00Z (PT2H 24x7)"),
            new Change(
                Kind.TARGET, Metrics.RESOLUTION, "2026-03-02T17:00:00Z (PT8H 24x7)", "NO_TARGET"),
            new Change(
                Kind.ESCALATION, "escalation", "-", "1 at 2026-03-02T10:00:00Z [DUTY_MANAGER]"),
            new Change(Kind.ENTITLEMENTS, "supportHours", "-", "24/7"),
            new Change(Kind.ROUTING, "routing", "APJ", "EMEA"),
            new Change(Kind.WARNINGS, "warnings", "-", "EMAIL_ONLY"));
    // and back: the deadline is later
    assertThat(DecisionChanges.between(after, BEFORE))
        .filteredOn(c -> c.what().equals(Metrics.INITIAL_RESPONSE))
        .extracting(Change::kind)
        .containsExactly(Kind.DEADLINE_LATER);
  }

  @Test
  void aCaseNoLongerCoveredIsACoverageChange() {
    Decision notCovered =
        decision(
            "sha256:b",
            List.of(new Notice("QUOTA_EXHAUSTED", "no visits left", "ACME-6")),
            new Severity(2, "Major"),
            List.of(
                new Target(
                    Metrics.INITIAL_RESPONSE,
                    TargetStatus.NOT_COVERED,
                    Optional.of(TimeSpan.elapsedHours(4)),
                    Optional.empty(),
                    Optional.empty())),
            Optional.of("APJ"),
            List.of(),
            Entitlements.NONE,
            List.of(),
            "Old rule");
    // the response target has no deadline any more, and the resolution target is gone
    assertThat(DecisionChanges.between(BEFORE, notCovered))
        .containsExactly(
            new Change(Kind.COVERAGE, "coverage", "covered", "not covered: QUOTA_EXHAUSTED"),
            new Change(
                Kind.TARGET,
                Metrics.INITIAL_RESPONSE,
                "2026-03-02T13:00:00Z (PT4H 24x7)",
                "NOT_COVERED (PT4H 24x7)"),
            new Change(Kind.TARGET, Metrics.RESOLUTION, "2026-03-02T17:00:00Z (PT8H 24x7)", "-"));
  }

  @Test
  void aReportCountsChangesAndKeepsTheFirstExamples() {
    Simulation.Report report = new Simulation.Report(1);
    Change later = new Change(Kind.DEADLINE_LATER, "INITIAL_RESPONSE", "a", "b");
    report.add(1, new Simulation.Outcome("C-1", List.of(later)));
    report.add(2, new Simulation.Outcome("C-2", List.of()));
    report.add(3, new Simulation.Outcome("C-3", List.of(later, later)));
    report.error(4, "bad");
    report.error(5, "worse");
    assertThat(report.changed()).isEqualTo(2);
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(report.errorLines()).isEqualTo(2);
    assertThat(report.count(Kind.DEADLINE_LATER)).isEqualTo(3);
    assertThat(report.examples(Kind.DEADLINE_LATER))
        .containsExactly(new Simulation.Report.Example(1, "C-1", later));
    assertThat(report.errors()).containsExactly(new Simulation.Report.ErrorLine(4, "bad"));
  }
}
