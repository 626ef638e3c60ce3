package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.CaseState;
import io.github.slakit.core.CaseStatus.MetricStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status request and events readers, and the status writer, of the JSON contract. */
class StatusJsonTest {
  static final String CASE =
      "{\"id\": \"C-1\", \"vendor\": \"test\","
          + " \"openedAt\": \"2026-03-05T16:00:00+09:00\", \"severity\": 2}";
  static final String SUBSCRIPTION =
      "{\"id\": \"S-1\", \"vendor\": \"test\", \"level\": \"ANY\","
          + " \"location\": {\"country\": \"KR\", \"zone\": \"Asia/Seoul\"}, \"calendar\": \"office\"}";

  static String request(String events, String at) {
    return "{\"case\": "
        + CASE
        + ", \"subscription\": "
        + SUBSCRIPTION
        + (events == null ? "" : ", \"events\": " + events)
        + ", \"at\": "
        + at
        + "}";
  }

  @Test
  void readsARequestWithEveryKindOfEvent() {
    String events =
        """
        [{"type": "OPENED", "at": "2026-03-05T16:00:00+09:00"},
         {"type": "AGENT_RESPONDED", "at": "2026-03-05T17:00:00+09:00"},
         {"type": "WAITING_ON_CUSTOMER", "at": "2026-03-05T08:00:00Z", "severity": null},
         {"type": "SEVERITY_CHANGED", "at": "2026-03-06T10:30:00+09:00", "severity": 1},
         {"type": "CUSTOMER_RESPONDED", "at": "2026-03-06T10:00:00+09:00"},
         {"type": "WAITING_ON_VENDOR", "at": "2026-03-06T11:00:00+09:00"},
         {"type": "ESCALATED", "at": "2026-03-06T11:00:00+09:00"},
         {"type": "RESOLVED", "at": "2026-03-06T12:00:00+09:00"},
         {"type": "REOPENED", "at": "2026-03-06T13:00:00+09:00"},
         {"type": "CLOSED", "at": "2026-03-06T14:00:00+09:00"}]""";
    SlaJson.StatusRequest r =
        SlaJson.readStatusRequest(request(events, "\"2026-03-06T15:00:00+09:00\""), "line 1");
    assertThat(r.supportCase().id()).isEqualTo("C-1");
    assertThat(r.subscription().calendarId()).contains("office");
    assertThat(r.at()).isEqualTo(Instant.parse("2026-03-06T06:00:00Z"));
    // in the order given, each instant read with its offset; an explicit null is no severity
    assertThat(r.events())
        .containsExactly(
            CaseEvent.of(Type.OPENED, Instant.parse("2026-03-05T07:00:00Z")),
            CaseEvent.of(Type.AGENT_RESPONDED, Instant.parse("2026-03-05T08:00:00Z")),
            CaseEvent.of(Type.WAITING_ON_CUSTOMER, Instant.parse("2026-03-05T08:00:00Z")),
            CaseEvent.severityChanged(Instant.parse("2026-03-06T01:30:00Z"), 1),
            CaseEvent.of(Type.CUSTOMER_RESPONDED, Instant.parse("2026-03-06T01:00:00Z")),
            CaseEvent.of(Type.WAITING_ON_VENDOR, Instant.parse("2026-03-06T02:00:00Z")),
            CaseEvent.of(Type.ESCALATED, Instant.parse("2026-03-06T02:00:00Z")),
            CaseEvent.of(Type.RESOLVED, Instant.parse("2026-03-06T03:00:00Z")),
            CaseEvent.of(Type.REOPENED, Instant.parse("2026-03-06T04:00:00Z")),
            CaseEvent.of(Type.CLOSED, Instant.parse("2026-03-06T05:00:00Z")));
  }

  @Test
  void eventsMayBeAbsentNullOrEmpty() {
    String at = "\"2026-03-06T15:00:00+09:00\"";
    assertThat(SlaJson.readStatusRequest(request(null, at), "").events()).isEmpty();
    assertThat(SlaJson.readStatusRequest(request("null", at), "").events()).isEmpty();
    assertThat(SlaJson.readStatusRequest(request("[]", at), "").events()).isEmpty();
  }

  /** Each row: the events (or the whole line), and the one message it must give. */
  @Test
  void badRequestsNameSourcePathAndValue() {
    String at = "\"2026-03-06T15:00:00+09:00\"";
    String[][] rows = {
      {
        "[{\"type\": \"AGENT_RESPONDED\", \"at\": \"2026-03-05T17:00:00+09:00\"},"
            + " {\"type\": \"RESOLVED\", \"at\": \"2026-03-06T12:00:00+09:00\"},"
            + " {\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-03-06T10:00:00+09:00\", \"severity\": 7}]",
        "s.jsonl:3: events[2].severity: 7 is not a severity (1..4)"
      },
      {
        "[{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-03-06T10:00:00+09:00\"}]",
        "s.jsonl:3: events[0].severity: is missing (SEVERITY_CHANGED gives the new severity, 1..4)"
      },
      {
        "[{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-03-06T10:00:00+09:00\", \"severity\": \"1\"}]",
        "s.jsonl:3: events[0].severity: \"1\" is not a severity (1..4)"
      },
      {
        "[{\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-03-06T10:00:00+09:00\", \"severity\": 1.5}]",
        "s.jsonl:3: events[0].severity: 1.5 is not a severity (1..4)"
      },
      {
        "[{\"type\": \"WAITING_ON_CUSTOMER\", \"at\": \"2026-03-06T10:00:00+09:00\", \"severity\": 2}]",
        "s.jsonl:3: events[0].severity: 2 does not go with WAITING_ON_CUSTOMER:"
            + " only SEVERITY_CHANGED has a severity"
      },
      {
        "[{\"type\": \"WAITING\", \"at\": \"2026-03-06T10:00:00+09:00\"}]",
        "s.jsonl:3: events[0].type: \"WAITING\" is not an event type (OPENED, REOPENED,"
            + " SEVERITY_CHANGED, ESCALATED, WAITING_ON_CUSTOMER, WAITING_ON_VENDOR,"
            + " CUSTOMER_RESPONDED, AGENT_RESPONDED, RESOLVED, CLOSED)"
      },
      {
        "[{\"type\": \"resolved\", \"at\": \"2026-03-06T10:00:00+09:00\"}]",
        "s.jsonl:3: events[0].type: \"resolved\" is not an event type (OPENED, REOPENED,"
            + " SEVERITY_CHANGED, ESCALATED, WAITING_ON_CUSTOMER, WAITING_ON_VENDOR,"
            + " CUSTOMER_RESPONDED, AGENT_RESPONDED, RESOLVED, CLOSED)"
      },
      {
        "[{\"at\": \"2026-03-06T10:00:00+09:00\"}]",
        "s.jsonl:3: events[0].type: is missing (required)"
      },
      {"[{\"type\": \"RESOLVED\"}]", "s.jsonl:3: events[0].at: is missing (required)"},
      {
        "[{\"type\": \"RESOLVED\", \"at\": \"2026-03-06 10:00\"}]",
        "s.jsonl:3: events[0].at: \"2026-03-06 10:00\" is not a date-time with an offset"
            + " (2026-03-06T17:30:00+09:00)"
      },
      {
        "[{\"type\": \"RESOLVED\", \"at\": \"2026-03-06T10:00:00\"}]",
        "s.jsonl:3: events[0].at: \"2026-03-06T10:00:00\" is not a date-time with an offset"
            + " (2026-03-06T17:30:00+09:00)"
      },
      {
        "[{\"type\": \"RESOLVED\", \"at\": \"+999999999-12-31T23:59:59-18:00\"}]",
        "s.jsonl:3: events[0].at: \"+999999999-12-31T23:59:59-18:00\" is outside the supported"
            + " years 1900..2299"
      },
      {
        "[{\"type\": \"RESOLVED\", \"at\": \"2299-12-31T23:00:00-05:00\"}]",
        "s.jsonl:3: events[0].at: \"2299-12-31T23:00:00-05:00\" is outside the supported"
            + " years 1900..2299"
      },
      {
        "[{\"type\": \"RESOLVED\", \"at\": \"2026-03-06T10:00:00+09:00\", \"sevrity\": 1}]",
        "s.jsonl:3: events[0]: \"sevrity\" is not a field of an event; did you mean \"severity\"?"
      },
      {
        "[{\"type\": \"RESOLVED\", \"at\": \"2026-03-06T10:00:00+09:00\", \"note\": \"x\"}]",
        "s.jsonl:3: events[0]: \"note\" is not a field of an event (type, at, severity)"
      },
      {"[\"RESOLVED\"]", "s.jsonl:3: events[0]: \"RESOLVED\" is not an object"},
      {
        "{\"type\": \"RESOLVED\"}",
        "s.jsonl:3: events: {\"type\":\"RESOLVED\"} is not a list of events"
      },
    };
    for (String[] row : rows) {
      assertThatThrownBy(() -> SlaJson.readStatusRequest(request(row[0], at), "s.jsonl:3"))
          .as(row[0])
          .isInstanceOf(SlaInputException.class)
          .hasMessage(row[1]);
    }
  }

  @Test
  void theMomentIsRequiredAndCheckedLikeAnInstantOfTheCase() {
    assertThatThrownBy(
            () ->
                SlaJson.readStatusRequest(
                    "{\"case\": " + CASE + ", \"subscription\": " + SUBSCRIPTION + "}", "r.json"))
        .hasMessage("r.json: at: is missing (required)");
    assertThatThrownBy(() -> SlaJson.readStatusRequest(request("[]", "\"tomorrow\""), "r.json"))
        .hasMessage(
            "r.json: at: \"tomorrow\" is not a date-time with an offset"
                + " (2026-03-06T17:30:00+09:00)");
    assertThatThrownBy(() -> SlaJson.readStatusRequest(request("[]", "1772780400"), "r.json"))
        .hasMessage(
            "r.json: at: 1772780400 is not a date-time with an offset"
                + " (2026-03-06T17:30:00+09:00)");
    assertThatThrownBy(
            () -> SlaJson.readStatusRequest(request("[]", "\"1899-12-31T23:59:59Z\""), "r.json"))
        .hasMessage(
            "r.json: at: \"1899-12-31T23:59:59Z\" is outside the supported years" + " 1900..2299");
    // a typo in a field of the request is refused with the nearest name
    assertThatThrownBy(
            () ->
                SlaJson.readStatusRequest(
                    request("[]", "\"2026-03-06T15:00:00Z\"").replace("\"events\"", "\"evnts\""),
                    "r.json"))
        .hasMessage(
            "r.json: \"evnts\" is not a field of a status request; did you mean \"events\"?");
    // the parts keep their own paths
    assertThatThrownBy(
            () ->
                SlaJson.readStatusRequest(
                    request("[]", "\"2026-03-06T15:00:00Z\"")
                        .replace("\"severity\": 2", "\"severity\": 9"),
                    "r.json"))
        .hasMessage("r.json: case.severity: 9 is not a severity (1..4)");
    assertThatThrownBy(() -> SlaJson.readStatusRequest("[]", "r.json"))
        .hasMessage("r.json: (root): [] is not an object");
  }

  @Test
  void anEventsFileIsAnArrayAndItsErrorsNameTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("events.json");
    Files.writeString(
        file,
        """
        [ {"type": "AGENT_RESPONDED", "at": "2026-03-05T17:00:00+09:00"},
          {"type": "SEVERITY_CHANGED", "at": "2026-03-06T10:30:00+09:00", "severity": 1} ]""");
    assertThat(SlaJson.readEvents(file))
        .containsExactly(
            CaseEvent.of(Type.AGENT_RESPONDED, Instant.parse("2026-03-05T08:00:00Z")),
            CaseEvent.severityChanged(Instant.parse("2026-03-06T01:30:00Z"), 1));
    Files.writeString(
        file,
        "[{\"type\": \"RESOLVED\", \"at\": \"2026-03-06T12:00:00+09:00\"},"
            + " {\"type\": \"SEVERITY_CHANGED\", \"at\": \"2026-03-06T10:30:00+09:00\", \"severity\": 0}]");
    assertThatThrownBy(() -> SlaJson.readEvents(file))
        .isInstanceOf(SlaInputException.class)
        .hasMessage("events.json: [1].severity: 0 is not a severity (1..4)");
    Files.writeString(file, "{\"events\": []}");
    assertThatThrownBy(() -> SlaJson.readEvents(file))
        .hasMessage("events.json: (root): {\"events\":[]} is not a list of events");
    assertThatThrownBy(() -> SlaJson.readEvents("", "events.json"))
        .hasMessage("events.json: no JSON value (empty input)");
    assertThatThrownBy(() -> SlaJson.readEvents("[] []", "events.json"))
        .hasMessageStartingWith("events.json: line 1, column ")
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> SlaJson.readEvents(dir.resolve("none.json")))
        .hasMessage("none.json: no such file");
    assertThat(SlaJson.readEvents("[]", "")).isEmpty();
  }

  /** A status built by hand: every key in the contract's order, and null where one is absent. */
  @Test
  void writesEveryKeyInOrderWithNullsWhereAbsent() {
    Instant t0 = Instant.parse("2026-03-05T07:00:00Z");
    MetricStatus met =
        new MetricStatus(
            Metrics.INITIAL_RESPONSE,
            1,
            MetricState.MET,
            Optional.of(TimeSpan.businessHours(4)),
            ClockKind.BUSINESS_HOURS,
            Optional.of("office"),
            t0,
            Duration.ofHours(1),
            Duration.ZERO,
            Optional.of(Duration.ofHours(3)),
            Optional.of(25),
            Optional.of(Instant.parse("2026-03-06T02:00:00Z")),
            Optional.of(Instant.parse("2026-03-05T08:00:00Z")),
            Optional.of(Instant.parse("2026-03-05T08:00:00Z")),
            Optional.empty());
    MetricStatus breached =
        new MetricStatus(
            Metrics.NEXT_RESPONSE,
            2,
            MetricState.BREACHED,
            Optional.of(TimeSpan.elapsedMinutes(90)),
            ClockKind.ELAPSED,
            Optional.empty(),
            t0,
            Duration.ofMinutes(120),
            Duration.ofMinutes(15),
            Optional.of(Duration.ofMinutes(-30)),
            Optional.of(133),
            Optional.of(Instant.parse("2026-03-05T08:30:00Z")),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Instant.parse("2026-03-05T08:30:00Z")));
    MetricStatus noTarget =
        new MetricStatus(
            Metrics.RESOLUTION,
            1,
            MetricState.STOPPED,
            Optional.empty(),
            ClockKind.BUSINESS_DAYS,
            Optional.of("KR"),
            t0,
            Duration.ofHours(2),
            Duration.ZERO,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    CaseStatus s =
        new CaseStatus(
            "C-1",
            "S-1",
            "test",
            "sha256:00",
            Instant.parse("2026-03-05T09:00:00Z"),
            CaseState.OPEN,
            new Severity(2, "S2"),
            Optional.of(2),
            List.of(),
            List.of(met, breached, noTarget),
            List.of(
                new Alarm(
                    Metrics.INITIAL_RESPONSE,
                    1,
                    50,
                    Instant.parse("2026-03-06T00:00:00Z"),
                    true,
                    Optional.of(Instant.parse("2026-03-05T10:00:00Z")))),
            List.of(new Notice("EVENT_IGNORED", "REOPENED does not apply", "LIFE-1")),
            List.of(new Decision.TraceEntry("Severity as requested", "TEST-1")));
    assertThat(SlaJson.writeLine(s))
        .isEqualTo(
            "{\"caseId\":\"C-1\",\"subscriptionId\":\"S-1\","
                + "\"vendor\":\"test\",\"rulesetVersion\":\"sha256:00\",\"at\":\"2026-03-05T09:00:00Z\","
                + "\"caseState\":\"OPEN\",\"severity\":{\"level\":2,\"name\":\"S2\",\"requested\":2},"
                + "\"notCovered\":[],"
                + "\"metrics\":["
                + "{\"metric\":\"INITIAL_RESPONSE\",\"cycle\":1,\"state\":\"MET\","
                + "\"target\":{\"businessHours\":\"PT4H\",\"calendar\":\"office\"},"
                + "\"clock\":\"business-hours\",\"calendar\":\"office\",\"startedAt\":\"2026-03-05T07:00:00Z\","
                + "\"elapsed\":\"PT1H\",\"paused\":\"PT0S\",\"remaining\":\"PT3H\",\"percentUsed\":25,"
                + "\"deadline\":\"2026-03-06T02:00:00Z\",\"stoppedAt\":\"2026-03-05T08:00:00Z\","
                + "\"metAt\":\"2026-03-05T08:00:00Z\",\"breachedAt\":null},"
                + "{\"metric\":\"NEXT_RESPONSE\",\"cycle\":2,\"state\":\"BREACHED\","
                + "\"target\":{\"elapsed\":\"PT1H30M\"},\"clock\":\"24x7\",\"calendar\":null,"
                + "\"startedAt\":\"2026-03-05T07:00:00Z\",\"elapsed\":\"PT2H\",\"paused\":\"PT15M\","
                + "\"remaining\":\"PT-30M\",\"percentUsed\":133,\"deadline\":\"2026-03-05T08:30:00Z\","
                + "\"stoppedAt\":null,\"metAt\":null,\"breachedAt\":\"2026-03-05T08:30:00Z\"},"
                + "{\"metric\":\"RESOLUTION\",\"cycle\":1,\"state\":\"STOPPED\",\"target\":null,"
                + "\"clock\":\"business-days\",\"calendar\":\"KR\",\"startedAt\":\"2026-03-05T07:00:00Z\","
                + "\"elapsed\":\"PT2H\",\"paused\":\"PT0S\",\"remaining\":null,\"percentUsed\":null,"
                + "\"deadline\":null,\"stoppedAt\":null,\"metAt\":null,\"breachedAt\":null}],"
                + "\"alarms\":[{\"metric\":\"INITIAL_RESPONSE\",\"cycle\":1,\"percent\":50,"
                + "\"at\":\"2026-03-06T00:00:00Z\",\"inBusinessHours\":true,"
                + "\"dueAt\":\"2026-03-05T10:00:00Z\"}],"
                + "\"warnings\":[{\"code\":\"EVENT_IGNORED\",\"message\":\"REOPENED does not apply\","
                + "\"clause\":\"LIFE-1\"}],"
                + "\"trace\":[{\"rule\":\"Severity as requested\",\"clause\":\"TEST-1\"}]}");
    assertThat(SlaJson.write(s))
        .startsWith("{\n  \"caseId\" : \"C-1\",")
        .contains("\n  \"metrics\" : [ {\n");
  }

  /**
   * A status the engine computes, read back from its JSON. The test ruleset gives 4 business hours
   * for severity 2 on "office" (Mon-Fri 09:00-18:00 KST, no holidays). Worked out by hand:
   *
   * <ul>
   *   <li>opened Thu 5 March 16:00 KST (07:00Z); the agent answers at 17:00 KST: INITIAL_RESPONSE
   *       MET with 1 h of 4 used (25 %), its deadline 4 business hours from the opening: 2 h on
   *       Thursday and 2 h on Friday, Fri 11:00 KST (02:00Z) (LIFE-4, LIFE-5);
   *   <li>the customer answers Fri 10:00 KST: NEXT_RESPONSE cycle 1 starts then (after the first
   *       agent response), due 4 business hours later, Fri 14:00 KST (05:00Z);
   *   <li>at Fri 11:00 KST it is RUNNING with 1 h used, 3 h remaining (25 %); its alarms are at 50,
   *       75, 90 and 100 % of 4 h: 12:00, 13:00, 13:36 and 14:00 KST, all in business hours
   *       (LIFE-7);
   *   <li>at Fri 15:00 KST it is BREACHED at its deadline: 5 h used, -1 h remaining, 125 %, and no
   *       alarm is left;
   *   <li>RESOLUTION has no target (STOPPED, LIFE-4, LIFE-5) and counts on the response target's
   *       clock: Thu 16:00-18:00 and Fri 09:00-11:00, 4 h at 11:00.
   * </ul>
   */
  @Test
  void aComputedStatusReadsBackAsWorkedOutByHand() throws Exception {
    SlaEngine engine =
        SlaEngine.builder()
            .ruleset(new TestRuleset(s -> TimeSpan.businessHours(4)))
            .calendar(TestRuleset.officeHours())
            .build();
    String events =
        "[{\"type\": \"CUSTOMER_RESPONDED\", \"at\": \"2026-03-06T10:00:00+09:00\"},"
            + " {\"type\": \"AGENT_RESPONDED\", \"at\": \"2026-03-05T17:00:00+09:00\"}]";
    SlaJson.StatusRequest r =
        SlaJson.readStatusRequest(request(events, "\"2026-03-06T11:00:00+09:00\""), "");
    JsonNode s =
        JsonInput.MAPPER.readTree(
            SlaJson.writeLine(
                engine.status(r.supportCase(), r.subscription(), r.events(), r.at())));
    assertThat(s.get("at").asText()).isEqualTo("2026-03-06T02:00:00Z");
    assertThat(s.get("caseState").asText()).isEqualTo("OPEN");
    assertThat(s.get("severity").toString())
        .isEqualTo("{\"level\":2,\"name\":\"S2\",\"requested\":2}");
    assertThat(s.get("metrics").findValuesAsText("metric"))
        .containsExactly("INITIAL_RESPONSE", "NEXT_RESPONSE", "RESOLUTION");

    JsonNode first = s.at("/metrics/0");
    assertThat(first.get("state").asText()).isEqualTo("MET");
    assertThat(first.get("target").toString())
        .isEqualTo("{\"businessHours\":\"PT4H\",\"calendar\":\"office\"}");
    assertThat(first.get("elapsed").asText()).isEqualTo("PT1H");
    assertThat(first.get("remaining").asText()).isEqualTo("PT3H");
    assertThat(first.get("percentUsed").asInt()).isEqualTo(25);
    assertThat(first.get("deadline").asText()).isEqualTo("2026-03-06T02:00:00Z");
    assertThat(first.get("metAt").asText()).isEqualTo("2026-03-05T08:00:00Z");
    assertThat(first.get("breachedAt").isNull()).isTrue();

    JsonNode next = s.at("/metrics/1");
    assertThat(next.get("cycle").asInt()).isEqualTo(1);
    assertThat(next.get("state").asText()).isEqualTo("RUNNING");
    assertThat(next.get("startedAt").asText()).isEqualTo("2026-03-06T01:00:00Z");
    assertThat(next.get("elapsed").asText()).isEqualTo("PT1H");
    assertThat(next.get("remaining").asText()).isEqualTo("PT3H");
    assertThat(next.get("deadline").asText()).isEqualTo("2026-03-06T05:00:00Z");
    assertThat(next.get("stoppedAt").isNull()).isTrue();

    JsonNode resolution = s.at("/metrics/2");
    assertThat(resolution.get("state").asText()).isEqualTo("STOPPED");
    assertThat(resolution.get("target").isNull()).isTrue();
    assertThat(resolution.get("clock").asText()).isEqualTo("business-hours");
    assertThat(resolution.get("calendar").asText()).isEqualTo("office");
    assertThat(resolution.get("elapsed").asText()).isEqualTo("PT4H");
    assertThat(resolution.get("remaining").isNull()).isTrue();
    assertThat(resolution.get("percentUsed").isNull()).isTrue();

    assertThat(s.get("alarms")).hasSize(4);
    assertThat(s.get("alarms").findValuesAsText("percent"))
        .containsExactly("50", "75", "90", "100");
    assertThat(s.get("alarms").findValuesAsText("at"))
        .containsExactly(
            "2026-03-06T03:00:00Z",
            "2026-03-06T04:00:00Z",
            "2026-03-06T04:36:00Z",
            "2026-03-06T05:00:00Z");
    assertThat(s.get("alarms").findValuesAsText("inBusinessHours")).containsOnly("true");
    assertThat(s.at("/alarms/0/dueAt").isNull()).isTrue();
    assertThat(s.get("notCovered")).isEmpty();

    SlaJson.StatusRequest later =
        SlaJson.readStatusRequest(request(events, "\"2026-03-06T15:00:00+09:00\""), "");
    JsonNode breached =
        JsonInput.MAPPER
            .readTree(
                SlaJson.writeLine(
                    engine.status(
                        later.supportCase(), later.subscription(), later.events(), later.at())))
            .at("/metrics/1");
    assertThat(breached.get("state").asText()).isEqualTo("BREACHED");
    assertThat(breached.get("elapsed").asText()).isEqualTo("PT5H");
    assertThat(breached.get("remaining").asText()).isEqualTo("PT-1H");
    assertThat(breached.get("percentUsed").asInt()).isEqualTo(125);
    assertThat(breached.get("breachedAt").asText()).isEqualTo("2026-03-06T05:00:00Z");
  }
}
