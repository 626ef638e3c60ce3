package io.github.slakit.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.calendars.TimeWindow;
import io.github.slakit.core.SlaInputException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedule and policy JSON (docs/JSON.md, "On-call"): what is read, and every refusal. */
class OncallJsonTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void theFollowTheSunExampleReadsAsWritten() {
    Schedule s = OncallJson.readSchedule(EXAMPLES.resolve("follow-the-sun.json"));
    assertThat(s.id()).isEqualTo("follow-the-sun");
    assertThat(s.zone()).isEqualTo(ZoneId.of("UTC"));
    Layer seoul = s.layers().get(0);
    assertThat(seoul.name()).contains("Seoul");
    assertThat(seoul.zone()).contains(ZoneId.of("Asia/Seoul"));
    assertThat(seoul.start()).isEqualTo(LocalDateTime.parse("2026-03-02T08:00"));
    assertThat(seoul.turn()).isEqualTo(Duration.ofDays(7));
    assertThat(seoul.participants()).containsExactly("kim", "lee");
    assertThat(seoul.restrictions())
        .containsExactly(
            Restriction.on(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                TimeWindow.parse("08:00-16:00")));
    assertThat(s.overrides())
        .containsExactly(
            new ScheduleOverride(
                "park",
                java.time.Instant.parse("2026-03-11T22:00:00Z"),
                java.time.Instant.parse("2026-03-11T23:00:00Z")));
  }

  @Test
  void thePartnerPolicyReadsAsWritten() {
    EscalationPolicy p = OncallJson.readPolicy(EXAMPLES.resolve("partner-policy.json"));
    assertThat(p.id()).isEqualTo("partner-escalation");
    assertThat(p.loops()).isEqualTo(1);
    assertThat(p.rules())
        .containsExactly(
            new EscalationRule(
                List.of(Target.stepRoles(Target.Pick.CURRENT)),
                List.of(Channel.APP, Channel.SMS),
                15),
            new EscalationRule(
                List.of(Target.stepRoles(Target.Pick.NEXT)), List.of(Channel.PHONE), 15),
            new EscalationRule(List.of(Target.person("choi")), List.of(Channel.PHONE), 30));
    assertThat(p.roles())
        .containsExactly(
            Map.entry("PARTNER", "partner-kr"),
            Map.entry("DISTRIBUTOR_ENGINEER", "distributor-kr"));
  }

  @Test
  void turnsAreIsoDurationsOfWholeMinutesInWallClockTime() {
    for (String[] t :
        new String[][] {
          {"PT12H", "PT12H"},
          {"P1D", "PT24H"},
          {"P2W", "PT336H"},
          {"P2DT12H", "PT60H"},
          {"PT90M", "PT1H30M"}
        }) {
      Schedule s = OncallJson.readSchedule(schedule("\"turn\": \"" + t[0] + "\""), "s.json");
      assertThat(s.layers().get(0).turn()).as(t[0]).isEqualTo(Duration.parse(t[1]));
    }
  }

  private static String schedule(String layerField) {
    return "{\"id\": \"s\", \"zone\": \"Europe/Paris\", \"layers\": [{\"start\": \"2026-03-02T09:00\","
        + " \"participants\": [\"a\"], "
        + layerField
        + "}]}";
  }

  private static String layer(String fields) {
    return "{\"id\": \"s\", \"zone\": \"Europe/Paris\", \"layers\": [{" + fields + "}]}";
  }

  private static final String OK_LAYER =
      "\"start\": \"2026-03-02T09:00\", \"turn\": \"P1D\", " + "\"participants\": [\"a\"]";

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\": \"s\", \"zone\": \"Europe/Paris\", \"layers\": [], \"overides\": []}"
            + "| s.json: \"overides\" is not a field of a schedule; did you mean \"overrides\"?",
        "{\"id\": \"s\", \"zone\": \"Europe/Pari\", \"layers\": []}"
            + "| s.json: zone: \"Europe/Pari\" is not a time zone (an IANA id such as \"Asia/Seoul\")",
        "{\"id\": \"s\", \"zone\": \"UTC\"}| s.json: layers: is missing (required)",
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [{\"start\": \"2026-03-02T09:00\", \"turn\": \"1 week\", \"participants\": [\"a\"]}]}"
            + "| s.json: layers[0].turn: \"1 week\" is not a turn (an ISO-8601 duration of whole minutes, more than zero: PT12H, P1D, P1W, P2DT12H)",
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [{\"start\": \"2026-03-02T09:00\", \"turn\": \"PT30S\", \"participants\": [\"a\"]}]}"
            + "| s.json: layers[0].turn: \"PT30S\" is not a turn (an ISO-8601 duration of whole minutes, more than zero: PT12H, P1D, P1W, P2DT12H)",
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [{\"start\": \"2026-03-02T09:00+01:00\", \"turn\": \"P1D\", \"participants\": [\"a\"]}]}"
            + "| s.json: layers[0].start: \"2026-03-02T09:00+01:00\" is not a local date-time without an offset (2026-03-02T09:00: the layer's zone gives the offset)",
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [{\"start\": \"2026-03-02T09:00\", \"turn\": \"P1D\", \"participants\": []}]}"
            + "| s.json: layers[0].participants: is empty: a layer needs at least one participant",
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [{\"start\": \"2026-03-02T09:00\", \"turn\": \"P1D\", \"participants\": [\"a\"], \"restrictions\": [{\"days\": [\"MON\", \"Tue\"], \"window\": \"09:00-17:00\"}]}]}"
            + "| s.json: layers[0].restrictions[0].days[1]: \"Tue\" is not a day of the week (MON, TUE, WED, THU, FRI, SAT, SUN)",
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [{\"start\": \"2026-03-02T09:00\", \"turn\": \"P1D\", \"participants\": [\"a\"], \"restrictions\": [{\"window\": \"9-17\"}]}]}"
            + "| s.json: layers[0].restrictions[0].window: \"9-17\" is not a time window (09:00-17:00; 22:00-06:00 crosses midnight)",
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [], \"overrides\": [{\"person\": \"p\", \"start\": \"2026-03-02T10:00:00Z\", \"end\": \"2026-03-02T09:00:00Z\"}]}"
            + "| s.json: overrides[0].end: \"2026-03-02T09:00:00Z\" is not after start (\"2026-03-02T10:00:00Z\")",
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [], \"overrides\": [{\"person\": \"p\", \"start\": \"2026-03-02T10:00\", \"end\": \"2026-03-02T11:00:00Z\"}]}"
            + "| s.json: overrides[0].start: \"2026-03-02T10:00\" is not a date-time with an offset (2026-03-06T17:30:00+09:00)",
        "{\"id\": \"s\", \"zone\": \"UTC\", \"layers\": [], \"overrides\": [{\"person\": \"p\", \"start\": \"2400-03-02T10:00:00Z\", \"end\": \"2400-03-02T11:00:00Z\"}]}"
            + "| s.json: overrides[0].start: \"2400-03-02T10:00:00Z\" is outside the supported years 1900..2299",
        "{\"id\": \"s\", \"id\": \"t\"}| s.json: line 1, column 17: malformed JSON: the key \"id\" is given twice",
      })
  void aScheduleThatIsWrongIsRefusedWithItsPathAndValue(String json, String message) {
    assertThatThrownBy(() -> OncallJson.readSchedule(json, "s.json"))
        .isInstanceOf(SlaInputException.class)
        .hasMessage(message.strip());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\": \"p\", \"rules\": []}| p.json: rules: is empty: a policy needs at least one rule",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"PERSON\", \"id\": \"a\"}]}]}"
            + "| p.json: rules[0].delayMinutes: is missing (required)",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"USER\", \"id\": \"a\"}], \"delayMinutes\": 5}]}"
            + "| p.json: rules[0].targets[0].type: \"USER\" is not a target type (PERSON, SCHEDULE, STEP_ROLES)",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"PERSON\", \"id\": \"a\"}], \"delayMinutes\": 5, \"channels\": [\"PAGER\"]}]}"
            + "| p.json: rules[0].channels[0]: \"PAGER\" is not a channel (APP, SMS, PHONE, EMAIL, DEFAULT)",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"PERSON\", \"id\": \"a\"}], \"delayMinutes\": 5, \"channels\": [\"SMS\", \"SMS\"]}]}"
            + "| p.json: rules[0].channels: names a channel twice",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"PERSON\", \"id\": \"a\"}], \"delayMinutes\": 5, \"channels\": [\"SMS\", \"DEFAULT\"]}]}"
            + "| p.json: rules[0].channels: DEFAULT (the person's own preferences) stands alone",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"PERSON\", \"id\": \"a\", \"onCall\": \"NEXT\"}], \"delayMinutes\": 5}]}"
            + "| p.json: rules[0].targets[0].onCall: \"NEXT\" is for a schedule or the step's roles, not a PERSON",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"SCHEDULE\"}], \"delayMinutes\": 5}]}"
            + "| p.json: rules[0].targets[0].id: is missing (required: the schedule's id)",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"PERSON\", \"id\": \"a\"}], \"delayMinutes\": -1}]}"
            + "| p.json: rules[0].delayMinutes: -1 is not a whole number from 0 to 527040",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"PERSON\", \"id\": \"a\"}], \"delayMinutes\": 5}], \"loops\": 10}"
            + "| p.json: loops: 10 is not a whole number from 0 to 9",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"PERSON\", \"id\": \"a\"}], \"delay\": 5}]}"
            + "| p.json: rules[0]: \"delay\" is not a field of a rule (targets, channels, delayMinutes)",
        "{\"id\": \"p\", \"rules\": [{\"targets\": [{\"type\": \"PERSON\", \"id\": \"a\"}], \"delayMinutes\": 5}], \"roles\": {\"PARTNER\": 3}}"
            + "| p.json: roles.PARTNER: 3 is not a string",
      })
  void aPolicyThatIsWrongIsRefusedWithItsPathAndValue(String json, String message) {
    assertThatThrownBy(() -> OncallJson.readPolicy(json, "p.json"))
        .isInstanceOf(SlaInputException.class)
        .hasMessage(message.strip());
  }

  @Test
  void aValueHoldingALineBreakStaysOnOneLine() {
    assertThatThrownBy(
            () -> OncallJson.readSchedule(layer(OK_LAYER.replace("P1D", "P1\\nD")), "s.json"))
        .hasMessage(
            "s.json: layers[0].turn: \"P1\\nD\" is not a turn (an ISO-8601 duration of whole "
                + "minutes, more than zero: PT12H, P1D, P1W, P2DT12H)");
  }

  @Test
  void aMissingFileIsOneMessageNamingIt() {
    assertThatThrownBy(() -> OncallJson.readSchedule(Path.of("no-such-schedule.json")))
        .isInstanceOf(SlaInputException.class)
        .hasMessage("no-such-schedule.json: no such file");
  }
}
