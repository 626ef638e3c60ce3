package io.github.slakit.rules;

import static io.github.slakit.rules.DrlLoadingTest.HEADER;
import static io.github.slakit.test.Given.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.Location;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaInputException;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** What a decision may throw, and that the ruleset and the thread survive it. */
class RuleFailuresTest {
  /** Severity 1 always; a function that never returns when the case carries "recurse". */
  static final Ruleset RECURSING =
      Rulesets.drl("recursing")
          .text(
              "recursing.drl",
              HEADER
                  + """
      function int down(int n) { return down(n + 1) + 1; }
      rule "Always severity 1"
          @clause("REC-1")
      when
          PolicyFacts()
      then
          insert(new Severity(1, "One"));
      end
      rule "Recurses without end when asked"
          @clause("REC-2")
      when
          PolicyFacts( flag("recurse") )
      then
          down(0);
      end
      """)
          .build();

  @Test
  void aStackOverflowInARuleIsOneErrorAndTheRulesetGoesOn() {
    assertThatThrownBy(
            () -> RECURSING.decide(given("recursing", "ANY").attribute("recurse", "true").facts()))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("ruleset recursing failed on case CASE-T")
        .hasMessageContaining("overflowed the stack");
    // the next decision, on the same thread, is made normally
    assertThat(RECURSING.decide(given("recursing", "ANY").facts()).severity().level()).isEqualTo(1);
  }

  @Test
  void aCaseBuiltInJavaOutsideTheCalendarsYearsIsBadInput() {
    SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    Subscription s =
        Subscription.builder("S-1", "veeam", "BASIC", Location.of("KR", "Asia/Seoul")).build();
    for (String opened :
        new String[] {
          "2075-01-01T00:00:00Z",
          "+999999999-12-31T23:59:59-18:00",
          "-999999999-01-01T00:00:00+18:00"
        }) {
      SupportCase c = SupportCase.builder("C-1", "veeam", OffsetDateTime.parse(opened)).build();
      assertThatThrownBy(() -> engine.evaluate(c, s))
          .as(opened)
          .isInstanceOf(SlaInputException.class)
          .hasMessageStartingWith("case C-1 / subscription S-1: ");
    }
  }
}
