package com.acme.sla;

import static io.github.slakit.test.Given.given;
import static io.github.slakit.test.Verify.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.rules.RulesCheck;
import io.github.slakit.rules.Rulesets;
import io.github.slakit.test.Scenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The acme ruleset's tests, as docs/RULES.md teaches them ("Testing a ruleset"). */
class AcmeRulesTest {
  static final Ruleset ACME = Rulesets.fromPath(Path.of("src/test/resources/custom/acme"));

  @Test
  void theRulesetIsClean() {
    RulesCheck.Result check = RulesCheck.check(Path.of("src/test/resources/custom/acme"));
    assertThat(check.findings()).isEmpty();
  }

  @Test
  void goldGetsTwoBusinessHours() {
    // ACME-2, the rule alone: it needs no severity
    verifyThat(ACME)
        .rule("Gold: first response within 2 business hours")
        .given(given("acme", "GOLD"))
        .target(TimeSpan.businessHours(2))
        .noSeverity();
  }

  @Test
  void anOutageOnGoldIsCriticalAndCallsTheDutyManager() {
    // ACME-1: OUTAGE is 1 Critical; ACME-3: the duty manager after 1 hour of calendar time
    verifyThat(ACME)
        .given(given("acme", "GOLD").impact(Impact.OUTAGE))
        .severity(1, "Critical")
        .target(TimeSpan.businessHours(2))
        .step(1, "Call the duty manager", 0, TimeSpan.elapsedHours(1), "SUPPORT_ENGINEER")
        .fires("Severity 1: call the duty manager after 1 hour", "ACME-3");
  }

  @Test
  void silverIsEmailOnly() {
    // ACME-4
    verifyThat(ACME)
        .given(given("acme", "SILVER"))
        .warns("EMAIL_ONLY", "e-mail only")
        .doesNotFire("Severity 1: call the duty manager after 1 hour")
        .trace(
            new TraceEntry("Any other impact, or none: severity 3 Minor", "ACME-1"),
            new TraceEntry("Silver: first response within 1 business day", "ACME-2"),
            new TraceEntry("Silver is e-mail only", "ACME-4"));
  }

  @TestFactory
  Stream<DynamicTest> scenarios() {
    return Scenarios.from(
        Path.of("src/test/resources/custom/acme-scenarios"),
        SlaEngine.builder().ruleset(ACME).build());
  }
}
