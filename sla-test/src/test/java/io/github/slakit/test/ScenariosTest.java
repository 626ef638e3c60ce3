package io.github.slakit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.SlaEngine;
import io.github.slakit.rules.Rulesets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * {@link Scenarios} on the acme scenarios ({@code custom/acme-scenarios}: a folder with a decision
 * and a status, and a file), and on scenarios written here to fail. The GOLD outage opened Friday
 * 6 March 2026 17:30 KST: 2 business hours (ACME-2) are due Monday 10:30 KST; the agent answers
 * Monday 10:00, so at that moment the first response is MET after 1 h 30 (30 min Friday, 1 h
 * Monday); no customer response starts a NEXT_RESPONSE cycle, and RESOLUTION, with no target, is
 * STOPPED (LIFE-4, LIFE-5).
 */
class ScenariosTest {
  static final Path ACME_SCENARIOS = Path.of("src/test/resources/custom/acme-scenarios");
  static final SlaEngine ENGINE =
      SlaEngine.builder()
          .ruleset(Rulesets.fromPath(Path.of("src/test/resources/custom/acme")))
          .build();

  @TempDir Path dir;

  @Test
  void aFolderGivesADecisionAndAStatusTestAndAFileOne() throws Throwable {
    List<DynamicTest> tests = Scenarios.from(ACME_SCENARIOS, ENGINE).toList();
    assertThat(tests)
        .extracting(DynamicTest::getDisplayName)
        .containsExactly(
            "gold-outage-friday", "gold-outage-friday (status)", "silver-question-saturday.json");
    for (DynamicTest t : tests) {
      t.getExecutable().execute(); // each passes
    }
  }

  private Path copyOfTheGoldScenario() throws Exception {
    Path folder = dir.resolve("gold");
    Files.createDirectories(folder);
    for (String f : List.of("case.json", "subscription.json", "events.json")) {
      Files.copy(ACME_SCENARIOS.resolve("gold-outage-friday").resolve(f), folder.resolve(f));
    }
    return folder;
  }

  @Test
  void aFailureNamesEachFieldThatDiffersWithBothValues() throws Exception {
    Path folder = copyOfTheGoldScenario();
    // the deadline is 10:30 KST = 01:30Z, the name Critical: both wrong here
    Files.writeString(
        folder.resolve("expected-decision.json"),
        """
        {"severity": {"level": 1, "name": "Major"},
         "targets": [{"metric": "INITIAL_RESPONSE", "deadline": "2026-03-09T02:30:00Z"}]}
        """);
    assertThatThrownBy(() -> Scenarios.run(folder, ENGINE))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("expected-decision.json: 2 fields differ")
        .hasMessageContaining("\n  severity.name: expected \"Major\" but was \"Critical\"")
        .hasMessageContaining(
            "\n  targets[0].deadline: expected \"2026-03-09T02:30:00Z\" but was"
                + " \"2026-03-09T01:30:00Z\"");
  }

  @Test
  void aStatusTakesItsMomentFromTheExpectedStatus() throws Exception {
    Path folder = copyOfTheGoldScenario();
    // at Monday 09:30 KST the agent has not answered: 30 min on Friday and 30 on Monday are used;
    // no customer response, so no NEXT_RESPONSE cycle; RESOLUTION has no target (LIFE-4, LIFE-5)
    Files.writeString(
        folder.resolve("expected-status.json"),
        """
        {"at": "2026-03-09T09:30:00+09:00",
         "metrics": [{"metric": "INITIAL_RESPONSE", "state": "RUNNING", "elapsed": "PT1H"},
                     {"metric": "RESOLUTION", "state": "STOPPED"}]}
        """);
    Files.delete(folder.resolve("events.json"));
    Scenarios.run(folder, ENGINE);
  }

  @Test
  void badInputNamesTheFileTheFieldAndTheValue() throws Exception {
    Path folder = copyOfTheGoldScenario();
    Files.writeString(
        folder.resolve("case.json"),
        """
        {"id": "C", "vendor": "acme", "openedAt": "2026-03-06T17:30:00+09:00", "severity": 7}
        """);
    Files.writeString(folder.resolve("expected-decision.json"), "{}");
    assertThatThrownBy(() -> Scenarios.run(folder, ENGINE))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("case.json")
        .hasMessageContaining("case.severity: 7 is not a severity (1..4)");
  }

  @Test
  void aFileWithoutExpectedIsRefused() throws Exception {
    Path file = dir.resolve("no-expected.json");
    Files.writeString(
        file,
        """
        {"case": {"id": "C", "vendor": "acme", "openedAt": "2026-03-06T17:30:00+09:00"},
         "subscription": {"id": "S", "vendor": "acme", "level": "GOLD",
                          "location": {"country": "KR", "zone": "Asia/Seoul"}}}
        """);
    assertThatThrownBy(() -> Scenarios.run(file, ENGINE))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("no-expected.json: expected: is missing (required)");
  }
}
