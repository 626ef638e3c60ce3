package io.github.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.examples.HarnessTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules check} as a user runs it: on the acme example of docs/RULES.md, on a DRL with a
 * type mistake, and with a wrong command line.
 */
class RulesHarnessTest {
  /** The acme vendor folder of docs/RULES.md, in the test kit's module. */
  static final String ACME =
      Path.of("..", "sla-test", "src", "test", "resources", "custom", "acme").toString();

  /** A DRL whose line 12 compares an int with a string, {@code "many"} at column 32. */
  static final String MANY =
      """
      package com.acme.check;
      import io.github.slakit.core.Severity;
      import io.github.slakit.core.TimeSpan;
      import io.github.slakit.core.spi.PolicyFacts;
      global io.github.slakit.core.spi.PolicyDecision.Builder decision;
      rule "Any case: severity 3 and 1 business day"
          @clause("CHK-1")
      when
          PolicyFacts()
      then
          insert(new Severity(3, "Three"));
          decision.target("INITIAL_RESPONSE", TimeSpan.businessDays(1));
      end
      rule "Many visits"
          @clause("CHK-1")
      when
          PolicyFacts( visitsUsed == "many" )
      then
          decision.warning("MANY", "many visits");
      end
      """;

  @TempDir Path dir;

  @Test
  void theAcmeExampleIsCleanAndTheGuideShowsItsReport() throws Exception {
    Run r = HarnessTest.run("rules", "check", ACME);
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    String out = r.out().replace(System.lineSeparator(), "\n");
    // ACME-2: GOLD 2 business hours, SILVER 1 business day, for the severities of ACME-1
    assertThat(out)
        .contains(" (acme): 7 rules, ")
        .contains("made-up cases: clean\n")
        .containsPattern("GOLD +1 +\\d+  INITIAL_RESPONSE PT2H business-hours\n")
        .containsPattern("SILVER +3 +\\d+  INITIAL_RESPONSE P1D business-days\n")
        .containsPattern("GOLD +4 +0  no case gets this severity\n")
        .endsWith("rules check: 1 ruleset, 0 problems\n");
    // docs/RULES.md shows this report, run from the repository's root as rules/acme
    String shown = out.replace(ACME.replace('\\', '/'), "rules/acme");
    assertThat(Files.readString(Path.of("..", "docs", "RULES.md")))
        .contains("```\n" + shown + "```\n");
  }

  @Test
  void aTypeMistakeIsReportedAtItsLineAndColumnAndExitsOne() throws Exception {
    Path drl = dir.resolve("check.drl");
    Files.writeString(drl, MANY);
    Files.writeString(dir.resolve("clauses.md"), "### CHK-1 Checked\n");
    Run r = HarnessTest.run("rules", "check", drl.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    // line 17 "    PolicyFacts( visitsUsed == \"many\" )": the quote at column 32
    assertThat(r.out()).contains(drl + ":17:32: TYPE_ERROR: ");
    JsonNode j =
        new ObjectMapper()
            .readTree(HarnessTest.run("rules", "check", "--json", drl.toString()).out());
    assertThat(j.get("clean").asBoolean()).isFalse();
    JsonNode finding = j.get("rulesets").get(0).get("findings").get(0);
    assertThat(finding.get("kind").asText()).isEqualTo("TYPE_ERROR");
    assertThat(finding.get("file").asText()).isEqualTo(drl.toString());
    assertThat(finding.get("line").asInt()).isEqualTo(17);
    assertThat(finding.get("column").asInt()).isEqualTo(32);
  }

  @Test
  void theBuiltInRulesetsAreCleanInJson() throws Exception {
    Run r = HarnessTest.run("rules", "check", "--json", "--built-in");
    assertThat(r.status()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("clean").asBoolean()).isTrue();
    assertThat(j.get("rulesets").findValuesAsText("vendor"))
        .containsExactly("elastic", "veeam", "rockplace");
  }

  @Test
  void aWrongCommandLineExitsTwoWithOneLine() {
    Run none = HarnessTest.run("rules", "check");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err())
        .isEqualTo(
            "rules check: give a PATH (or --built-in); see rules check --help"
                + System.lineSeparator());
    Run missing = HarnessTest.run("rules", "check", dir.resolve("nothing").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nothing").contains("no such file or folder");
    Run operation = HarnessTest.run("rules");
    assertThat(operation.status()).isEqualTo(2);
    assertThat(operation.err()).startsWith("rules: which operation? (check;");
  }
}
