package io.github.slakit.examples;

import static io.github.slakit.examples.EvaluateHarnessTest.file;
import static io.github.slakit.examples.HarnessTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.examples.HarnessTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report compliance} and {@code status-feed} over {@code examples/history.jsonl} as the
 * README runs them. The figures are worked out by hand in the comments; Elastic GOLD in Korea
 * counts Monday-Friday 09:00-18:00 KST (no Korean holiday falls between 9 March and 1 April 2026),
 * severity 1 is 4 business hours, severity 2 one business day (ELASTIC-4).
 */
class ReportHarnessTest {
  private static final Path ROOT = Path.of("..");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AT = "2026-04-01T12:00:00+09:00";

  @TempDir Path dir;

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  private static Run report(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "report",
                "compliance",
                "--batch",
                file("history.jsonl"),
                "--at",
                AT,
                "--by",
                "vendor,month"));
    args.addAll(Arrays.asList(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void theReportsFiguresAreThoseWorkedOutByHand() throws IOException {
    Run r = report();
    assertThat(r.status()).isEqualTo(Harness.ERROR_LINES); // line 6 misspells "events"
    assertThat(r.err().lines())
        .containsExactly(
            "{\"line\":6,\"error\":\"history.jsonl:6: \\\"evnts\\\" is not a field of a status"
                + " request; did you mean \\\"events\\\"?\"}",
            r.err().lines().toList().get(1));
    assertThat(r.err().lines().toList().get(1))
        .matches(
            "report compliance: \\S+history.jsonl: 6 lines, 5 statuses, 1 error line in [0-9.]+ s");
    JsonNode groups = json(r.out()).get("groups");
    assertThat(groups).hasSize(3); // elastic March (H-1..3), elastic April (H-4), veeam March
    JsonNode march = groups.get(0);
    assertThat(march.get("key").toString())
        .isEqualTo("{\"vendor\":\"elastic\",\"month\":\"2026-03\"}");
    assertThat(march.get("cases").asInt()).isEqualTo(3);
    // first response: H-1 Mon 10:00 -> 11:30 (1h30 of 4h: met); H-2 Tue 09:00, due Wed 09:00,
    // answered Wed 10:00 (9 + 1 = 10 hours: breached); H-3 Fri 17:00 -> Mon 09:30 (1h + 30 min:
    // met)
    JsonNode first = march.get("metrics").get(0);
    assertThat(first.get("metric").asText()).isEqualTo("INITIAL_RESPONSE");
    assertThat(List.of(first.get("met").asInt(), first.get("breached").asInt()))
        .containsExactly(2, 1);
    assertThat(first.get("shareMet").decimalValue()).isEqualByComparingTo("0.6667");
    // sorted 1h30, 1h30, 10h: p50 is rank ceil(1.5) = 2, p90 rank ceil(2.7) = 3
    assertThat(march.get("firstResponse").toString())
        .isEqualTo("{\"count\":3,\"p50\":\"PT1H30M\",\"p90\":\"PT10H\",\"max\":\"PT10H\"}");
    // H-3's customer replied Tue 24 09:00: due Wed 25 09:00, no answer by 1 April: breached
    JsonNode next = march.get("metrics").get(1);
    assertThat(next.get("metric").asText()).isEqualTo("NEXT_RESPONSE");
    assertThat(next.get("breached").asInt()).isEqualTo(1);
    // resolution: H-1 Mon 10:00-16:00 (6h, closed), H-2 Tue 09:00 - Thu 15:00 (9 + 9 + 6 = 24h);
    // H-3 is open. Sorted 6h, 24h: p50 rank 1, p90 rank ceil(1.8) = 2
    assertThat(march.get("resolution").toString())
        .isEqualTo("{\"count\":2,\"p50\":\"PT6H\",\"p90\":\"PT24H\",\"max\":\"PT24H\"}");
    // H-3 waited on the customer Mon 23 09:30 - Tue 24 09:00: 8h30 of business time
    assertThat(march.get("paused").asText()).isEqualTo("PT8H30M");
    // H-4 opened today 10:00 (severity 1): 2 of 4 hours used at 12:00, due 14:00 KST
    JsonNode near = groups.get(1).get("nearestBreach").get(0);
    assertThat(near.toString())
        .isEqualTo(
            "{\"caseId\":\"H-4\",\"metric\":\"INITIAL_RESPONSE\",\"cycle\":1,\"percentUsed\":50,"
                + "\"remaining\":\"PT2H\",\"deadline\":\"2026-04-01T05:00:00Z\"}");
    // Veeam BASIC severity 2 is 8 business hours (VEEAM-4): answered after 5, met
    assertThat(groups.get(2).get("firstResponse").get("p50").asText()).isEqualTo("PT5H");
  }

  @Test
  void csvAndHtmlAreWrittenBesideTheJson() throws IOException {
    Path csv = dir.resolve("report.csv");
    Path html = dir.resolve("page");
    Run plain = report();
    Run r = report("--csv", csv.toString(), "--html", html.toString());
    assertThat(r.out()).isEqualTo(plain.out());
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0))
        .startsWith("vendor,month,cases,not_covered,INITIAL_RESPONSE_cases,INITIAL_RESPONSE_met,")
        .endsWith(",resolution_max_seconds,paused_seconds");
    // elastic March: 1h30 = 5400 s, 10h = 36000 s, paused 8h30 = 30600 s
    assertThat(rows.get(1))
        .startsWith("elastic,2026-03,3,0,3,2,1,0,0.6667,")
        .contains(",3,5400,36000,36000,")
        .endsWith(",30600");
    String page = Files.readString(html.resolve("index.html"));
    assertThat(page).contains("<svg ").doesNotContain("<script").doesNotContain("http://example");
    assertThat(page.split("<svg ", -1)).hasSize(3); // the bars per group and the months
    assertThat(page).contains("2 met, 1 breached, 0 running (66.7 % met)");
  }

  @Test
  void theSameBytesOnOneThreadOrTwo() {
    Run two = report("--threads", "2");
    assertThat(report("--threads", "1").out()).isEqualTo(two.out());
  }

  @Test
  void aDimensionThatIsNotOneIsRefused() {
    Run r =
        run(
            "report",
            "compliance",
            "--batch",
            file("history.jsonl"),
            "--at",
            AT,
            "--by",
            "vendor,colour");
    assertThat(r.status()).isEqualTo(Harness.BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo(
            "report compliance: --by \"colour\" is not a dimension (vendor, level, severity,"
                + " month)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theFeedIsThatWorkedOutByHand() throws IOException {
    Run r = run("status-feed", "--batch", file("history.jsonl"), "--at", AT, "--allow-errors");
    assertThat(r.status()).isZero();
    JsonNode feed = json(r.out());
    // backup: H-5 open, severity 2 without an impact: degraded performance; ingest: H-4 an
    // outage at severity 1 (major) over H-3 slow (degraded); search-api: H-1 closed, H-2
    // resolved: nothing open
    assertThat(feed.get("components").findValuesAsText("status"))
        .containsExactly("degraded_performance", "major_outage", "operational");
    assertThat(feed.get("status").get("indicator").asText()).isEqualTo("critical");
    // newest first; H-1 closed on 10 March, more than 24 hours before: not listed
    assertThat(feed.get("incidents").findValuesAsText("id")).contains("H-4", "H-5", "H-3", "H-2");
    assertThat(feed.get("incidents")).hasSize(4);
    JsonNode h2 = feed.get("incidents").get(3);
    assertThat(h2.get("status").asText()).isEqualTo("monitoring");
    assertThat(h2.get("monitoring_at").asText()).isEqualTo("2026-03-12T06:00:00Z"); // 15:00 KST
    assertThat(feed.get("incidents").get(0).get("status").asText()).isEqualTo("investigating");
    assertThat(feed.get("incidents").get(1).get("status").asText()).isEqualTo("identified");
  }

  @Test
  void theOlderReportOfCaseTimelinesStillRuns() {
    Run r =
        run(
            "report",
            "--batch",
            file("statuses.jsonl"),
            "--html",
            dir.resolve("timelines").toString());
    assertThat(r.status()).isEqualTo(Harness.ERROR_LINES);
    assertThat(dir.resolve("timelines").resolve("index.html")).exists();
  }

  /** The README shows, whole, what its report and feed commands print. */
  @Test
  void theReadmeShowsWhatItsCommandsPrint() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String heading = "### Report and tell";
    int at = readme.indexOf(heading);
    assertThat(at).isNotNegative();
    String section = readme.substring(at);
    for (String which : List.of("report compliance", "status-feed")) {
      int c = section.indexOf("$H " + which);
      String line = section.substring(c, section.indexOf('\n', c));
      String command = line.substring(0, line.indexOf("  # exit"));
      String[] args =
          Arrays.stream(command.substring(3).trim().split("\\s+"))
              .map(a -> a.startsWith("examples/") ? ROOT.resolve(a).toString() : a)
              .toArray(String[]::new);
      Run r = run(args);
      String shown = StatusHarnessTest.block(section.substring(c), "", "json");
      assertThat(json(shown)).as(which).isEqualTo(json(r.out()));
    }
  }
}
