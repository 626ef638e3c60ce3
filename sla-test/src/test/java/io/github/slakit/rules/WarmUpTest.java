package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** SlaEngine.warmUp: made-up decisions over every ruleset and level, which change nothing. */
class WarmUpTest {
  @Test
  void theBuiltInsDecideEveryMadeUpCase() {
    SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    assertThat(engine.warmUp(0)).isZero();
    assertThat(engine.warmUp(300)).isEqualTo(300);
    assertThatThrownBy(() -> engine.warmUp(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWarmedEngineDecidesAsAFreshOne() {
    // the README's case: Veeam BASIC, DEGRADED on Wednesday 23 September 2026 15:00 KST
    SupportCase c =
        SupportCase.builder("CASE-42", "veeam", OffsetDateTime.parse("2026-09-23T15:00:00+09:00"))
            .impact(Impact.DEGRADED)
            .build();
    Subscription s =
        Subscription.builder("SUB-7", "veeam", "BASIC", Location.of("KR", "Asia/Seoul")).build();
    String fresh =
        SlaJson.write(SlaEngine.builder().rulesets(Rulesets.builtIn()).build().evaluate(c, s));
    SlaEngine warmed = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    warmed.warmUp(500);
    assertThat(SlaJson.write(warmed.evaluate(c, s))).isEqualTo(fresh);
  }

  @Test
  void aRulesetThatRefusesTheMadeUpCasesIsSkipped() {
    // no rule decides a severity, so every decision fails: warm-up skips them, throws nothing
    SlaEngine engine =
        SlaEngine.builder()
            .ruleset(
                Rulesets.drl("broken")
                    .text(
                        "broken.drl",
                        DrlLoadingTest.HEADER
                            + "rule \"No severity\"\nwhen\n  PolicyFacts()\nthen\nend\n")
                    .build())
            .build();
    assertThat(engine.warmUp(10)).isZero();
  }
}
