package io.github.slakit.rules;

import static io.github.slakit.rules.DrlLoadingTest.HEADER;
import static io.github.slakit.test.Given.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.spi.PolicyDecision;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A ruleset leaves out the optional facts (requested severity, impact, deployment, kind of issue)
 * that no pattern of its rules can match; any pattern that can match one, on its own type or on a
 * supertype, still sees it.
 */
class UnusedFactsTest {

  @Test
  void builtInsInsertOnlyTheFactsTheirPatternsName() {
    Map<String, DroolsRuleset.Facts> facts =
        Rulesets.builtIn().stream()
            .collect(Collectors.toMap(Ruleset::vendor, r -> ((DroolsRuleset) r).insertedFacts()));
    // elastic.drl and the shared requested-severity.drl: Requested( $s : severity ),
    // Impact( this == Impact.OUTAGE ), Deployment( this == Deployment.CLOUD ); no IssueKind
    // pattern.
    assertThat(facts.get("elastic")).isEqualTo(new DroolsRuleset.Facts(true, true, true, false));
    // veeam.drl: Requested( $s : severity ), Impact( ... ), IssueKind( this == IssueKind.SEVERE );
    // no Deployment pattern (PolicyFacts' own fields only).
    assertThat(facts.get("veeam")).isEqualTo(new DroolsRuleset.Facts(true, true, false, true));
    // rockplace.drl: not Requested(), Impact( this == Impact.OUTAGE ); neither of the other two.
    assertThat(facts.get("rockplace")).isEqualTo(new DroolsRuleset.Facts(true, true, false, false));
  }

  /** Severity 3; a warning naming each enum fact in working memory (one code per type). */
  static final Ruleset ENUMS =
      Rulesets.drl("enums")
          .text(
              "enums.drl",
              HEADER
                  + """
      rule "Everything is severity 3"
          @clause("ENUM-1")
      when
          PolicyFacts()
      then
          insert(new Severity(3, "Three"));
      end
      rule "Each enum fact is named"
          @clause("ENUM-2")
      when
          $e : Enum()
      then
          decision.warning($e.getClass().getSimpleName().toUpperCase(), $e.getClass().getSimpleName() + " " + $e);
      end
      """)
          .build();

  @Test
  void aPatternOnASupertypeStillSeesEveryOptionalFact() {
    PolicyDecision d =
        ENUMS.decide(
            given("enums", "ANY")
                .impact(Impact.DEGRADED)
                .deployment(Deployment.CLOUD)
                .issueKind(IssueKind.SALES_DEAL)
                .facts());
    // Enum() matches the three enum facts inserted: Impact, Deployment, IssueKind.
    assertThat(d.warnings())
        .extracting(Notice::message)
        .containsExactlyInAnyOrder("Impact DEGRADED", "Deployment CLOUD", "IssueKind SALES_DEAL");
    assertThat(((DroolsRuleset) ENUMS).insertedFacts())
        .isEqualTo(new DroolsRuleset.Facts(false, true, true, true));
  }

  @Test
  void theSystemPropertyFalseInsertsEveryFact() {
    String key = DroolsRuleset.SKIP_UNUSED_FACTS;
    String before = System.getProperty(key);
    System.setProperty(key, "false");
    try {
      Ruleset rockplace = Rulesets.fromClasspath("io/github/slakit/rules/rockplace");
      // read when the KieBase loads: here, at the first use
      assertThat(((DroolsRuleset) rockplace).insertedFacts()).isEqualTo(DroolsRuleset.Facts.ALL);
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }
}
