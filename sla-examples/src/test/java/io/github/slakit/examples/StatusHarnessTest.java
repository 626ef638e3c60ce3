package io.github.slakit.examples;

import static io.github.slakit.examples.EvaluateHarnessTest.file;
import static io.github.slakit.examples.HarnessTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.examples.HarnessTest.Run;
import io.github.slakit.rules.Rulesets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code status} as a user runs it. Expected values worked out by hand against LIFE-1..LIFE-7 (the
 * README's example is worked out in docs/JSON.md, "The example, worked out by hand").
 */
class StatusHarnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = Path.of("..");

  /** The README's example: Tuesday 10 March 2026, 16:00 KST. */
  static final String AT = "2026-03-10T16:00:00+09:00";

  @TempDir Path dir;

  private static Run example(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "status",
                "--case",
                file("case.json"),
                "--subscription",
                file("subscription.json"),
                "--events",
                file("events.json"),
                "--at",
                AT));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  @Test
  void statusPrintsWhereEachClockStands() {
    Run r = example();
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    JsonNode s = json(r.out());
    assertThat(s.get("caseId").asText()).isEqualTo("CASE-1");
    assertThat(s.get("at").asText()).isEqualTo("2026-03-10T07:00:00Z");
    assertThat(s.get("caseState").asText()).isEqualTo("OPEN");
    // ELASTIC-2 keeps the requested severity 1 of the change at 15:00 (LIFE-6)
    assertThat(s.at("/severity/level").asInt()).isEqualTo(1);
    // INITIAL_RESPONSE: 1 business day = 9 business hours to Mon 17:30 KST (LIFE-3); answered
    // Mon 10:00 KST after 30 min on Friday and 1 h on Monday
    JsonNode first = s.at("/metrics/0");
    assertThat(first.get("state").asText()).isEqualTo("MET");
    assertThat(first.get("elapsed").asText()).isEqualTo("PT1H30M");
    assertThat(first.get("remaining").asText()).isEqualTo("PT7H30M");
    assertThat(first.get("deadline").asText()).isEqualTo("2026-03-09T08:30:00Z");
    assertThat(first.get("metAt").asText()).isEqualTo("2026-03-09T01:00:00Z");
    // NEXT_RESPONSE from the reply Tue 14:00 KST; 4 business hours since 15:00 (severity 1),
    // counted from the cycle's start: due Tue 18:00 KST, 2 h used at 16:00
    JsonNode next = s.at("/metrics/1");
    assertThat(next.get("metric").asText()).isEqualTo("NEXT_RESPONSE");
    assertThat(next.get("state").asText()).isEqualTo("RUNNING");
    assertThat(next.get("target").toString())
        .isEqualTo("{\"businessHours\":\"PT4H\",\"calendar\":\"KR\"}");
    assertThat(next.get("elapsed").asText()).isEqualTo("PT2H");
    assertThat(next.get("percentUsed").asInt()).isEqualTo(50);
    assertThat(next.get("deadline").asText()).isEqualTo("2026-03-10T09:00:00Z");
    // RESOLUTION: no target; 16 h 30 of business time less the 13 h of the wait (LIFE-2)
    JsonNode resolution = s.at("/metrics/2");
    assertThat(resolution.get("state").asText()).isEqualTo("STOPPED");
    assertThat(resolution.get("elapsed").asText()).isEqualTo("PT3H30M");
    assertThat(resolution.get("paused").asText()).isEqualTo("PT13H");
    // LIFE-7: 50 % is used at the moment itself, so not listed; 100 % at a window's end, outside
    assertThat(s.get("alarms").findValuesAsText("percent")).containsExactly("75", "90", "100");
    assertThat(s.get("alarms").findValuesAsText("at"))
        .containsExactly("2026-03-10T08:00:00Z", "2026-03-10T08:36:00Z", "2026-03-10T09:00:00Z");
    assertThat(s.get("alarms").findValuesAsText("inBusinessHours"))
        .containsExactly("true", "true", "false");
    assertThat(s.get("trace").findValuesAsText("clause"))
        .contains("ELASTIC-4", "LIFE-1", "LIFE-2", "LIFE-3", "LIFE-4", "LIFE-6", "LIFE-7");
  }

  @Test
  void alarmOptionsChooseTheSharesAndMoveOffHoursAlarms() {
    // next-opening: the 100 % alarm of Tue 18:00 KST moves to Wed 09:00 KST (00:00Z), due 09:00Z
    JsonNode moved = json(example("--off-hours", "next-opening").out()).get("alarms");
    assertThat(moved.get(2).get("at").asText()).isEqualTo("2026-03-11T00:00:00Z");
    assertThat(moved.get(2).get("inBusinessHours").asBoolean()).isTrue();
    assertThat(moved.get(2).get("dueAt").asText()).isEqualTo("2026-03-10T09:00:00Z");
    assertThat(moved.get(0).get("dueAt").isNull()).isTrue();
    // 25 % (1 h) and 50 % are used at or before 16:00; 60 % is 2 h 24 after 14:00: 16:24 KST
    JsonNode chosen = json(example("--alarm-percents", "100,60,25").out()).get("alarms");
    assertThat(chosen.findValuesAsText("percent")).containsExactly("60", "100");
    assertThat(chosen.get(0).get("at").asText()).isEqualTo("2026-03-10T07:24:00Z");
    assertThat(json(example("--off-hours", "mark").out())).isEqualTo(json(example().out()));
  }

  @Test
  void withoutEventsTheFirstResponseRuns() {
    // Mon 9 March 12:00 KST, no event: 30 min on Friday and 3 h on Monday of 9 h (38 %); the
    // alarms at 4 h 30 (13:00 KST), 6 h 45 (15:15), 8 h 06 (16:36) and 9 h (17:30)
    Run r =
        run(
            "status",
            "--case",
            file("case.json"),
            "--subscription",
            file("subscription.json"),
            "--at",
            "2026-03-09T12:00:00+09:00");
    assertThat(r.err()).isEmpty();
    JsonNode s = json(r.out());
    assertThat(s.get("metrics").findValuesAsText("metric"))
        .containsExactly("INITIAL_RESPONSE", "RESOLUTION");
    JsonNode first = s.at("/metrics/0");
    assertThat(first.get("state").asText()).isEqualTo("RUNNING");
    assertThat(first.get("elapsed").asText()).isEqualTo("PT3H30M");
    assertThat(first.get("remaining").asText()).isEqualTo("PT5H30M");
    assertThat(first.get("percentUsed").asInt()).isEqualTo(38);
    assertThat(s.get("alarms").findValuesAsText("at"))
        .containsExactly(
            "2026-03-09T04:00:00Z",
            "2026-03-09T06:15:00Z",
            "2026-03-09T07:36:00Z",
            "2026-03-09T08:30:00Z");
  }

  @Test
  void batchKeepsOrderAndNamesFileLinePathAndValue() {
    Run r = run("status", "--batch", file("statuses.jsonl"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "status: " + file("statuses.jsonl") + ": 6 lines, 2 statuses, 4 error lines in ");
    List<JsonNode> lines = r.out().lines().map(StatusHarnessTest::json).toList();
    assertThat(lines).hasSize(6);
    // line 1 is the example without options: the same status as the single form gives
    assertThat(lines.get(0)).isEqualTo(json(example().out()));
    assertThat(lines.get(1).get("error").asText())
        .isEqualTo("statuses.jsonl:2: events[2].severity: 7 is not a severity (1..4)");
    assertThat(lines.get(2).get("error").asText())
        .isEqualTo(
            "statuses.jsonl:3: case B-3 /"
                + " subscription S-3: events[0]: AGENT_RESPONDED at 2026-03-06T00:00:00Z is before the"
                + " case opened (2026-03-06T08:30:00Z)");
    // VEEAM-4 BASIC severity 2: 8 business hours from Wed 23 Sep 2026 15:00 KST; Chuseok Thu-Sat:
    // at Mon 28 Sep 10:00 KST 3 h + 1 h are used, due Mon 14:00 KST
    JsonNode veeam = lines.get(3);
    assertThat(veeam.at("/metrics/0/elapsed").asText()).isEqualTo("PT4H");
    assertThat(veeam.at("/metrics/0/deadline").asText()).isEqualTo("2026-09-28T05:00:00Z");
    assertThat(veeam.get("alarms").findValuesAsText("at"))
        .containsExactly("2026-09-28T03:00:00Z", "2026-09-28T04:12:00Z", "2026-09-28T05:00:00Z");
    assertThat(lines.get(4).get("error").asText())
        .isEqualTo("statuses.jsonl:5: at: is missing (required)");
    assertThat(lines.get(5).get("error").asText())
        .isEqualTo(
            "statuses.jsonl:6: \"evnts\" is not a"
                + " field of a status request; did you mean \"events\"?");
    Run allowed =
        run("status", "--batch", file("statuses.jsonl"), "--allow-errors", "--threads", "3");
    assertThat(allowed.status()).isZero();
    assertThat(allowed.out()).isEqualTo(r.out());
  }

  @Test
  void batchReadsStandardInput() throws IOException {
    byte[] content = Files.readAllBytes(ROOT.resolve("examples/statuses.jsonl"));
    Run fromFile = run("status", "--batch", file("statuses.jsonl"));
    Run r = BatchTest.runWithStdin(content, "status", "--batch", "-");
    assertThat(r.out()).isEqualTo(fromFile.out().replace("\"statuses.jsonl:", "\"stdin:"));
    assertThat(r.err()).startsWith("status: stdin: 6 lines, 2 statuses, 4 error lines in ");
    assertThat(r.status()).isEqualTo(1);
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void badEventsNameTheFileThePathAndTheValue() throws IOException {
    Path events =
        write(
            "events.json",
            """
        [ {"type": "AGENT_RESPONDED", "at": "2026-03-09T10:00:00+09:00"},
          {"type": "WAITING_ON_CUSTOMER", "at": "2026-03-09T10:00:00+09:00"},
          {"type": "CUSTOMER_RESPONDED", "at": "2026-03-10T14:00:00+09:00"},
          {"type": "SEVERITY_CHANGED", "at": "2026-03-10T15:00:00+09:00", "severity": 7} ]""");
    Run r =
        run(
            "status",
            "--case",
            file("case.json"),
            "--subscription",
            file("subscription.json"),
            "--events",
            events.toString(),
            "--at",
            AT);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "events.json: [3].severity: 7 is not a severity (1..4)" + System.lineSeparator());

    // what only the engine can know names the three files, the case and the event
    Files.writeString(events, "[{\"type\": \"RESOLVED\", \"at\": \"2026-03-05T15:00:00+09:00\"}]");
    Run early =
        run(
            "status",
            "--case",
            file("case.json"),
            "--subscription",
            file("subscription.json"),
            "--events",
            events.toString(),
            "--at",
            AT);
    assertThat(early.status()).isEqualTo(2);
    assertThat(early.err())
        .isEqualTo(
            "case.json, subscription.json, events.json: case CASE-1 /"
                + " subscription SUB-1: events[0]: RESOLVED at 2026-03-05T06:00:00Z is before the case"
                + " opened (2026-03-06T08:30:00Z)"
                + System.lineSeparator());

    Files.writeString(
        events,
        "[{\"type\": \"WAITING_ON_CUSTOMER\", \"at\": \"2026-03-09T10:00:00+09:00\","
            + " \"severity\": 2}]");
    assertThat(
            run(
                    "status",
                    "--case",
                    file("case.json"),
                    "--subscription",
                    file("subscription.json"),
                    "--events",
                    events.toString(),
                    "--at",
                    AT)
                .err())
        .isEqualTo(
            "events.json: [0].severity: 2"
                + " does not go with WAITING_ON_CUSTOMER: only SEVERITY_CHANGED has a severity"
                + System.lineSeparator());

    Files.writeString(events, "{\"events\": []}");
    assertThat(
            run(
                    "status",
                    "--case",
                    file("case.json"),
                    "--subscription",
                    file("subscription.json"),
                    "--events",
                    events.toString(),
                    "--at",
                    AT)
                .err())
        .isEqualTo(
            "events.json: (root):"
                + " {\"events\":[]} is not a list of events"
                + System.lineSeparator());
  }

  @Test
  void aBadLineOfTheBatchNamesFileLinePathAndValue() throws IOException {
    String good = Files.readAllLines(ROOT.resolve("examples/statuses.jsonl")).get(0);
    Path batch =
        write(
            "day.jsonl",
            String.join(
                "\n",
                good.replace("\"severity\": 1}", "\"severity\": 1, \"sevrity\": 2}"),
                good.replace("\"type\": \"CUSTOMER_RESPONDED\"", "\"type\": \"CUSTOMER_REPLIED\""),
                good.replace(
                    "\"at\": \"2026-03-10T16:00:00+09:00\"", "\"at\": \"2026-03-10 16:00\""),
                good.replace(
                    "\"at\": \"2026-03-10T16:00:00+09:00\"",
                    "\"at\": \"2026-03-05T16:00:00+09:00\""),
                good.replace(", \"severity\": 1}", "}"),
                good));
    Run r = run("status", "--batch", batch.toString());
    List<String> errors = r.out().lines().map(l -> json(l).path("error").asText()).toList();
    assertThat(errors)
        .containsExactly(
            "day.jsonl:1: events[3]: \"sevrity\" is not a field of an event; did you mean \"severity\"?",
            "day.jsonl:2: events[2].type: \"CUSTOMER_REPLIED\" is not an event type (OPENED, REOPENED,"
                + " SEVERITY_CHANGED, ESCALATED, WAITING_ON_CUSTOMER, WAITING_ON_VENDOR,"
                + " CUSTOMER_RESPONDED, AGENT_RESPONDED, RESOLVED, CLOSED)",
            "day.jsonl:3: at: \"2026-03-10 16:00\" is not a date-time with an offset"
                + " (2026-03-06T17:30:00+09:00)",
            "day.jsonl:4: case CASE-1 / subscription SUB-1: at: 2026-03-05T07:00:00Z is before the"
                + " case opened (2026-03-06T08:30:00Z)",
            "day.jsonl:5: events[3].severity: is missing (SEVERITY_CHANGED gives the new severity, 1..4)",
            "");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .contains(": 6 lines, 1 status, 5 error lines in ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no at| status: --at is required",
        "at without offset| status: --at \"2026-03-10T16:00:00\" is not an instant with an offset",
        "at out of range| status: --at \"2300-01-01T00:00:00Z\" is outside the supported range: local years 1900 to 2299",
        "at before opening| case.json, subscription.json: case CASE-1 / subscription SUB-1: at: 2026-03-06T03:00:00Z is before the case opened (2026-03-06T08:30:00Z)",
        "bad percents| status: --alarm-percents \"50,101\" is not a list of percents from 1 to 100 separated by commas (50,75,90,100)",
        "empty percent| status: --alarm-percents \"50,,75\" is not a list of percents from 1 to 100",
        "percent twice| status: --alarm-percents \"50,75,50\" gives 50 twice",
        "bad off hours| status: --off-hours \"later\" is not mark or next-opening",
        "batch and case| status: give either --batch FILE or --case FILE --subscription FILE [--events FILE] --at INSTANT",
        "batch and at| status: give either --batch FILE or --case FILE --subscription FILE [--events FILE] --at INSTANT",
        "nothing| status: give either --batch FILE or --case FILE --subscription FILE [--events FILE] --at INSTANT",
        "no subscription| status: --subscription is required",
        "threads alone| status: --threads and --allow-errors go with --batch",
        "bad threads| status: --threads \"0\" is not a whole number from 1 to 256",
        "missing events file| /nonexistent/events.json: no such file",
        "unknown option| status: unknown option \"--event\"",
      })
  void usageAndBadInputAreOneLineAndExitTwo(String kase, String message) {
    String c = file("case.json");
    String s = file("subscription.json");
    String[] args =
        switch (kase) {
          case "no at" -> new String[] {"status", "--case", c, "--subscription", s};
          case "at without offset" ->
              new String[] {
                "status", "--case", c, "--subscription", s, "--at", "2026-03-10T16:00:00"
              };
          case "at out of range" ->
              new String[] {
                "status", "--case", c, "--subscription", s, "--at", "2300-01-01T00:00:00Z"
              };
          case "at before opening" ->
              new String[] {
                "status", "--case", c, "--subscription", s, "--at", "2026-03-06T12:00:00+09:00"
              };
          case "bad percents" ->
              new String[] {
                "status", "--case", c, "--subscription", s, "--at", AT, "--alarm-percents", "50,101"
              };
          case "empty percent" ->
              new String[] {
                "status", "--case", c, "--subscription", s, "--at", AT, "--alarm-percents", "50,,75"
              };
          case "percent twice" ->
              new String[] {
                "status",
                "--case",
                c,
                "--subscription",
                s,
                "--at",
                AT,
                "--alarm-percents",
                "50,75,50"
              };
          case "bad off hours" ->
              new String[] {
                "status", "--case", c, "--subscription", s, "--at", AT, "--off-hours", "later"
              };
          case "batch and case" ->
              new String[] {"status", "--batch", file("statuses.jsonl"), "--case", c};
          case "batch and at" ->
              new String[] {"status", "--batch", file("statuses.jsonl"), "--at", AT};
          case "nothing" -> new String[] {"status"};
          case "no subscription" -> new String[] {"status", "--case", c, "--at", AT};
          case "threads alone" ->
              new String[] {
                "status", "--case", c, "--subscription", s, "--at", AT, "--threads", "2"
              };
          case "bad threads" ->
              new String[] {"status", "--batch", file("statuses.jsonl"), "--threads", "0"};
          case "missing events file" ->
              new String[] {
                "status",
                "--case",
                c,
                "--subscription",
                s,
                "--at",
                AT,
                "--events",
                "/nonexistent/events.json"
              };
          default ->
              new String[] {"status", "--case", c, "--subscription", s, "--at", AT, "--event", "x"};
        };
    Run r = run(args);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith(message)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void anEventsFileOverOneMebibyteIsRefusedWithOneMessage() throws IOException {
    Path events = write("events.json", "[" + " ".repeat(1 << 20) + "]");
    Run r =
        run(
            "status",
            "--case",
            file("case.json"),
            "--subscription",
            file("subscription.json"),
            "--events",
            events.toString(),
            "--at",
            AT);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            events
                + ": larger than 1 MiB (1,048,576 bytes), the most a"
                + " --events file may hold"
                + System.lineSeparator());
  }

  /** The fenced block of {@code lang} that follows {@code heading} in a Markdown file. */
  static String block(String markdown, String heading, String lang) {
    int at = markdown.indexOf(heading);
    assertThat(at).as("heading %s", heading).isNotNegative();
    Matcher m = Pattern.compile("(?s)```" + lang + "\n(.*?)\n```").matcher(markdown);
    assertThat(m.find(at)).as("a %s block after %s", lang, heading).isTrue();
    return m.group(1);
  }

  private static JsonNode withoutVersion(JsonNode status) {
    ObjectNode copy = status.deepCopy();
    copy.remove("rulesetVersion");
    return copy;
  }

  /** docs/JSON.md shows the example request as the examples' files and its status as computed. */
  @Test
  void theJsonContractShowsWhatTheCodeGives() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/JSON.md"));
    JsonNode request = json(block(doc, "## Status request", "json"));
    assertThat(request.get("case"))
        .isEqualTo(json(Files.readString(ROOT.resolve("examples/case.json"))));
    assertThat(request.get("subscription"))
        .isEqualTo(json(Files.readString(ROOT.resolve("examples/subscription.json"))));
    assertThat(request.get("events"))
        .isEqualTo(json(Files.readString(ROOT.resolve("examples/events.json"))));
    assertThat(request.get("at").asText()).isEqualTo(AT);

    SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    SlaJson.StatusRequest r = SlaJson.readStatusRequest(request.toString(), "JSON.md");
    JsonNode computed =
        json(
            SlaJson.writeLine(
                engine.status(r.supportCase(), r.subscription(), r.events(), r.at())));
    JsonNode shown = json(block(doc, "\n## Status\n", "json"));
    assertThat(shown.get("rulesetVersion").asText()).startsWith("sha256:");
    assertThat(withoutVersion(shown)).isEqualTo(withoutVersion(computed));
    assertThat(computed).isEqualTo(json(example().out()));
  }

  /**
   * The README shows, whole, what its status command prints (but for the ruleset version, the
   * hash of the rules' text).
   */
  @Test
  void theReadmeShowsWhatItsCommandPrints() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String heading = "### Case status over its life";
    String command = block(readme, heading, "sh");
    assertThat(command).startsWith("$H status ");
    String[] args =
        Arrays.stream(command.substring(3).trim().split("\\s+"))
            .map(a -> a.startsWith("examples/") ? ROOT.resolve(a).toString() : a)
            .toArray(String[]::new);
    Run r = run(args);
    assertThat(r.err()).isEmpty();
    assertThat(withoutVersion(json(block(readme, heading, "json"))))
        .isEqualTo(withoutVersion(json(r.out())));
  }
}
