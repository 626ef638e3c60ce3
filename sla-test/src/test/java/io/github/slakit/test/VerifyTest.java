package io.github.slakit.test;

import static io.github.slakit.test.Given.given;
import static io.github.slakit.test.Verify.verifyThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.rules.Rulesets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The kit's checks on the acme example of docs/RULES.md ({@code custom/acme}), the expected values
 * worked out from its clauses ACME-1..4.
 */
class VerifyTest {
  static final Ruleset ACME = Rulesets.fromPath(Path.of("src/test/resources/custom/acme"));

  @Test
  void theWholeRulesetDecidesAnOutageOnGold() {
    // ACME-1: an outage is 1 Critical; ACME-2: Gold is 2 business hours; ACME-3: severity 1
    // calls the duty manager 1 hour after the opening
    verifyThat(ACME)
        .given(given("acme", "GOLD").impact(Impact.OUTAGE))
        .severity(1, "Critical")
        .target(TimeSpan.businessHours(2))
        .step(1, "Call the duty manager", 0, TimeSpan.elapsedHours(1), "SUPPORT_ENGINEER")
        .covered(true)
        .noWarnings()
        .trace(
            new TraceEntry("Outage: severity 1 Critical", "ACME-1"),
            new TraceEntry("Gold: first response within 2 business hours", "ACME-2"),
            new TraceEntry("Severity 1: call the duty manager after 1 hour", "ACME-3"));
  }

  @Test
  void oneRuleAloneSetsItsTargetAndNoSeverity() {
    // only the ACME-2 Gold rule may fire: no severity rule runs, so none is left
    verifyThat(ACME)
        .rule("Gold: first response within 2 business hours")
        .given(given("acme", "GOLD").impact(Impact.OUTAGE))
        .noSeverity()
        .target(TimeSpan.businessHours(2))
        .noSteps()
        .trace(new TraceEntry("Gold: first response within 2 business hours", "ACME-2"));
  }

  @Test
  void aRuleThatNeedsAnotherRulesFactDoesNotFireAlone() {
    // ACME-3 matches Severity( level == 1 ), which only the ACME-1 rule inserts
    verifyThat(ACME)
        .rule("Severity 1: call the duty manager after 1 hour")
        .given(given("acme", "GOLD").impact(Impact.OUTAGE))
        .doesNotFire("Severity 1: call the duty manager after 1 hour")
        .noSteps();
    verifyThat(ACME)
        .rule("Outage: severity 1 Critical", "Severity 1: call the duty manager after 1 hour")
        .given(given("acme", "GOLD").impact(Impact.OUTAGE))
        .severity(1, "Critical")
        .noTargetOf("INITIAL_RESPONSE")
        .step(1, "Call the duty manager", 0, TimeSpan.elapsedHours(1), "SUPPORT_ENGINEER");
  }

  @Test
  void silverIsEmailOnly() {
    // ACME-4, and ACME-2's 1 business day
    verifyThat(ACME)
        .given(given("acme", "SILVER").impact(Impact.QUESTION))
        .severity(3, "Minor")
        .target(TimeSpan.businessDays(1))
        .warns("EMAIL_ONLY", "e-mail only")
        .satisfies(d -> assertThat(d.entitlements().phoneSupport()).contains(false));
  }

  @Test
  void aFailureSaysWhatWasExpectedAndWhatTheRulesDecided() {
    assertThatThrownBy(
            () ->
                verifyThat(ACME)
                    .given(given("acme", "GOLD").impact(Impact.OUTAGE))
                    .target(TimeSpan.businessHours(3)))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("target of INITIAL_RESPONSE differs")
        .hasMessageContaining(
            "expected: [TargetSpec[metric=INITIAL_RESPONSE, span=Optional[PT3H business-hours]]]")
        .hasMessageContaining(
            "but was:  [TargetSpec[metric=INITIAL_RESPONSE, span=Optional[PT2H business-hours]]]")
        .hasMessageContaining("rules fired: [TraceEntry[rule=Outage: severity 1 Critical");
    assertThatThrownBy(
            () ->
                verifyThat(ACME)
                    .given(given("acme", "SILVER"))
                    .fires("Gold: first response within 2 business hours", "ACME-2"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(
            "rule \"Gold: first response within 2 business hours\" (ACME-2) did not fire");
  }

  @Test
  void anUnknownRuleIsRefusedWithTheRulesetsRules() {
    assertThatThrownBy(() -> verifyThat(ACME).rule("Gold: 2 business hours"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ruleset acme has no rule \"Gold: 2 business hours\"")
        .hasMessageContaining("Gold: first response within 2 business hours");
  }
}
