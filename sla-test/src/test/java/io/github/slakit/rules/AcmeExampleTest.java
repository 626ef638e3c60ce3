package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Decision.EscalationStep;
import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.test.Evaluate;
import io.github.slakit.test.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The custom-ruleset example of docs/RULES.md ({@code custom/acme/acme.drl}), loaded from its
 * folder as an integrator would; decisions worked out by hand from the ACME clauses at the top of
 * the file.
 */
class AcmeExampleTest {
  static final Path FOLDER = Path.of("src/test/resources/custom/acme");
  static final Ruleset ACME = Rulesets.fromPath(FOLDER);
  static final Evaluate ENGINE = Evaluate.with(ACME);

  @Test
  void theFolderDescribesTheVendor() {
    // custom/acme/vendor.json: the id and the two levels of the example in docs/RULES.md
    assertThat(ACME.vendor()).isEqualTo("acme");
    assertThat(ACME.levels()).containsExactly("GOLD", "SILVER");
  }

  @Test
  void goldOutageOnFridayEvening() {
    // GOLD in Korea (Mon-Fri 09:00-18:00 KST minus KR holidays), OUTAGE opened Fri 6 Mar 2026
    // 17:30 KST = 08:30Z. ACME-1: severity 1 Critical. ACME-2: 2 business hours = 30 min on
    // Friday + 1 h 30 from Monday 09:00 -> Mon 9 Mar 10:30 KST = 01:30Z. ACME-3: the call is due
    // 1 hour (calendar time) after the opening -> 09:30Z. GOLD has phone support: no warning.
    Decision d = ENGINE.at("2026-03-06T17:30:00+09:00", "GOLD", c -> c.impact(Impact.OUTAGE));
    assertThat(d.covered()).isTrue();
    assertThat(d.severity().level()).isEqualTo(1);
    assertThat(d.severity().name()).isEqualTo("Critical");
    assertThat(d.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.target()).contains(TimeSpan.businessHours(2));
              assertThat(t.calendar()).contains("KR");
              assertThat(t.deadline()).contains(Instant.parse("2026-03-09T01:30:00Z"));
            });
    assertThat(d.escalation())
        .extracting(
            EscalationStep::step,
            EscalationStep::at,
            EscalationStep::roles,
            EscalationStep::action,
            EscalationStep::timing)
        .containsExactly(
            tuple(
                1,
                Instant.parse("2026-03-06T09:30:00Z"),
                List.of("SUPPORT_ENGINEER"),
                "Call the duty manager",
                Decision.Timing.DUE));
    assertThat(d.warnings()).isEmpty();
    assertThat(d.trace())
        .containsExactly(
            new TraceEntry("Outage: severity 1 Critical", "ACME-1"),
            new TraceEntry("Gold: first response within 2 business hours", "ACME-2"),
            new TraceEntry("Severity 1: call the duty manager after 1 hour", "ACME-3"));
  }

  @Test
  void silverQuestionOnSaturday() {
    // SILVER, a QUESTION opened Sat 7 Mar 2026 10:00 KST. ACME-1: severity 3 Minor. ACME-2:
    // 1 business day; outside the window, counting starts Mon 09:00 -> Tue 10 Mar 09:00 KST =
    // 00:00Z (TIME-3). ACME-4: no phone support, one warning. No escalation step.
    Decision d = ENGINE.at("2026-03-07T10:00:00+09:00", "SILVER", c -> c.impact(Impact.QUESTION));
    assertThat(d.severity().level()).isEqualTo(3);
    assertThat(d.severity().name()).isEqualTo("Minor");
    assertThat(d.targets())
        .singleElement()
        .satisfies(t -> assertThat(t.deadline()).contains(Instant.parse("2026-03-10T00:00:00Z")));
    assertThat(d.escalation()).isEmpty();
    assertThat(d.entitlements().phoneSupport()).contains(false);
    assertThat(d.warnings())
        .containsExactly(
            new Notice("EMAIL_ONLY", "Silver is e-mail only: no phone support", "ACME-4"));
  }

  /** The acme scenarios of docs/RULES.md, run by the kit; each worked out in its files. */
  @TestFactory
  Stream<DynamicTest> scenarios() {
    return Scenarios.from(
        Path.of("src/test/resources/custom/acme-scenarios"),
        SlaEngine.builder().ruleset(ACME).build());
  }

  @Test
  void theCheckFindsNothingAndGivesTheMatrixOfTheClauses() {
    // ACME-2: GOLD 2 business hours, SILVER 1 business day of the subscription's calendar, for
    // the severities ACME-1 gives (1..3); no case is severity 4
    RulesCheck.Result r = RulesCheck.check(FOLDER);
    assertThat(r.findings()).isEmpty();
    assertThat(r.coverage())
        .filteredOn(c -> c.cases() > 0)
        .extracting(
            RulesCheck.Cell::level,
            RulesCheck.Cell::severity,
            c -> c.targets().stream().map(RulesCheck.Target::target).toList())
        .containsExactly(
            tuple("GOLD", 1, List.of("PT2H business-hours")),
            tuple("GOLD", 2, List.of("PT2H business-hours")),
            tuple("GOLD", 3, List.of("PT2H business-hours")),
            tuple("SILVER", 1, List.of("P1D business-days")),
            tuple("SILVER", 2, List.of("P1D business-days")),
            tuple("SILVER", 3, List.of("P1D business-days")));
  }

  @Test
  void theGuideQuotesTheFileVerbatim() throws Exception {
    String drl = Files.readString(FOLDER.resolve("acme.drl"));
    assertThat(Files.readString(Path.of("../docs/RULES.md"))).contains("```drl\n" + drl + "```\n");
    // and the kit's example, acme's tests as an integrator writes them
    String tests = Files.readString(Path.of("src/test/java/com/acme/sla/AcmeRulesTest.java"));
    assertThat(Files.readString(Path.of("../docs/RULES.md")))
        .contains("```java\n" + tests + "```\n");
  }
}
