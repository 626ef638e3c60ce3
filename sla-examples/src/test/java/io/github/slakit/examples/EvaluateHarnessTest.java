package io.github.slakit.examples;

import static io.github.slakit.examples.HarnessTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.examples.HarnessTest.Run;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} and {@code demo} as a user runs them. Expected values worked out by hand. */
class EvaluateHarnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A file of the repository's {@code examples/} folder, which the README's commands use. */
  static String file(String name) {
    return Path.of("..", "examples", name).toString();
  }

  static String resource(String name) {
    try {
      return Path.of(EvaluateHarnessTest.class.getResource("/evaluate/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void evaluatePrintsTheDecisionOfTheContract() throws Exception {
    Run r =
        run("evaluate", "--case", file("case.json"), "--subscription", file("subscription.json"));
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.get("caseId").asText()).isEqualTo("CASE-1");
    assertThat(d.get("subscriptionId").asText()).isEqualTo("SUB-1");
    assertThat(d.get("covered").asBoolean()).isTrue();
    // ELASTIC-2: the requested severity 2 is kept; its name is High
    assertThat(d.at("/severity/level").asInt()).isEqualTo(2);
    assertThat(d.at("/severity/name").asText()).isEqualTo("High");
    // ELASTIC-4 GOLD severity 2: 1 business day on the KR calendar (TIME-8). Opened Friday
    // 17:30 KST, so TIME-3 gives Monday 17:30 KST = 08:30Z.
    JsonNode t = d.at("/targets/0");
    assertThat(t.get("metric").asText()).isEqualTo("INITIAL_RESPONSE");
    assertThat(t.get("status").asText()).isEqualTo("SCHEDULED");
    assertThat(t.at("/target/businessDays").asInt()).isEqualTo(1);
    assertThat(t.at("/target/calendar").asText()).isEqualTo("KR");
    assertThat(t.get("deadline").asText()).isEqualTo("2026-03-09T08:30:00Z");
    // ELASTIC-11: the stated business impact is carried
    assertThat(d.get("businessImpact").asText()).isEqualTo("customer-facing");
    // ELASTIC-7: 30,000 USD a year is at least 25,000: break-fix with advisory
    assertThat(d.at("/entitlements/supportKind").asText()).isEqualTo("BREAK_FIX_WITH_ADVISORY");
    assertThat(d.get("trace").findValuesAsText("clause"))
        .contains("ELASTIC-2", "ELASTIC-4", "ELASTIC-7");
  }

  @Test
  void batchKeepsOrderAndTurnsBadLinesIntoErrorLines() throws Exception {
    Run r = run("evaluate", "--batch", file("cases.jsonl"));
    // six input lines, one of them blank: six output lines, in input order; some are error
    // lines, so the status is 1, and stderr holds the summary alone
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "evaluate: " + file("cases.jsonl") + ": 6 lines, 2 decisions, 4 error lines in ");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(6);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("caseId").asText()).isEqualTo("B-1");
    assertThat(first.at("/targets/0/deadline").asText()).isEqualTo("2026-03-09T08:30:00Z");

    JsonNode broken = JSON.readTree(lines.get(1));
    assertThat(broken.get("line").asInt()).isEqualTo(2);
    assertThat(broken.get("error").asText())
        .startsWith("cases.jsonl:2: line 1, column")
        .contains("malformed JSON");

    JsonNode level = JSON.readTree(lines.get(2));
    assertThat(level.get("line").asInt()).isEqualTo(3);
    assertThat(level.get("error").asText())
        .contains("level: \"GOLDEN\" is not a level of vendor elastic");

    // VEEAM-4 BASIC severity 2: 8 business hours from Wed 23 Sep 2026 15:00 KST: 3 h on
    // Wednesday, Chuseok Thu-Sat and Sunday closed, 5 h on Monday 28 Sep -> 14:00 KST = 05:00Z.
    JsonNode blank = JSON.readTree(lines.get(3));
    assertThat(blank.get("line").asInt()).isEqualTo(4);
    assertThat(blank.get("error").asText()).isEqualTo("cases.jsonl:4: blank line: no request");

    JsonNode veeam = JSON.readTree(lines.get(4));
    assertThat(veeam.get("caseId").asText()).isEqualTo("B-5");
    assertThat(veeam.at("/targets/0/deadline").asText()).isEqualTo("2026-09-28T05:00:00Z");
    assertThat(veeam.get("routing").asText()).isEqualTo("APJ");

    JsonNode severity = JSON.readTree(lines.get(5));
    assertThat(severity.get("line").asInt()).isEqualTo(6);
    assertThat(severity.get("error").asText()).contains("case.severity: 9");
  }

  @Test
  void aSevereCaseThroughSingleEvaluate(@TempDir Path dir) throws Exception {
    // VEEAM-3: a SEVERE kind with no severity asked opens as 2; PRODUCTION in Seoul: 3 h 24x7
    // from Wed 14 Oct 2026 10:00 KST (01:00Z) -> 04:00Z.
    Path kase = dir.resolve("case.json");
    Files.writeString(
        kase,
        """
        {"id":"V-1","vendor":"veeam","openedAt":"2026-10-14T10:00:00+09:00","issueKind":"SEVERE"}""");
    Path sub = dir.resolve("subscription.json");
    Files.writeString(
        sub,
        """
        {"id":"S-V","vendor":"veeam","level":"PRODUCTION",
         "location":{"country":"KR","zone":"Asia/Seoul"}}""");
    Run r = run("evaluate", "--case", kase.toString(), "--subscription", sub.toString());
    assertThat(r.err()).isEmpty();
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.at("/severity/level").asInt()).isEqualTo(2);
    assertThat(d.at("/targets/0/status").asText()).isEqualTo("SCHEDULED");
    assertThat(d.at("/targets/0/target/elapsed").asText()).isEqualTo("PT3H");
    assertThat(d.at("/targets/0/deadline").asText()).isEqualTo("2026-10-14T04:00:00Z");
    // A typo in the case file: one message naming the file and the nearest field, exit 2.
    Files.writeString(
        kase,
        """
        {"id":"V-1","vendor":"veeam","openedAt":"2026-10-14T10:00:00+09:00","isueKind":"SEVERE"}""");
    Run typo = run("evaluate", "--case", kase.toString(), "--subscription", sub.toString());
    assertThat(typo.status()).isEqualTo(2);
    assertThat(typo.err().strip())
        .isEqualTo("case.json: \"isueKind\" is not a field of a case; did you mean \"issueKind\"?");
  }

  @Test
  void allowErrorsKeepsStatusZeroAndTheSameOutput() {
    Run strict = run("evaluate", "--batch", file("cases.jsonl"));
    Run allowed = run("evaluate", "--batch", file("cases.jsonl"), "--allow-errors");
    assertThat(allowed.status()).isZero();
    assertThat(allowed.out()).isEqualTo(strict.out());
  }

  /** The policy corrections, one line each, through {@code evaluate --batch}. */
  @Test
  void correctionsThroughTheBatch() throws Exception {
    Run r = run("evaluate", "--batch", resource("corrections.jsonl"));
    // lines 3 and 10 are error lines
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .contains(": 10 lines, 8 decisions, 2 error lines in ");
    List<JsonNode> d =
        r.out()
            .lines()
            .map(
                l -> {
                  try {
                    return JSON.readTree(l);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    assertThat(d).hasSize(10);
    // VEEAM-3: SEVERE with no severity asked opens as 2: PRODUCTION 3 h from 01:00Z
    assertThat(d.get(0).at("/severity/level").asInt()).isEqualTo(2);
    assertThat(d.get(0).at("/targets/0/deadline").asText()).isEqualTo("2026-10-14T04:00:00Z");
    // VEEAM-3: a production OUTAGE requested as 4 stays 4 (8 h), with a coded warning
    assertThat(d.get(1).at("/severity/level").asInt()).isEqualTo(4);
    assertThat(d.get(1).at("/targets/0/deadline").asText()).isEqualTo("2026-10-14T09:00:00Z");
    assertThat(d.get(1).get("warnings").findValuesAsText("code"))
        .containsExactly("SEVERITY_DIFFERS_FROM_IMPACT");
    // VEEAM-3: "yes" is not a yes/no answer: an error line naming the field, never "not consulted"
    assertThat(d.get(2).get("line").asInt()).isEqualTo(3);
    assertThat(d.get(2).get("error").asText())
        .isEqualTo(
            "corrections.jsonl:3:"
                + " case.attributes.seConsulted: \"yes\" is not a yes/no answer (true or false)");
    // TERM-1: Elastic PLATINUM after its end: not covered, no deadline
    assertThat(d.get(3).get("covered").asBoolean()).isFalse();
    assertThat(d.get(3).at("/reasons/0/code").asText()).isEqualTo("OUTSIDE_TERM");
    assertThat(d.get(3).at("/targets/0/status").asText()).isEqualTo("NOT_COVERED");
    assertThat(d.get(3).at("/targets/0/deadline").isNull()).isTrue();
    // TERM-1: rockPLACE after its end: not covered either
    assertThat(d.get(4).at("/reasons/0/code").asText()).isEqualTo("OUTSIDE_TERM");
    // ELASTIC-6: STANDARD_CLOUD has no published target
    assertThat(d.get(5).at("/targets/0/status").asText()).isEqualTo("NO_TARGET");
    assertThat(d.get(5).at("/warnings/0/code").asText()).isEqualTo("NO_PUBLISHED_TARGET");
    // ELASTIC-9: a self-managed subscription keeps its monitoring on a case about Cloud
    assertThat(d.get(6).at("/entitlements/monitoring").asBoolean()).isTrue();
    // VEEAM-5: Wed 28 Oct 2026 10:00 CET = 18:00 KST, a Czech public holiday: AMER
    assertThat(d.get(7).get("routing").asText()).isEqualTo("AMER");
    // ROCKPLACE-7: RPS belongs to the subscription
    assertThat(d.get(8).at("/entitlements/options").toString()).contains("SERVICE_REDUNDANCY");
    // A typo in a field name is refused with the nearest name
    assertThat(d.get(9).get("error").asText())
        .isEqualTo(
            "corrections.jsonl:10: case:"
                + " \"severty\" is not a field of a case; did you mean \"severity\"?");
  }

  @Test
  void aSubscriptionMayNameACalendarGivenWithCalendar(@TempDir Path dir) throws Exception {
    Path sub = dir.resolve("subscription.json");
    Files.writeString(
        sub,
        """
        { "id": "SUB-2", "vendor": "elastic", "level": "GOLD",
          "location": { "country": "KR", "zone": "Asia/Seoul" }, "calendar": "acme-seoul" }""");
    Path kase = dir.resolve("case.json");
    // Wed 23 Dec 2026 17:00 KST, severity 1: GOLD gives 4 business hours (ELASTIC-4)
    Files.writeString(
        kase,
        """
        { "id": "C-2", "vendor": "elastic", "openedAt": "2026-12-23T17:00:00+09:00", "severity": 1 }""");
    Run r =
        run(
            "evaluate",
            "--case",
            kase.toString(),
            "--subscription",
            sub.toString(),
            "--calendar",
            file("acme-seoul.json"));
    assertThat(r.err()).isEmpty();
    JsonNode t = JSON.readTree(r.out()).at("/targets/0");
    assertThat(t.at("/target/calendar").asText()).isEqualTo("acme-seoul");
    // acme-seoul: 1 h on Wednesday (13:00-18:00), closed 24-25 Dec (iCalendar feed, Christmas)
    // and Saturday; the other 3 h in the Sunday 22:00-06:00 window: Mon 01:00 KST = Sun 16:00Z
    assertThat(t.get("deadline").asText()).isEqualTo("2026-12-27T16:00:00Z");

    Run unregistered = run("evaluate", "--case", kase.toString(), "--subscription", sub.toString());
    assertThat(unregistered.status()).isEqualTo(2);
    assertThat(unregistered.err())
        .contains("calendar: \"acme-seoul\" is not a registered calendar");
  }

  @Test
  void customRulesAddAVendor() throws Exception {
    Run r =
        run(
            "evaluate",
            "--case",
            file("acme-case.json"),
            "--subscription",
            file("acme-subscription.json"),
            "--rules",
            file("acme.drl"));
    assertThat(r.err()).isEmpty();
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.get("vendor").asText()).isEqualTo("acme");
    // Opened 01:30 EST on 8 March 2026, the night New York springs forward: 90 minutes of elapsed
    // time (TIME-1) is 04:00 EDT = 08:00Z, not the 03:00 local that wall-clock arithmetic gives.
    assertThat(d.at("/targets/0/deadline").asText()).isEqualTo("2026-03-08T08:00:00Z");
    assertThat(d.at("/targets/0/target/elapsed").asText()).isEqualTo("PT1H30M");
    assertThat(d.at("/trace/0/clause").asText()).isEqualTo("ACME-1");
  }

  @Test
  void aDrlThatDoesNotCompileNamesFileAndLine() {
    Run r =
        run(
            "evaluate",
            "--case",
            file("acme-case.json"),
            "--subscription",
            file("acme-subscription.json"),
            "--rules",
            resource("broken.drl"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("broken.drl:").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void badCaseFileNamesFieldAndValue(@TempDir Path dir) throws Exception {
    Path c = dir.resolve("case.json");
    Files.writeString(c, "{\"id\": \"C\", \"vendor\": \"elastic\", \"openedAt\": \"yesterday\"}");
    Run r = run("evaluate", "--case", c.toString(), "--subscription", file("subscription.json"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("case.json: openedAt: \"yesterday\"").doesNotContain("\tat ");
  }

  @Test
  void missingFilesAndMixedModesAreRefused() {
    assertThat(
            run(
                    "evaluate",
                    "--case",
                    "/nonexistent/c.json",
                    "--subscription",
                    file("subscription.json"))
                .err())
        .isEqualTo("/nonexistent/c.json: no such file" + System.lineSeparator());
    assertThat(run("evaluate", "--batch", file("cases.jsonl"), "--case", file("case.json")).err())
        .startsWith("evaluate: give either --batch FILE or --case FILE --subscription FILE");
    assertThat(run("evaluate", "--case", file("case.json")).err())
        .startsWith("evaluate: --subscription is required");
  }

  @Test
  void demoPrintsEveryShippedScenarioForEveryVendor() {
    Run r = run("demo");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("elastic GOLD", "veeam BASIC", "rockplace STANDARD");
    // deadlines the scenarios' authors worked out by hand, printed in the contract's local time
    assertThat(r.out())
        .contains("Mon 2026-03-09 17:30 KST") // TIME-3 example, ENTERPRISE severity 3
        .contains("Mon 2026-03-30 11:00 CEST") // GOLD in France across the spring change
        .contains("Mon 2026-09-28 14:00 KST") // Veeam BASIC across Chuseok 2026
        .contains("NOT COVERED"); // ELASTIC-3 and ROCKPLACE-6
    assertThat(r.out().lines().filter(l -> l.matches("\\d+\\s+\\S+.*")).count())
        .isEqualTo(DemoCommand.index().size());
  }

  @Test
  void theDemoIndexListsExactlyTheScenarioFiles() throws Exception {
    // The index names the files the build copies; a scenario renamed or added must be listed
    // (a stale copy in target/ would otherwise hide a missing one until a clean build).
    Path root = Path.of("..", "sla-test", "src", "test", "resources", "scenarios");
    List<String> files;
    try (var walk = Files.walk(root)) {
      files =
          walk.filter(f -> f.toString().endsWith(".json"))
              .map(
                  f ->
                      root.relativize(f).toString().replace('\\', '/').replaceFirst("\\.json$", ""))
              .sorted()
              .toList();
    }
    assertThat(DemoCommand.index()).containsExactlyInAnyOrderElementsOf(files);
  }
}
