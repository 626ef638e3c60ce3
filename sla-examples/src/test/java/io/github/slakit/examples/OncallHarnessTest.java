package io.github.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.examples.HarnessTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code oncall} and {@code escalate} as a user runs them, on the example files. */
class OncallHarnessTest {
  private static final String EXAMPLES = Path.of("..", "examples").toString();
  private static final String SUN = EXAMPLES + "/follow-the-sun.json";

  static String ex(String name) {
    return EXAMPLES + "/" + name;
  }

  static JsonNode json(Run r) throws Exception {
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void oncallAtAnInstantNamesThePersonAndTheLayer() throws Exception {
    // 15:30 CET on Wednesday 11 March = 14:30Z: New York (10:00-18:00 EDT = 14:00Z-22:00Z) has
    // jones in week 2, and as the later layer wins over Prague's svoboda.
    JsonNode j =
        json(HarnessTest.run("oncall", "--schedule", SUN, "--at", "2026-03-11T15:30:00+01:00"));
    assertThat(j.get("at").asText()).isEqualTo("2026-03-11T14:30:00Z");
    assertThat(j.get("person").asText()).isEqualTo("jones");
    assertThat(j.get("source").get("kind").asText()).isEqualTo("LAYER");
    assertThat(j.get("source").get("index").asInt()).isEqualTo(3);
    assertThat(j.get("source").get("name").asText()).isEqualTo("New York");
  }

  /** The README's on-call section shows the real output of its first command. */
  @Test
  void theReadmeShowsWhatOncallPrints() throws Exception {
    List<String> readme = java.nio.file.Files.readAllLines(Path.of("..", "README.md"));
    String command =
        "$H oncall --schedule examples/follow-the-sun.json --at 2026-03-11T15:30:00+01:00";
    int at = readme.indexOf(command);
    assertThat(at).as("the README's on-call command").isPositive();
    int open = readme.subList(at, readme.size()).indexOf("```json") + at;
    int close = readme.subList(open + 1, readme.size()).indexOf("```") + open + 1;
    String shown = String.join("\n", readme.subList(open + 1, close));
    Run r = HarnessTest.run("oncall", "--schedule", SUN, "--at", "2026-03-11T15:30:00+01:00");
    assertThat(r.out().strip().replace(System.lineSeparator(), "\n")).isEqualTo(shown);
  }

  @Test
  void oncallInAGapHasNoPerson() throws Exception {
    // Saturday 7 March: no layer works on weekends
    JsonNode j = json(HarnessTest.run("oncall", "--schedule", SUN, "--at", "2026-03-07T12:00:00Z"));
    assertThat(j.get("person").isNull()).isTrue();
    assertThat(j.get("source").isNull()).isTrue();
  }

  @Test
  void oncallOverDatesPrintsTheTimelineAndItsGaps() throws Exception {
    // Thursday 12 March, UTC dates (the schedule's zone): lee until 07:00Z (16:00 KST), svoboda
    // until New York opens at 14:00Z (10:00 EDT), jones until 22:00Z, nobody until Seoul opens
    // again at 23:00Z (08:00 KST Friday), lee.
    JsonNode j =
        json(
            HarnessTest.run(
                "oncall", "--schedule", SUN, "--from", "2026-03-12", "--to", "2026-03-13"));
    List<String> shifts = new ArrayList<>();
    j.get("shifts")
        .forEach(
            s ->
                shifts.add(
                    s.get("person").asText()
                        + " "
                        + s.get("start").asText()
                        + " "
                        + s.get("end").asText()));
    assertThat(shifts)
        .containsExactly(
            "lee 2026-03-12T00:00:00Z 2026-03-12T07:00:00Z",
            "svoboda 2026-03-12T07:00:00Z 2026-03-12T14:00:00Z",
            "jones 2026-03-12T14:00:00Z 2026-03-12T22:00:00Z",
            "lee 2026-03-12T23:00:00Z 2026-03-13T00:00:00Z");
    assertThat(j.get("gaps").toString())
        .isEqualTo("[{\"start\":\"2026-03-12T22:00:00Z\",\"end\":\"2026-03-12T23:00:00Z\"}]");
  }

  /**
   * CASE-7, Veeam SEVERE opened Tuesday 22 September 2026 16:00 KST: step 5 (VEEAM-10, phone the
   * distributor engineer and the Veeam Korea SE within an hour) is due 17:00 KST = 08:00Z.
   * partner-kr: office hours kim, lee, park daily from Monday 7 September 09:00 (22 September is
   * day 15: kim; 23 September lee), weekdays 09:00-18:00, over yoon/han weekly (week of 21
   * September: yoon). distributor-kr: jung/kang weekly from 7 September (jung, then kang from 28
   * September 09:00). The policy maps no schedule to VEEAM_KOREA_SE.
   *
   * <p>Pass 1: rule 1 at 08:00Z, kim and jung by APP and SMS; rule 2 at 08:15Z, the next on-call:
   * yoon (from 18:00 KST, when office hours end) and kang, by phone; rule 3 at 08:30Z, choi.
   * Pass 2 from 09:00Z (30 minutes after rule 3): rule 1 yoon and jung, rule 2 at 09:15Z lee
   * (Wednesday's office hours) and kang, rule 3 at 09:30Z choi. Acknowledged at 17:20 KST =
   * 08:20Z: the six notifications before it are sent, the eight from 08:30Z are cancelled.
   */
  @Test
  void escalateGivesWhoIsOnCallForEachRoleAndThePlanCutByTheAcknowledgement() throws Exception {
    JsonNode j =
        json(
            HarnessTest.run(
                "escalate",
                "--case",
                ex("veeam-case.json"),
                "--subscription",
                ex("veeam-subscription.json"),
                "--policy",
                ex("partner-policy.json"),
                "--schedule",
                ex("partner-kr.json"),
                "--schedule",
                ex("distributor-kr.json"),
                "--step",
                "5",
                "--acknowledged-at",
                "2026-09-22T17:20:00+09:00"));
    assertThat(j.get("acknowledgedAt").asText()).isEqualTo("2026-09-22T08:20:00Z");
    JsonNode step = j.get("steps").get(0);
    assertThat(step.get("step").asInt()).isEqualTo(5);
    assertThat(step.get("at").asText()).isEqualTo("2026-09-22T08:00:00Z");
    List<String> onCall = new ArrayList<>();
    step.get("onCall")
        .forEach(r -> onCall.add(r.get("role").asText() + "=" + r.get("person").asText()));
    assertThat(onCall)
        .containsExactly("PARTNER=kim", "DISTRIBUTOR_ENGINEER=jung", "VEEAM_KOREA_SE=null");
    JsonNode plan = step.get("plan");
    assertThat(rows(plan.get("notifications")))
        .containsExactly(
            "2026-09-22T08:00:00Z 1 1 kim APP", "2026-09-22T08:00:00Z 1 1 kim SMS",
            "2026-09-22T08:00:00Z 1 1 jung APP", "2026-09-22T08:00:00Z 1 1 jung SMS",
            "2026-09-22T08:15:00Z 1 2 yoon PHONE", "2026-09-22T08:15:00Z 1 2 kang PHONE");
    assertThat(rows(plan.get("cancelled")))
        .containsExactly(
            "2026-09-22T08:30:00Z 1 3 choi PHONE",
            "2026-09-22T09:00:00Z 2 1 yoon APP",
            "2026-09-22T09:00:00Z 2 1 yoon SMS",
            "2026-09-22T09:00:00Z 2 1 jung APP",
            "2026-09-22T09:00:00Z 2 1 jung SMS",
            "2026-09-22T09:15:00Z 2 2 lee PHONE",
            "2026-09-22T09:15:00Z 2 2 kang PHONE",
            "2026-09-22T09:30:00Z 2 3 choi PHONE");
    List<String> unreached = new ArrayList<>();
    plan.get("unreached")
        .forEach(
            u ->
                unreached.add(
                    u.get("at").asText()
                        + " "
                        + u.get("role").asText()
                        + " "
                        + u.get("reason").asText()));
    assertThat(unreached)
        .containsExactly(
            "2026-09-22T08:00:00Z VEEAM_KOREA_SE NO_SCHEDULE_FOR_ROLE",
            "2026-09-22T08:15:00Z VEEAM_KOREA_SE NO_SCHEDULE_FOR_ROLE");
  }

  @Test
  void escalateTakesACustomVendorsRules(@TempDir Path dir) throws Exception {
    // An acme rule with one step: call the partner 1 hour (calendar time) after the opening.
    Path drl = dir.resolve("acme.drl");
    Files.writeString(
        drl,
        Files.readString(Path.of(ex("acme.drl")), StandardCharsets.UTF_8)
            + "\nrule \"Call the partner after 1 hour\"\n    @clause(\"ACME-2\")\nwhen\n"
            + "    Severity( level == 2 )\nthen\n"
            + "    decision.step(1, \"Call the partner\", 0, TimeSpan.elapsedHours(1), \"PARTNER\");\n"
            + "end\n",
        StandardCharsets.UTF_8);
    Path supportCase = dir.resolve("case.json");
    Files.writeString(
        supportCase,
        "{\"id\": \"A-2\", \"vendor\": \"acme\", \"openedAt\": \"2026-09-22T16:00:00+09:00\"}",
        StandardCharsets.UTF_8);
    String[] args = {
      "escalate",
      "--case",
      supportCase.toString(),
      "--subscription",
      ex("acme-subscription.json"),
      "--policy",
      ex("partner-policy.json"),
      "--schedule",
      ex("partner-kr.json"),
      "--schedule",
      ex("distributor-kr.json"),
      "--rules",
      drl.toString()
    };
    JsonNode j = json(HarnessTest.run(args));
    JsonNode step = j.get("steps").get(0);
    // 16:00 KST + 1 hour = 17:00 KST = 08:00Z, on Tuesday 22 September: partner-kr's office
    // hours turn of that day is kim's (daily turns kim, lee, park from Monday 7 September: 15 days
    // later, 15 mod 3 = 0).
    assertThat(step.get("step").asInt()).isEqualTo(1);
    assertThat(step.get("at").asText()).isEqualTo("2026-09-22T08:00:00Z");
    assertThat(step.get("onCall").get(0).get("role").asText()).isEqualTo("PARTNER");
    assertThat(step.get("onCall").get(0).get("person").asText()).isEqualTo("kim");
    // Without --rules the vendor is unknown: one message, exit 2.
    Run without = HarnessTest.run(java.util.Arrays.copyOf(args, args.length - 2));
    assertThat(without.status()).isEqualTo(2);
    assertThat(without.err()).contains("acme");
  }

  @Test
  void escalateWithARoleFlagMapsAStepRoleToASchedule() throws Exception {
    // --role VEEAM_KOREA_SE=distributor-kr: the SE's role is answered by jung too, and the
    // person is notified once per channel in a rule (kim, jung at 08:00Z by APP and SMS)
    JsonNode j =
        json(
            HarnessTest.run(
                "escalate",
                "--case",
                ex("veeam-case.json"),
                "--subscription",
                ex("veeam-subscription.json"),
                "--policy",
                ex("partner-policy.json"),
                "--schedule",
                ex("partner-kr.json"),
                "--schedule",
                ex("distributor-kr.json"),
                "--role",
                "VEEAM_KOREA_SE=distributor-kr",
                "--step",
                "5"));
    JsonNode step = j.get("steps").get(0);
    assertThat(step.get("onCall").get(2).get("person").asText()).isEqualTo("jung");
    assertThat(step.get("plan").get("unreached")).isEmpty();
    assertThat(rows(step.get("plan").get("notifications")))
        .startsWith(
            "2026-09-22T08:00:00Z 1 1 kim APP",
            "2026-09-22T08:00:00Z 1 1 kim SMS",
            "2026-09-22T08:00:00Z 1 1 jung APP",
            "2026-09-22T08:00:00Z 1 1 jung SMS",
            "2026-09-22T08:15:00Z 1 2 yoon PHONE");
  }

  @Test
  void escalateWithoutAStepGivesEveryStep() throws Exception {
    // VEEAM-10 has six steps; steps 1-4 at the opening (07:00Z), 5 and 6 an hour later
    JsonNode j =
        json(
            HarnessTest.run(
                "escalate",
                "--case",
                ex("veeam-case.json"),
                "--subscription",
                ex("veeam-subscription.json"),
                "--policy",
                ex("partner-policy.json"),
                "--schedule",
                ex("partner-kr.json"),
                "--schedule",
                ex("distributor-kr.json")));
    List<String> steps = new ArrayList<>();
    j.get("steps")
        .forEach(s -> steps.add(s.get("step").asInt() + " " + s.get("plan").get("start").asText()));
    assertThat(steps)
        .containsExactly(
            "1 2026-09-22T07:00:00Z",
            "2 2026-09-22T07:00:00Z",
            "3 2026-09-22T07:00:00Z",
            "4 2026-09-22T07:00:00Z",
            "5 2026-09-22T08:00:00Z",
            "6 2026-09-22T08:00:00Z");
  }

  private static List<String> rows(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(
        n ->
            out.add(
                n.get("at").asText()
                    + " "
                    + n.get("pass").asInt()
                    + " "
                    + n.get("rule").asInt()
                    + " "
                    + n.get("person").asText()
                    + " "
                    + n.get("channel").asText()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "neither| oncall: give either --at INSTANT or --from WHEN --to WHEN",
        "both| oncall: give either --at INSTANT or --from WHEN --to WHEN",
        "bad at| oncall: --at \"tomorrow\" is not an instant with an offset",
        "backwards| oncall: --to \"2026-03-01\" is before --from \"2026-03-12\"",
        "too long| oncall: the range from \"2026-01-01\" to \"2027-06-01\" is longer than 366 days",
        "bad schedule| bad-schedule.json: layers[0].turn: \"weekly\" is not a turn",
        "no file| /nonexistent/s.json: no such file",
        "unknown schedule id| partner-policy.json: roles.PARTNER: \"partner-kr\" is not the id of a schedule given (distributor-kr)",
        "bad role| escalate: --role \"PARTNER\" is not ROLE=SCHEDULE",
        "role to nothing| escalate: --role \"PARTNER=nights\": no --schedule has the id \"nights\" (partner-kr, distributor-kr)",
        "no such step| escalate: --step 9: the decision has no such step (steps 1 to 6)",
        "same id twice| escalate: ../examples/partner-kr.json and ../examples/partner-kr.json both have the id \"partner-kr\"",
      })
  void badInputIsOneMessageWithExitTwo(String kase, String message) throws Exception {
    Path bad = java.nio.file.Files.createTempDirectory("oncall").resolve("bad-schedule.json");
    java.nio.file.Files.writeString(
        bad,
        "{\"id\": \"b\", \"zone\": \"UTC\", \"layers\": [{\"start\": "
            + "\"2026-03-02T09:00\", \"turn\": \"weekly\", \"participants\": [\"a\"]}]}");
    String[] esc = {
      "escalate",
      "--case",
      ex("veeam-case.json"),
      "--subscription",
      ex("veeam-subscription.json"),
      "--policy",
      ex("partner-policy.json")
    };
    String[] args =
        switch (kase) {
          case "neither" -> new String[] {"oncall", "--schedule", SUN};
          case "both" ->
              new String[] {
                "oncall", "--schedule", SUN, "--at", "2026-03-07T12:00:00Z", "--from", "2026-03-01"
              };
          case "bad at" -> new String[] {"oncall", "--schedule", SUN, "--at", "tomorrow"};
          case "backwards" ->
              new String[] {
                "oncall", "--schedule", SUN, "--from", "2026-03-12", "--to", "2026-03-01"
              };
          case "too long" ->
              new String[] {
                "oncall", "--schedule", SUN, "--from", "2026-01-01", "--to", "2027-06-01"
              };
          case "bad schedule" ->
              new String[] {"oncall", "--schedule", bad.toString(), "--at", "2026-03-07T12:00:00Z"};
          case "no file" ->
              new String[] {
                "oncall", "--schedule", "/nonexistent/s.json", "--at", "2026-03-07T12:00:00Z"
              };
          case "unknown schedule id" -> concat(esc, "--schedule", ex("distributor-kr.json"));
          case "bad role" ->
              concat(
                  esc,
                  "--schedule",
                  ex("partner-kr.json"),
                  "--schedule",
                  ex("distributor-kr.json"),
                  "--role",
                  "PARTNER");
          case "role to nothing" ->
              concat(
                  esc,
                  "--schedule",
                  ex("partner-kr.json"),
                  "--schedule",
                  ex("distributor-kr.json"),
                  "--role",
                  "PARTNER=nights");
          case "no such step" ->
              concat(
                  esc,
                  "--schedule",
                  ex("partner-kr.json"),
                  "--schedule",
                  ex("distributor-kr.json"),
                  "--step",
                  "9");
          default ->
              concat(esc, "--schedule", ex("partner-kr.json"), "--schedule", ex("partner-kr.json"));
        };
    Run r = HarnessTest.run(args);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith(message.strip())
        .doesNotContain("Exception");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
