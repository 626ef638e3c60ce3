package io.github.slakit.rules;

import static io.github.slakit.test.Given.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Decision.TraceEntry;
import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Notice;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyDecision.TargetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A ruleset's targets as a CSV table: each row a rule, traced by its name ({@code targets.csv row
 * N} by default) and its clause; bad cells refused with the file, row, column and value.
 */
class TargetTableTest {
  /** The severity rules of a small vendor; its targets come from a table. */
  static final String SEVERITY =
      """
      package com.acme.sla;
      import io.github.slakit.core.Impact;
      import io.github.slakit.core.Severity;
      rule "Outage: severity 1"
          @clause("ACME-1")
          ruleflow-group "severity"
      when
          Impact( this == Impact.OUTAGE )
      then
          insert(new Severity(1, "Critical"));
      end
      rule "Otherwise: severity 3"
          @clause("ACME-1")
          ruleflow-group "severity"
      when
          not Impact( this == Impact.OUTAGE )
      then
          insert(new Severity(3, "Minor"));
      end
      """;

  static final String TABLE =
      """
      # Acme's first response (ACME-2): line 1 is this comment
      level,severity,deployment,amount,clock,calendar,clause
      GOLD,1,CLOUD,PT30M,24x7,,ACME-2
      GOLD,1,SELF_MANAGED|none,PT2H,business-hours,,ACME-2

      GOLD,3,,P1D,business-days,acme-office,ACME-2
      SILVER,*,,none,,,ACME-2
      """;

  static Ruleset acme(String table) {
    return Rulesets.drl("acme")
        .text("acme.drl", SEVERITY)
        .text("targets.csv", table)
        .levels("GOLD", "SILVER")
        .build();
  }

  @Test
  void eachRowIsARuleNamedByItsLineAndClause() {
    Ruleset acme = acme(TABLE);
    // GOLD, an outage (severity 1) on the cloud: the row of line 3, 30 minutes 24x7
    PolicyDecision cloud =
        acme.decide(
            given("acme", "GOLD").impact(Impact.OUTAGE).deployment(Deployment.CLOUD).facts());
    assertThat(cloud.targets())
        .containsExactly(
            new TargetSpec(Metrics.INITIAL_RESPONSE, Optional.of(TimeSpan.elapsedMinutes(30))));
    assertThat(cloud.trace())
        .containsExactly(
            new TraceEntry("Outage: severity 1", "ACME-1"),
            new TraceEntry("targets.csv row 3", "ACME-2"));
    // no deployment stated: "none" of line 4, 2 business hours
    assertThat(acme.decide(given("acme", "GOLD").impact(Impact.OUTAGE).facts()).trace())
        .contains(new TraceEntry("targets.csv row 4", "ACME-2"));
    assertThat(
            acme.decide(
                    given("acme", "GOLD")
                        .impact(Impact.OUTAGE)
                        .deployment(Deployment.SELF_MANAGED)
                        .facts())
                .targets())
        .containsExactly(
            new TargetSpec(Metrics.INITIAL_RESPONSE, Optional.of(TimeSpan.businessHours(2))));
    // severity 3 after the blank line 5: line 6, one business day of the calendar acme-office
    PolicyDecision minor = acme.decide(given("acme", "GOLD").facts());
    assertThat(minor.targets())
        .containsExactly(
            new TargetSpec(
                Metrics.INITIAL_RESPONSE, Optional.of(TimeSpan.businessDays(1).on("acme-office"))));
    assertThat(minor.trace()).contains(new TraceEntry("targets.csv row 6", "ACME-2"));
    // SILVER at any severity: no published target (line 7)
    assertThat(acme.decide(given("acme", "SILVER").facts()).targets())
        .containsExactly(new TargetSpec(Metrics.INITIAL_RESPONSE, Optional.empty()));
  }

  @Test
  void aRowsRuleCellNamesItAndItsWarningIsGiven() {
    Ruleset acme =
        acme(
            """
            level,severity,impact,production,workaround,metric,amount,clock,clause,rule,warning,message
            GOLD,3,QUESTION,false,*,RESOLUTION,P5D,business-days,ACME-5,"Gold question, not in production: 5 days",SLOW,"Questions ""outside"" production wait"
            GOLD,*,,,,,PT2H,business-hours,ACME-2,,,
            """);
    PolicyDecision d =
        acme.decide(given("acme", "GOLD").impact(Impact.QUESTION).production(false).facts());
    assertThat(d.trace())
        .contains(
            new TraceEntry("Gold question, not in production: 5 days", "ACME-5"),
            new TraceEntry("targets.csv row 3", "ACME-2"));
    assertThat(d.targets())
        .contains(new TargetSpec(Metrics.RESOLUTION, Optional.of(TimeSpan.businessDays(5))));
    assertThat(d.warnings())
        .extracting(Notice::code, Notice::message)
        .containsExactly(tuple("SLOW", "Questions \"outside\" production wait"));
    // in production the first row does not match: no resolution target, no warning
    PolicyDecision production = acme.decide(given("acme", "GOLD").impact(Impact.QUESTION).facts());
    assertThat(production.targets()).noneMatch(t -> t.metric().equals(Metrics.RESOLUTION));
    assertThat(production.warnings()).isEmpty();
  }

  @Test
  void aDrlRuleReplacesATargetTheTableSet() {
    // the rows fire before the DRL's rules of no phase: the rule's 15 minutes win (ACME-9)
    Ruleset acme =
        Rulesets.drl("acme")
            .text(
                "acme.drl",
                SEVERITY
                    + """
                    import io.github.slakit.core.spi.PolicyFacts;
                    import io.github.slakit.core.TimeSpan;
                    global io.github.slakit.core.spi.PolicyDecision.Builder decision;
                    rule "Key account: 15 minutes"
                        @clause("ACME-9")
                    when
                        PolicyFacts( flag("keyAccount") )
                    then
                        decision.target("INITIAL_RESPONSE", TimeSpan.elapsedMinutes(15));
                    end
                    """)
            .text("targets.csv", "level,amount,clock,clause\nGOLD,PT2H,business-hours,ACME-2\n")
            .build();
    PolicyDecision d = acme.decide(given("acme", "GOLD").attribute("keyAccount", "true").facts());
    assertThat(d.targets())
        .containsExactly(
            new TargetSpec(Metrics.INITIAL_RESPONSE, Optional.of(TimeSpan.elapsedMinutes(15))));
    assertThat(d.trace())
        .containsSubsequence(
            new TraceEntry("targets.csv row 2", "ACME-2"),
            new TraceEntry("Key account: 15 minutes", "ACME-9"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GOLD,9,,PT2H,business-hours,ACME-2          | targets.csv:2:2: severity: "9" is not a severity (1..4, several as 1|2, * for any)
          GOLDD,1,,PT2H,business-hours,ACME-2         | targets.csv:2:1: level: "GOLDD" is not a level of the vendor [GOLD, SILVER]
          GOLD,1,CLOUDY,PT2H,business-hours,ACME-2    | targets.csv:2:3: deployment: "CLOUDY" is not CLOUD, SELF_MANAGED or none
          GOLD,1,,4 hours,business-hours,ACME-2       | targets.csv:2:4: amount: "4 hours" is not an ISO-8601 duration (PT30M, PT4H)
          GOLD,1,,PT2H,business-days,ACME-2           | targets.csv:2:4: amount: "PT2H" is not a number of business days (P2D)
          GOLD,1,,PT2H,business,ACME-2                | targets.csv:2:5: clock: "business" is not 24x7, business-hours or business-days
          GOLD,1,,PT2H,,ACME-2                        | targets.csv:2:5: clock: is required with an amount
          GOLD,1,,none,24x7,ACME-2                    | targets.csv:2:5: clock: "24x7" is for an amount, and the amount is none
          GOLD,1,,PT2H,24x7,ACME 2                    | targets.csv:2:6: clause: "ACME 2" is not a clause id
          GOLD,1,,PT2H,24x7,                          | targets.csv:2:6: clause: is required
          GOLD,1,,-PT2H,24x7,ACME-2                   | targets.csv:2:4: amount: "-PT2H" is not a whole number of seconds, zero or more
          GOLD,1,PT2H,24x7,ACME-2                     | targets.csv:2: the row has 5 cells where the header has 6 columns
          GOLD,"1,PT2H,24x7,ACME-2                    | targets.csv:2:2: a quoted cell does not end on its line
          """)
  void aBadCellNamesTheFileRowColumnAndValue(String row, String message) {
    String table = "level,severity,deployment,amount,clock,clause\n" + row + "\n";
    assertThatThrownBy(() -> acme(table))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("ruleset acme: a table of targets cannot be read (1 error)")
        .hasMessageContaining(message);
  }

  @Test
  void aBadHeaderAndEveryBadRowAreReportedTogether() {
    assertThatThrownBy(() -> acme("level,severty,amount,clock,clause\n"))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining(
            "targets.csv:1:2: \"severty\" is not a column of a table of targets (rule, clause,");
    assertThatThrownBy(() -> acme("level,severity,clock,clause\n"))
        .hasMessageContaining("targets.csv:1: the column \"amount\" is missing");
    assertThatThrownBy(
            () ->
                acme(
                    "level,amount,clock,clause,rule\n"
                        + "GOLD,PT1H,24x7,ACME-2,Same\n"
                        + "SILVER,PT1H,24x7,ACME-2,Same\n"
                        + "SILVER,PT1H,24x7,ACME-2,\n"
                        + "GOLD,PT1H,24x7,ACME-2,\"Say \"\"hi\"\"\"\n"))
        .isInstanceOf(SlaRulesException.class)
        .hasMessageContaining("(2 errors)")
        .hasMessageContaining("targets.csv:3:5: rule: \"Same\" the rule of row 2 has this name")
        .hasMessageContaining(
            "targets.csv:5:5: rule: \"Say \\\"hi\\\"\" a rule's name is one line");
  }

  @Test
  void aVendorFolderListsItsTableAmongItsRules(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("acme"));
    Files.writeString(
        folder.resolve("vendor.json"),
        "{ \"vendor\": \"acme\", \"levels\": [\"GOLD\", \"SILVER\"],"
            + " \"rules\": [\"acme.drl\", \"targets.csv\"] }");
    Files.writeString(folder.resolve("acme.drl"), SEVERITY);
    Files.writeString(
        folder.resolve("targets.csv"), "level,amount,clock,clause\nGOLD,PT2H,24x7,ACME-2\n");
    SlaEngine engine = SlaEngine.builder().ruleset(Rulesets.fromPath(folder)).build();
    SupportCase c =
        SupportCase.builder("C-1", "acme", OffsetDateTime.parse("2026-03-02T10:00:00+01:00"))
            .build();
    Subscription s =
        Subscription.builder("S-1", "acme", "GOLD", Location.of("FR", "Europe/Paris")).build();
    Decision d = engine.evaluate(c, s);
    // 2 hours 24x7 from 09:00Z
    assertThat(d.target(Metrics.INITIAL_RESPONSE).flatMap(Decision.Target::deadline))
        .contains(Instant.parse("2026-03-02T11:00:00Z"));
    assertThat(d.trace()).contains(new TraceEntry("targets.csv row 2", "ACME-2"));
    // the file a table is read from is named in its errors
    Files.writeString(
        folder.resolve("targets.csv"), "level,amount,clock,clause\nGOLD,PT2H,24x7,\n");
    assertThatThrownBy(() -> Rulesets.fromPath(folder))
        .hasMessageContaining(folder.resolve("targets.csv") + ":2:4: clause: is required");
  }
}
