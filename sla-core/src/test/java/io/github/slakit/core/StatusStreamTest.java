package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.CaseState;
import io.github.slakit.core.CaseStatus.MetricStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Status requests read by the streaming reader as the tree reader reads them, every unusual line
 * left to the tree reader (its answer or its message word for word); and a status written straight
 * to UTF-8 as the bytes of its text line.
 */
class StatusStreamTest {
  static final String CASE = RequestStreamTest.CASE;
  static final String SUBSCRIPTION = RequestStreamTest.SUBSCRIPTION;

  /** One event of every type, SEVERITY_CHANGED with its severity, offsets of several kinds. */
  static final String EVENTS =
      "[{\"type\":\"OPENED\",\"at\":\"2027-02-12T18:12:00+09:00\"},"
          + "{\"at\":\"2027-02-12T10:00:00Z\",\"type\":\"AGENT_RESPONDED\"},"
          + "{\"type\":\"WAITING_ON_CUSTOMER\",\"at\":\"2027-02-13T09:00:00+09:00\"},"
          + "{\"type\":\"CUSTOMER_RESPONDED\",\"at\":\"2027-02-14T09:00:00+09:00\"},"
          + "{\"type\":\"SEVERITY_CHANGED\",\"at\":\"2027-02-14T10:00:00+09:00\",\"severity\":2},"
          + "{\"severity\":4,\"type\":\"SEVERITY_CHANGED\",\"at\":\"2027-02-14T11:00:00-05:00\"},"
          + "{\"type\":\"WAITING_ON_VENDOR\",\"at\":\"2027-02-15T09:00:00+09:00\"},"
          + "{\"type\":\"ESCALATED\",\"at\":\"2027-02-15T10:00:00+09:00\"},"
          + "{\"type\":\"RESOLVED\",\"at\":\"2027-02-16T09:00:00+09:00\"},"
          + "{\"type\":\"REOPENED\",\"at\":\"2027-02-17T09:00:00+09:00\"},"
          + "{\"type\":\"CLOSED\",\"at\":\"2027-02-18T09:00:00+09:00\"}]";

  static final String AT = "\"at\":\"2027-03-01T12:00:00+09:00\"";

  static String request(String supportCase, String subscription, String events, String at) {
    return "{\"case\":"
        + supportCase
        + ",\"subscription\":"
        + subscription
        + (events.isEmpty() ? "" : ",\"events\":" + events)
        + (at.isEmpty() ? "" : "," + at)
        + "}";
  }

  static String request(String events) {
    return request(CASE, SUBSCRIPTION, events, AT);
  }

  /** Lines the streaming reader must read itself, with or without a moment given apart. */
  static final List<String> PLAIN =
      List.of(
          request(EVENTS),
          request("[]"),
          request(""),
          // the fields in another order, blanks between the tokens
          "{ \"at\" : \"2027-03-01T03:00:00Z\",\n \"events\" :\t"
              + EVENTS
              + " , \"subscription\": "
              + SUBSCRIPTION
              + ", \"case\" : "
              + CASE
              + " }\n",
          // a fraction of a second: both readers take what OffsetDateTime.parse takes
          request(CASE, SUBSCRIPTION, EVENTS, "\"at\":\"2027-03-01T12:00:00.5+09:00\""),
          request(
              CASE,
              SUBSCRIPTION.replace(
                  "\"customer\":\"Customer 1\",",
                  "\"calendar\":" + RequestStreamTest.CALENDAR + ","),
              "[{\"type\":\"RESOLVED\",\"at\":\"2027-02-16T09:00:00+09:00\"}]",
              AT));

  /** Lines read with a moment given apart: the text's own {@code at} may be absent. */
  static final List<String> PLAIN_WITHOUT_AT =
      List.of(request(CASE, SUBSCRIPTION, EVENTS, ""), request(CASE, SUBSCRIPTION, "", ""));

  /** Lines the tree reader must read (some are read right, some refused). */
  static final List<String> UNUSUAL =
      List.of(
          // the request
          request(CASE, SUBSCRIPTION, "null", AT),
          request(CASE, SUBSCRIPTION, "{}", AT),
          request(CASE, SUBSCRIPTION, "[7]", AT),
          request(CASE, SUBSCRIPTION, "[null]", AT),
          request(CASE, SUBSCRIPTION, EVENTS, "\"at\":null"),
          request(CASE, SUBSCRIPTION, EVENTS, "\"at\":\"2027-03-01\""),
          request(CASE, SUBSCRIPTION, EVENTS, "\"at\":\"2027-03-01T12:00:00\""),
          request(CASE, SUBSCRIPTION, EVENTS, "\"at\":\"2027-02-30T12:00:00+09:00\""),
          // in 2299 locally, 2300 in UTC: outside the supported years
          request(CASE, SUBSCRIPTION, EVENTS, "\"at\":\"2299-12-31T23:00:00-09:00\""),
          request(CASE, SUBSCRIPTION, EVENTS, "\"at\":1"),
          request(CASE, SUBSCRIPTION, EVENTS, AT + "," + AT),
          request(CASE, SUBSCRIPTION, EVENTS, AT + ",\"events\":[]"),
          request(CASE, SUBSCRIPTION, EVENTS, AT + ",\"moment\":1"),
          request(CASE, SUBSCRIPTION, EVENTS, AT) + " {}",
          request(CASE, SUBSCRIPTION, EVENTS, AT).replace("}]", "}"),
          request(CASE, SUBSCRIPTION, EVENTS, AT.replace("2027", "\\u0032027")),
          "{\"case\":" + CASE + "," + AT + "}",
          "{\"subscription\":" + SUBSCRIPTION + "," + AT + "}",
          // the case and the subscription, as the request reader
          request(CASE.replace("\"severity\":1", "\"severity\":null"), SUBSCRIPTION, EVENTS, AT),
          request(CASE.replace("\"severity\":1", "\"severity\":5"), SUBSCRIPTION, EVENTS, AT),
          request(
              CASE.replace("\"component\":\"db\"", "\"attributes\":{\"seConsulted\":\"true\"}"),
              SUBSCRIPTION,
              EVENTS,
              AT),
          request(CASE, SUBSCRIPTION.replace("Asia/Seoul", "Asia/Seul"), EVENTS, AT),
          request(
              CASE,
              SUBSCRIPTION.replace("\"annualSpendUsd\":54000", "\"annualSpendUsd\":540.5"),
              EVENTS,
              AT),
          // the events
          request("[{\"type\":\"RESOLVED\"}]"),
          request("[{\"at\":\"2027-02-16T09:00:00+09:00\"}]"),
          request("[{\"type\":\"resolved\",\"at\":\"2027-02-16T09:00:00+09:00\"}]"),
          request("[{\"type\":\"FIXED\",\"at\":\"2027-02-16T09:00:00+09:00\"}]"),
          request("[{\"type\":null,\"at\":\"2027-02-16T09:00:00+09:00\"}]"),
          request("[{\"type\":\"RESOLVED\",\"at\":null}]"),
          request("[{\"type\":\"RESOLVED\",\"at\":\"2027-02-16\"}]"),
          request("[{\"type\":\"RESOLVED\",\"at\":\"2027-02-16T09:00:00+09:00\",\"by\":\"me\"}]"),
          request(
              "[{\"type\":\"RESOLVED\",\"at\":\"2027-02-16T09:00:00+09:00\","
                  + "\"at\":\"2027-02-17T09:00:00+09:00\"}]"),
          // outside the supported years 1900..2299: in UTC (2300), and locally (1899)
          request("[{\"type\":\"RESOLVED\",\"at\":\"2299-12-31T23:00:00-09:00\"}]"),
          request("[{\"type\":\"RESOLVED\",\"at\":\"1899-12-31T23:00:00-09:00\"}]"),
          request("[{\"type\":\"RESOLVED\",\"at\":\"2027-02-16T09:00:00+09:00\",\"severity\":2}]"),
          request(
              "[{\"type\":\"RESOLVED\",\"at\":\"2027-02-16T09:00:00+09:00\",\"severity\":null}]"),
          request("[{\"type\":\"SEVERITY_CHANGED\",\"at\":\"2027-02-16T09:00:00+09:00\"}]"),
          request(
              "[{\"type\":\"SEVERITY_CHANGED\",\"at\":\"2027-02-16T09:00:00+09:00\","
                  + "\"severity\":null}]"),
          request(
              "[{\"type\":\"SEVERITY_CHANGED\",\"at\":\"2027-02-16T09:00:00+09:00\","
                  + "\"severity\":5}]"),
          request(
              "[{\"type\":\"SEVERITY_CHANGED\",\"at\":\"2027-02-16T09:00:00+09:00\","
                  + "\"severity\":1.0}]"),
          request(
              "[{\"type\":\"SEVERITY_CHANGED\",\"at\":\"2027-02-16T09:00:00+09:00\","
                  + "\"severity\":\"1\"}]"),
          request(
              "[{\"type\":\"SEVERITY_CHANGED\",\"at\":\"2027-02-16T09:00:00+09:00\","
                  + "\"severity\":9999999999}]"),
          request("[{\"type\":\"RESOLV\\u0045D\",\"at\":\"2027-02-16T09:00:00+09:00\"}]"),
          request("[{\"type\":\"RESOLVED\",\"at\":\"2027-02-16T09:00:00+09:00\"},]"),
          request("[{\"type\":\"RESOLVED\",\"at\":\"2027-02-16T09:00:00+09:00\"}, []]"),
          "[]",
          "",
          "null");

  private static final Instant GIVEN = Instant.parse("2027-04-01T00:00:00Z");

  @Test
  void plainLinesAreReadByTheStreamAsTheTreeReadsThem() {
    for (String line : PLAIN) {
      for (Instant given : new Instant[] {null, GIVEN}) {
        SlaJson.StatusRequest quick = RequestStream.readStatus(line, new JsonInput("s:1"), given);
        assertThat(quick).as(line).isNotNull();
        assertThat(quick)
            .as(line)
            .isEqualTo(SlaJson.readStatusRequestTree(line, new JsonInput("s:1"), given));
      }
    }
    for (String line : PLAIN_WITHOUT_AT) {
      SlaJson.StatusRequest quick = RequestStream.readStatus(line, new JsonInput("s:1"), GIVEN);
      assertThat(quick).as(line).isNotNull();
      assertThat(quick)
          .as(line)
          .isEqualTo(SlaJson.readStatusRequestTree(line, new JsonInput("s:1"), GIVEN));
    }
    // every event was read, in the order given: 11 of them; the 6th is a change to severity 4 at
    // 11:00-05:00, which is 16:00Z; the moment is 12:00+09:00, 03:00Z, or the one given
    SlaJson.StatusRequest r = RequestStream.readStatus(PLAIN.get(0), new JsonInput(""), null);
    assertThat(r).isNotNull();
    assertThat(r.events()).hasSize(11);
    assertThat(r.events().get(5))
        .isEqualTo(CaseEvent.severityChanged(Instant.parse("2027-02-14T16:00:00Z"), 4));
    assertThat(r.at()).isEqualTo(Instant.parse("2027-03-01T03:00:00Z"));
    assertThat(r.supportCase().component()).contains("db");
    SlaJson.StatusRequest g = RequestStream.readStatus(PLAIN.get(0), new JsonInput(""), GIVEN);
    assertThat(g).isNotNull();
    assertThat(g.at()).isEqualTo(GIVEN);
  }

  @Test
  void unusualLinesAreLeftToTheTreeReader() {
    List<String> readByTheStream = new ArrayList<>();
    for (String line : UNUSUAL) {
      for (Instant given : new Instant[] {null, GIVEN}) {
        if (RequestStream.readStatus(line, new JsonInput("s:1"), given) != null) {
          readByTheStream.add(given + " " + line);
        }
      }
    }
    assertThat(readByTheStream).isEmpty();
    // a line without its moment is left to the tree when none is given apart
    for (String line : PLAIN_WITHOUT_AT) {
      assertThat(RequestStream.readStatus(line, new JsonInput("s:1"), null)).as(line).isNull();
    }
    // and readStatusRequest gives the tree reader's answer or message for them
    List<String> all = new ArrayList<>(UNUSUAL);
    all.addAll(PLAIN_WITHOUT_AT);
    int refused = 0;
    for (String line : all) {
      for (Instant given : new Instant[] {null, GIVEN}) {
        Object tree;
        try {
          tree = SlaJson.readStatusRequestTree(line, new JsonInput("s.jsonl:1"), given);
        } catch (RuntimeException e) {
          assertThatThrownBy(() -> read(line, given))
              .as(line)
              .isInstanceOf(e.getClass())
              .hasMessage(e.getMessage());
          refused++;
          continue;
        }
        assertThat(read(line, given)).as(line).isEqualTo(tree);
      }
    }
    // most unusual lines are mistakes, and each gives its message
    assertThat(refused).isGreaterThan(UNUSUAL.size());
  }

  private static SlaJson.StatusRequest read(String line, @Nullable Instant given) {
    return given == null
        ? SlaJson.readStatusRequest(line, "s.jsonl:1")
        : SlaJson.readStatusRequest(line, "s.jsonl:1", given);
  }

  /** The bytes written straight are the text line's, encoded, with its line break. */
  private static void sameBytes(CaseStatus s) {
    assertThat(SlaJson.writeLineUtf8(s))
        .as(s.toString())
        .isEqualTo((SlaJson.writeLine(s) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aStatusBuiltByHandIsWrittenAsTheBytesOfItsTextLine() {
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
    MetricStatus paused =
        new MetricStatus(
            Metrics.NEXT_RESPONSE,
            2,
            MetricState.PAUSED,
            Optional.of(TimeSpan.elapsedMinutes(90)),
            ClockKind.ELAPSED,
            Optional.empty(),
            t0,
            Duration.ofMinutes(20),
            Duration.ofMinutes(15),
            Optional.of(Duration.ofMinutes(70)),
            Optional.of(22),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    MetricStatus breached =
        new MetricStatus(
            Metrics.RESOLUTION,
            3,
            MetricState.BREACHED,
            Optional.of(TimeSpan.businessDays(2)),
            ClockKind.BUSINESS_DAYS,
            Optional.of("KR"),
            t0,
            Duration.ofDays(3),
            Duration.ofSeconds(1),
            Optional.of(Duration.ofHours(-30)),
            Optional.of(150),
            Optional.of(Instant.parse("2026-03-07T08:30:00Z")),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Instant.parse("2026-03-07T08:30:00Z")));
    MetricStatus noTarget =
        new MetricStatus(
            Metrics.RESOLUTION,
            1,
            MetricState.STOPPED,
            Optional.empty(),
            ClockKind.BUSINESS_HOURS,
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
    List<Alarm> alarms =
        List.of(
            new Alarm(
                Metrics.INITIAL_RESPONSE,
                1,
                50,
                Instant.parse("2026-03-06T00:00:00Z"),
                true,
                Optional.of(Instant.parse("2026-03-05T10:00:00Z"))),
            new Alarm(
                Metrics.NEXT_RESPONSE,
                2,
                100,
                Instant.parse("2026-03-06T01:00:00Z"),
                false,
                Optional.empty()));
    CaseStatus full =
        new CaseStatus(
            "C-1",
            "S-1",
            "test",
            "sha256:00",
            Instant.parse("2026-03-05T09:00:00Z"),
            CaseState.OPEN,
            new Severity(2, "S2"),
            Optional.of(1),
            List.of(new Notice("TERM_ENDED", "the term ended on 2025-12-31", "TERM-1")),
            List.of(met, paused, breached, noTarget),
            alarms,
            List.of(
                new Notice("EVENT_IGNORED", "REOPENED does not apply", "LIFE-1"),
                new Notice("NOTE", "no clause", "")),
            List.of(
                new Decision.TraceEntry("Severity as requested", "TEST-1"),
                new Decision.TraceEntry("Reopened", "LIFE-5")));
    sameBytes(full);
    // text a case brings: quotes, a backslash, a line break, a control character, Hangul and a
    // character outside the Basic Multilingual Plane (a pair of surrogates, four bytes in UTF-8)
    CaseStatus text =
        new CaseStatus(
            "C-\"1\"\\\n\u0001",
            "S-\uACE0\uAC1D",
            "test",
            "v1",
            Instant.parse("2026-03-05T09:00:00Z"),
            CaseState.RESOLVED,
            new Severity(4, "S4 \uD83D\uDE00"),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of(new Notice("EVENT_IGNORED", "\"C-1\"\t\uD83D\uDE00 </script>", "LIFE-1")),
            List.of());
    sameBytes(text);
    assertThat(new String(SlaJson.writeLineUtf8(text), StandardCharsets.UTF_8))
        .startsWith(
            "{\"caseId\":\"C-\\\"1\\\"\\\\\\n\\u0001\",\"subscriptionId\":\"S-\uACE0\uAC1D\"");
  }

  /**
   * An unpaired surrogate, which no reader lets in, can only come from a status built in code;
   * UTF-8 cannot carry it, so it is written as its escape: {@code "C-\uD800"} becomes the eight
   * characters {@code C-\uD800} between quotes, and the rest of the line is the text line's.
   */
  @Test
  void anUnpairedSurrogateIsWrittenEscaped() {
    CaseStatus s =
        new CaseStatus(
            "C-\uD800",
            "S-1",
            "test",
            "v1",
            Instant.parse("2026-03-05T09:00:00Z"),
            CaseState.CLOSED,
            new Severity(3, "S3"),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    String line = new String(SlaJson.writeLineUtf8(s), StandardCharsets.UTF_8);
    assertThat(line)
        .isEqualTo(
            "{\"caseId\":\"C-\\uD800\",\"subscriptionId\":\"S-1\",\"vendor\":\"test\","
                + "\"rulesetVersion\":\"v1\",\"at\":\"2026-03-05T09:00:00Z\",\"caseState\":\"CLOSED\","
                + "\"severity\":{\"level\":3,\"name\":\"S3\",\"requested\":null},\"notCovered\":[],"
                + "\"metrics\":[],\"alarms\":[],\"warnings\":[],\"trace\":[]}\n");
  }

  /**
   * Statuses the engine computes (test ruleset, 4 business hours on "office", or 90 minutes 24x7,
   * or 2 business days) along a history with a pause, a change of severity, a resolution, a
   * reopening and a closing, asked at moments before, during and after each: written straight as
   * the bytes of their text lines.
   */
  @Test
  void computedStatusesAreWrittenAsTheBytesOfTheirTextLines() {
    String events =
        "[{\"type\":\"AGENT_RESPONDED\",\"at\":\"2026-03-05T17:00:00+09:00\"},"
            + "{\"type\":\"WAITING_ON_CUSTOMER\",\"at\":\"2026-03-06T09:30:00+09:00\"},"
            + "{\"type\":\"CUSTOMER_RESPONDED\",\"at\":\"2026-03-06T10:00:00+09:00\"},"
            + "{\"type\":\"SEVERITY_CHANGED\",\"at\":\"2026-03-06T10:30:00+09:00\",\"severity\":1},"
            + "{\"type\":\"RESOLVED\",\"at\":\"2026-03-09T12:00:00+09:00\"},"
            + "{\"type\":\"REOPENED\",\"at\":\"2026-03-10T09:00:00+09:00\"},"
            + "{\"type\":\"CLOSED\",\"at\":\"2026-03-12T18:00:00+09:00\"}]";
    String[] moments = {
      "2026-03-05T16:30:00+09:00",
      "2026-03-06T09:45:00+09:00",
      "2026-03-06T11:00:00+09:00",
      "2026-03-06T15:00:00+09:00",
      "2026-03-09T13:00:00+09:00",
      "2026-03-10T10:00:00+09:00",
      "2026-03-20T10:00:00+09:00"
    };
    List<TimeSpan> targets =
        List.of(TimeSpan.businessHours(4), TimeSpan.elapsedMinutes(90), TimeSpan.businessDays(2));
    int written = 0;
    for (TimeSpan target : targets) {
      SlaEngine engine =
          SlaEngine.builder()
              .ruleset(new TestRuleset(sev -> target))
              .calendar(TestRuleset.officeHours())
              .build();
      for (String at : moments) {
        SlaJson.StatusRequest r =
            SlaJson.readStatusRequest(
                "{\"case\":"
                    + StatusJsonTest.CASE
                    + ",\"subscription\":"
                    + StatusJsonTest.SUBSCRIPTION
                    + ",\"events\":"
                    + events
                    + ",\"at\":\""
                    + at
                    + "\"}",
                "");
        CaseStatus s = engine.status(r.supportCase(), r.subscription(), r.events(), r.at());
        sameBytes(s);
        written++;
      }
    }
    assertThat(written).isEqualTo(21);
  }
}
