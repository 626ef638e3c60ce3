package io.github.slakit.examples;

import static io.github.slakit.examples.HarnessTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.examples.HarnessTest.Run;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate}: the acme example with ACME-2's GOLD target changed from 2 to 4 business hours
 * (test resources simulate/), on a batch worked out by hand. The subscriptions are in France
 * without a calendar of their own: Monday-Friday 09:00-18:00 Europe/Paris (UTC+1 in March).
 */
class SimulateHarnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static String folder(String name) {
    try {
      return Path.of(SimulateHarnessTest.class.getResource("/simulate/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String line(String id, String opened, String level, String impact) {
    return "{\"case\": {\"id\": \""
        + id
        + "\", \"vendor\": \"acme\", \"openedAt\": \""
        + opened
        + "\""
        + (impact.isEmpty() ? "" : ", \"impact\": \"" + impact + "\"")
        + "}, \"subscription\": {\"id\": \"S-"
        + id
        + "\", \"vendor\": \"acme\", \"level\": \""
        + level
        + "\", \"location\": {\"country\": \"FR\", \"zone\": \"Europe/Paris\"}}}\n";
  }

  /**
   * Line 1: GOLD, Monday 2 March 10:00 (09:00Z): 2 business hours end at 11:00Z, 4 at 13:00Z.
   * Line 2: GOLD, Friday 6 March 16:30 (15:30Z): 1.5 hours on Friday, then 0.5 hour (before) or
   * 2.5 hours (after) from Monday 9 March 09:00: 08:30Z and 10:30Z. Line 3: SILVER, 1 business
   * day either way: unchanged. Line 4: GOLD, an outage (severity 1, ACME-1), as line 1: 11:00Z and
   * 13:00Z; its escalation (ACME-3) is the same. Line 5 has no opening, line 6 a level acme lacks:
   * error lines, the second refused by the engine of the rules as they are ("before: ").
   */
  static Path batch(Path dir) throws Exception {
    Path f = dir.resolve("cases.jsonl");
    Files.writeString(
        f,
        line("A-1", "2026-03-02T10:00:00+01:00", "GOLD", "")
            + line("A-2", "2026-03-06T16:30:00+01:00", "GOLD", "")
            + line("A-3", "2026-03-02T10:00:00+01:00", "SILVER", "")
            + line("A-4", "2026-03-02T10:00:00+01:00", "GOLD", "OUTAGE")
            + "{\"case\": {\"id\": \"A-5\", \"vendor\": \"acme\"}, \"subscription\": {\"id\": \"S\","
            + " \"vendor\": \"acme\", \"level\": \"GOLD\", \"location\": {\"country\": \"FR\","
            + " \"zone\": \"Europe/Paris\"}}}\n"
            + line("A-6", "2026-03-02T10:00:00+01:00", "GOLDD", ""));
    return f;
  }

  /** simulate from acme-before to {@code after} on {@code batch}, with more options. */
  static Run simulate(String after, Path batch, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "simulate",
                "--before",
                folder("acme-before"),
                "--after",
                folder(after),
                "--batch",
                batch.toString()));
    args.addAll(java.util.List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void aCalendarGivenWithCalendarIsKnownOnBothSides(@TempDir Path dir) throws Exception {
    // A GOLD case on a subscription that names the calendar acme-seoul: without --calendar the
    // engine cannot count its hours (an error line, exit 2); with it, ACME-2's change from 2 to
    // 4 business hours makes its deadline later (exit 1).
    Path f = dir.resolve("seoul.jsonl");
    Files.writeString(
        f,
        line("K-1", "2026-03-09T10:00:00+09:00", "GOLD", "")
            .replace("\"location\"", "\"calendar\": \"acme-seoul\", \"location\""));
    Run without = simulate("acme-after", f);
    assertThat(without.status()).isEqualTo(2);
    assertThat(without.out()).contains("acme-seoul");
    Run with =
        simulate(
            "acme-after",
            f,
            "--calendar",
            Path.of("..", "examples", "acme-seoul.json").toString(),
            "--json");
    assertThat(with.status()).isEqualTo(1);
    JsonNode report = JSON.readTree(with.out());
    assertThat(report.at("/changes/DEADLINE_LATER").asLong()).isEqualTo(1);
  }

  @Test
  void reportsEachKindOfChangeWithItsFirstExamples(@TempDir Path dir) throws Exception {
    Path batch = batch(dir);
    Run r = simulate("acme-after", batch, "--examples", "2", "--threads", "2");
    assertThat(r.out())
        .isEqualTo(
            """
            cases.jsonl: 6 lines: 3 changed, 1 unchanged, 2 error lines
            DEADLINE_LATER: 3
              line 1, case A-1: INITIAL_RESPONSE: 2026-03-02T11:00:00Z (PT2H business-hours) -> 2026-03-02T13:00:00Z (PT4H business-hours)
              line 2, case A-2: INITIAL_RESPONSE: 2026-03-09T08:30:00Z (PT2H business-hours) -> 2026-03-09T10:30:00Z (PT4H business-hours)
            error lines: 2
              cases.jsonl:5: case.openedAt: is missing (required)
              cases.jsonl:6: before: case A-6 / subscription S-A-6: level: "GOLDD" is not a level of vendor acme (GOLD, SILVER)
            """);
    // error lines are bad input: exit 2, unless allowed; then the changes give 1
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("cases.jsonl: 6 lines, 4 comparisons, 2 error lines");
    Run allowed = simulate("acme-after", batch, "--allow-errors", "--json");
    assertThat(allowed.status()).isEqualTo(1);
    JsonNode report = JSON.readTree(allowed.out());
    assertThat(report.get("lines").asLong()).isEqualTo(6);
    assertThat(report.get("changed").asLong()).isEqualTo(3);
    assertThat(report.get("unchanged").asLong()).isEqualTo(1);
    assertThat(report.get("errorLines").asLong()).isEqualTo(2);
    assertThat(report.at("/changes/DEADLINE_LATER").asLong()).isEqualTo(3);
    assertThat(report.at("/changes/DEADLINE_EARLIER").asLong()).isZero();
    assertThat(report.at("/changes/SEVERITY").asLong()).isZero();
    JsonNode fourth = report.at("/examples/DEADLINE_LATER/2");
    assertThat(fourth.get("line").asLong()).isEqualTo(4);
    assertThat(fourth.get("caseId").asText()).isEqualTo("A-4");
    assertThat(fourth.get("what").asText()).isEqualTo("INITIAL_RESPONSE");
    assertThat(fourth.get("before").asText())
        .isEqualTo("2026-03-02T11:00:00Z (PT2H business-hours)");
    assertThat(fourth.get("after").asText())
        .isEqualTo("2026-03-02T13:00:00Z (PT4H business-hours)");
    assertThat(report.at("/errors/0/line").asLong()).isEqualTo(5);
  }

  @Test
  void theSameRulesOnBothSidesChangeNothing(@TempDir Path dir) throws Exception {
    Path batch = dir.resolve("cases.jsonl");
    Files.writeString(batch, line("A-1", "2026-03-02T10:00:00+01:00", "GOLD", "OUTAGE"));
    Run r = simulate("acme-before", batch);
    assertThat(r.out()).isEqualTo("cases.jsonl: 1 lines: 0 changed, 1 unchanged, 0 error lines\n");
    assertThat(r.status()).isZero();
  }

  @Test
  void withoutABatchOrAFolderItIsAUsageError(@TempDir Path dir) throws Exception {
    Run noBatch =
        run("simulate", "--before", folder("acme-before"), "--after", folder("acme-after"));
    assertThat(noBatch.status()).isEqualTo(2);
    assertThat(noBatch.err()).contains("simulate: give --batch FILE.jsonl");
    Run noFolder =
        run(
            "simulate",
            "--before",
            dir.resolve("none").toString(),
            "--after",
            folder("acme-after"),
            "--batch",
            batch(dir).toString());
    assertThat(noFolder.status()).isEqualTo(2);
    assertThat(noFolder.err()).contains("none: no such file");
  }
}
