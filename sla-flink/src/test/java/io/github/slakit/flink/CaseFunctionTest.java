package io.github.slakit.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.StatusOptions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * The keyed step on Flink's operator test harness: timers, state, snapshot and restore, updates.
 * Instants are worked out by hand in KST (UTC+9); 2026-03-09 is a Monday, and GOLD severity 1 is
 * 4 business hours (ELASTIC-4).
 */
@SuppressWarnings("try") // the harnesses are closed by try; their close() declares Exception
class CaseFunctionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }

  /** A GOLD severity 1 case opened Monday 09:00 KST, on the KR calendar or a registered one. */
  static String line(String caseId, String calendar, String at, String... events) {
    String sub = calendar.isEmpty() ? "" : ", \"calendar\": \"" + calendar + "\"";
    return "{\"case\": {\"id\": \""
        + caseId
        + "\", \"vendor\": \"elastic\", \"openedAt\": \"2026-03-09T09:00:00+09:00\","
        + " \"severity\": 1}, \"subscription\": {\"id\": \"S-1\", \"vendor\": \"elastic\","
        + " \"level\": \"GOLD\", \"location\": {\"country\": \"KR\", \"zone\": \"Asia/Seoul\"}"
        + sub
        + "}, \"events\": ["
        + String.join(", ", events)
        + "], \"at\": \""
        + at
        + "+09:00\"}";
  }

  static String ev(String type, String at) {
    return "{\"type\": \"" + type + "\", \"at\": \"" + at + "+09:00\"}";
  }

  static CaseLine caseLine(long n, String text) {
    SlaJson.StatusRequest r = SlaJson.readStatusRequest(text, "t.jsonl:" + n);
    return new CaseLine("t.jsonl", n, r.supportCase().id(), r.at(), text);
  }

  private static KeyedBroadcastOperatorTestHarness<String, CaseLine, InputLine, String> harness(
      Optional<Instant> cutoff) throws Exception {
    var h =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new CaseFunction(StatusOptions.DEFAULTS, cutoff.orElse(null), false),
            CaseLine::caseId,
            Types.STRING,
            CaseFunction.UPDATES);
    // The updates side is at the end of time, as the job's Watermarks.updates() puts it.
    h.processBroadcastWatermark(Long.MAX_VALUE);
    return h;
  }

  private static void send(
      KeyedBroadcastOperatorTestHarness<String, CaseLine, InputLine, String> h, long n, String text)
      throws Exception {
    CaseLine l = caseLine(n, text);
    h.processElement(l, l.at().toEpochMilli());
  }

  private static List<String> alarmsOf(List<String> out) throws Exception {
    List<String> keys = new ArrayList<>();
    for (String s : out) {
      JsonNode n = MAPPER.readTree(s);
      keys.add(n.get("alarm").asText() + " " + n.get("at").asText());
    }
    return keys;
  }

  @Test
  void aWaitDeletesTheTimersAndTheReplySetsThemAgainWithWhatRemains() throws Exception {
    try (var h = harness(Optional.empty())) {
      send(h, 1, line("C-1", "", "2026-03-09T09:00:00"));
      // 4 business hours from 09:00: 50 % 11:00, 75 % 12:00, 90 % 12:36, 100 % 13:00.
      assertThat(h.numEventTimeTimers()).isEqualTo(4);
      send(
          h,
          2,
          line("C-1", "", "2026-03-09T10:00:00", ev("WAITING_ON_CUSTOMER", "2026-03-09T10:00:00")));
      assertThat(h.numEventTimeTimers()).isZero();
      // The customer replies on Tuesday at 09:00: 1 hour used, 3 remain. 50 % (2h) at 10:00,
      // 75 % (3h) 11:00, 90 % (3h36m) 11:36, 100 % 12:00.
      send(
          h,
          3,
          line("C-1", "", "2026-03-10T09:00:00", ev("CUSTOMER_RESPONDED", "2026-03-10T09:00:00")));
      assertThat(h.numEventTimeTimers()).isEqualTo(4);
      h.processWatermark(new Watermark(kst("2026-03-10T11:00:00").toEpochMilli()));
      assertThat(alarmsOf(h.extractOutputValues()))
          .containsExactly(
              "C-1/INITIAL_RESPONSE/1/50 2026-03-10T01:00:00Z",
              "C-1/INITIAL_RESPONSE/1/75 2026-03-10T02:00:00Z");
      assertThat(h.numEventTimeTimers()).isEqualTo(2);
    }
  }

  @Test
  void anEventOutOfOrderWithinTheLatenessGivesTheSameAlarms() throws Exception {
    List<String> lines =
        List.of(
            line("C-2", "", "2026-03-09T09:00:00"),
            line(
                "C-2", "", "2026-03-09T10:00:00", ev("WAITING_ON_CUSTOMER", "2026-03-09T10:00:00")),
            line("C-2", "", "2026-03-09T10:30:00", ev("CUSTOMER_RESPONDED", "2026-03-09T10:30:00")),
            line("C-2", "", "2026-03-09T12:50:00", ev("AGENT_RESPONDED", "2026-03-09T12:50:00")));
    List<String> inOrder = run(lines, List.of(0, 1, 2, 3));
    // The wait and the reply arrive after the answer, before the watermark reaches them.
    List<String> shuffled = run(lines, List.of(0, 3, 2, 1));
    // 30 minutes paused: 50 % at 11:30, 75 % 12:30, 90 % 13:06 after the answer at 12:50.
    assertThat(inOrder)
        .containsExactly(
            "C-2/INITIAL_RESPONSE/1/50 2026-03-09T02:30:00Z",
            "C-2/INITIAL_RESPONSE/1/75 2026-03-09T03:30:00Z");
    assertThat(shuffled).isEqualTo(inOrder);
  }

  private List<String> run(List<String> lines, List<Integer> order) throws Exception {
    try (var h = harness(Optional.empty())) {
      for (int i : order) {
        send(h, i + 1, lines.get(i));
      }
      h.processWatermark(new Watermark(kst("2026-03-10T18:00:00").toEpochMilli()));
      return alarmsOf(h.extractOutputValues());
    }
  }

  @Test
  void aSnapshotRestoredSendsEveryAlarmExactlyOnce() throws Exception {
    List<String> lines =
        List.of(
            line("C-3", "", "2026-03-09T09:00:00"),
            line("C-4", "", "2026-03-09T09:00:00"),
            line("C-3", "", "2026-03-09T11:30:00", ev("WAITING_ON_VENDOR", "2026-03-09T11:30:00")),
            line("C-3", "", "2026-03-09T14:00:00", ev("AGENT_RESPONDED", "2026-03-09T14:00:00")));
    List<String> uninterrupted = run(lines, List.of(0, 1, 2, 3));

    OperatorSubtaskState snapshot;
    List<String> before;
    try (var h = harness(Optional.empty())) {
      send(h, 1, lines.get(0));
      send(h, 2, lines.get(1));
      h.processWatermark(new Watermark(kst("2026-03-09T11:00:00").toEpochMilli()));
      before = alarmsOf(h.extractOutputValues());
      snapshot = h.snapshot(1L, 1L);
      // After the checkpoint the job goes on, sends more, and fails: that output is lost, and
      // the lines after the checkpoint come again.
      send(h, 3, lines.get(2));
      h.processWatermark(new Watermark(kst("2026-03-09T12:30:00").toEpochMilli()));
    }
    List<String> after;
    var operator =
        new CoBroadcastWithKeyedOperator<>(
            new CaseFunction(StatusOptions.DEFAULTS, null, false), List.of(CaseFunction.UPDATES));
    try (var h =
        new KeyedBroadcastOperatorTestHarness<>(
            operator, CaseLine::caseId, Types.STRING, 1, 1, 0)) {
      h.setup();
      h.initializeState(snapshot);
      h.open();
      h.processBroadcastWatermark(Long.MAX_VALUE);
      send(h, 3, lines.get(2));
      send(h, 4, lines.get(3));
      h.processWatermark(new Watermark(kst("2026-03-10T18:00:00").toEpochMilli()));
      after = alarmsOf(h.extractOutputValues());
    }
    List<String> all = new ArrayList<>(before);
    all.addAll(after);
    assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(uninterrupted);
    // C-3: 50 % at 11:00 before the snapshot; the vendor wait from 11:30 pauses it until the
    // answer at 14:00, which stops it. C-4 runs: 50 % 11:00, 75 % 12:00, 90 % 12:36, 100 % 13:00.
    assertThat(uninterrupted)
        .containsExactlyInAnyOrder(
            "C-3/INITIAL_RESPONSE/1/50 2026-03-09T02:00:00Z",
            "C-4/INITIAL_RESPONSE/1/50 2026-03-09T02:00:00Z",
            "C-4/INITIAL_RESPONSE/1/75 2026-03-09T03:00:00Z",
            "C-4/INITIAL_RESPONSE/1/90 2026-03-09T03:36:00Z",
            "C-4/INITIAL_RESPONSE/1/100 2026-03-09T04:00:00Z");
  }

  @Test
  void aCalendarUpdateIsBroadcastAndATimerSetBeforeItIsCheckedAgainWhenItFires() throws Exception {
    String office =
        "{\"calendar\": {\"id\": \"office\", \"zone\": \"Asia/Seoul\", \"weekly\": {\"MON\":"
            + " [\"09:00-%s\"], \"TUE\": [\"09:00-%s\"], \"WED\": [\"09:00-%s\"]}}}";
    try (var h = harness(Optional.empty())) {
      h.processBroadcastElement(
          InputLine.of("u.jsonl", 1, String.format(office, "18:00", "18:00", "18:00")), 0L);
      send(h, 1, line("C-5", "office", "2026-03-09T09:00:00"));
      h.processWatermark(new Watermark(kst("2026-03-09T11:30:00").toEpochMilli()));
      // Mondays now close at 12:00: the 4 hours end on Tuesday at 10:00. 75 % (3h) is used at
      // 12:00 on Monday, the window's end; 90 % at 09:36 and 100 % at 10:00 on Tuesday. The
      // timer of 12:36 fires nothing.
      h.processBroadcastElement(
          InputLine.of("u.jsonl", 2, String.format(office, "12:00", "12:00", "12:00")), 0L);
      h.processWatermark(new Watermark(kst("2026-03-10T18:00:00").toEpochMilli()));
      assertThat(alarmsOf(h.extractOutputValues()))
          .containsExactly(
              "C-5/INITIAL_RESPONSE/1/50 2026-03-09T02:00:00Z",
              "C-5/INITIAL_RESPONSE/1/75 2026-03-09T03:00:00Z",
              "C-5/INITIAL_RESPONSE/1/90 2026-03-10T00:36:00Z",
              "C-5/INITIAL_RESPONSE/1/100 2026-03-10T01:00:00Z");
      // A bad update is an error line naming it, and changes nothing.
      h.processBroadcastElement(InputLine.of("u.jsonl", 3, "{\"calendr\": {}}"), 0L);
      assertThat(h.getSideOutput(SlaJob.ERRORS))
          .extracting(r -> r.getValue())
          .containsExactly(
              "{\"line\":3,\"error\":\"u.jsonl:3: \\\"calendr\\\" is not an update (calendar,"
                  + " rules)\"}");
    }
  }

  @Test
  void aReplayFiresNothingAfterItsCutOffThoughTheInputEnds() throws Exception {
    try (var h = harness(Optional.of(kst("2026-03-09T12:00:00")))) {
      send(h, 1, line("C-6", "", "2026-03-09T09:00:00"));
      // The end of a bounded input: Flink's watermark at the end of time.
      h.processWatermark(new Watermark(Long.MAX_VALUE));
      assertThat(alarmsOf(h.extractOutputValues()))
          .containsExactly(
              "C-6/INITIAL_RESPONSE/1/50 2026-03-09T02:00:00Z",
              "C-6/INITIAL_RESPONSE/1/75 2026-03-09T03:00:00Z");
    }
  }

  @Test
  void aLineBehindTheWatermarkSendsTheAlarmsAlreadyDueAtOnce() throws Exception {
    try (var h = harness(Optional.empty())) {
      // Event time is at 12:30 KST before the case's first line comes (a live job whose clock ran
      // ahead of a slow reader). 4 business hours from 09:00: 50 % at 11:00 and 75 % at 12:00
      // are due already and go out with the line; 90 % (12:36) and 100 % (13:00) get timers.
      h.processWatermark(new Watermark(kst("2026-03-09T12:30:00").toEpochMilli()));
      send(h, 1, line("C-9", "", "2026-03-09T09:00:00"));
      assertThat(alarmsOf(h.extractOutputValues()))
          .containsExactly(
              "C-9/INITIAL_RESPONSE/1/50 2026-03-09T02:00:00Z",
              "C-9/INITIAL_RESPONSE/1/75 2026-03-09T03:00:00Z");
      assertThat(h.numEventTimeTimers()).isEqualTo(2);
      // A late line that moves nothing sends nothing again.
      send(h, 2, line("C-9", "", "2026-03-09T09:30:00"));
      assertThat(h.extractOutputValues()).hasSize(2);
      // A late wait from 10:00 to 11:30 (1.5 h paused; 1 h used before it): 50 % moves to 12:30,
      // which the watermark has reached, but its key was sent; 75 % moves to 13:30, 90 % to 14:06
      // and 100 % to 14:30: timers, nothing sent now.
      send(
          h,
          3,
          line(
              "C-9",
              "",
              "2026-03-09T11:30:00",
              ev("WAITING_ON_CUSTOMER", "2026-03-09T10:00:00"),
              ev("CUSTOMER_RESPONDED", "2026-03-09T11:30:00")));
      assertThat(h.extractOutputValues()).hasSize(2);
      h.processWatermark(new Watermark(kst("2026-03-09T14:30:00").toEpochMilli()));
      // 90 % at 14:06 and 100 % at 14:30 go out; 75 % at 13:30 had been sent before the wait came.
      assertThat(alarmsOf(h.extractOutputValues()))
          .containsExactly(
              "C-9/INITIAL_RESPONSE/1/50 2026-03-09T02:00:00Z",
              "C-9/INITIAL_RESPONSE/1/75 2026-03-09T03:00:00Z",
              "C-9/INITIAL_RESPONSE/1/90 2026-03-09T05:06:00Z",
              "C-9/INITIAL_RESPONSE/1/100 2026-03-09T05:30:00Z");
    }
  }

  @Test
  void aRefusedLineIsAnErrorLineAndChangesNothing() throws Exception {
    try (var h = harness(Optional.empty())) {
      send(h, 1, line("C-7", "", "2026-03-09T09:00:00"));
      send(h, 2, line("C-7", "", "2026-03-09T10:00:00", ev("RESOLVED", "2026-03-08T10:00:00")));
      assertThat(h.getSideOutput(SlaJob.ERRORS))
          .extracting(r -> r.getValue())
          .containsExactly(
              "{\"line\":2,\"error\":\"t.jsonl:2: case C-7 / subscription S-1: events[0]:"
                  + " RESOLVED at 2026-03-08T01:00:00Z is before the case opened"
                  + " (2026-03-09T00:00:00Z)\"}");
      assertThat(h.numEventTimeTimers()).isEqualTo(4);
    }
  }

  @Test
  void aClosedCaseIsDroppedAfterItsRetentionAndALaterLineIsRefused() throws Exception {
    try (var h =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new CaseFunction(StatusOptions.DEFAULTS, null, false, java.time.Duration.ofHours(1)),
            CaseLine::caseId,
            Types.STRING,
            CaseFunction.UPDATES)) {
      h.processBroadcastWatermark(Long.MAX_VALUE);
      send(h, 1, line("C-8", "", "2026-03-09T09:00:00"));
      send(h, 2, line("C-8", "", "2026-03-09T10:00:00", ev("CLOSED", "2026-03-09T10:00:00")));
      // Closed: no clock runs, only the timer that drops the state at 11:00.
      assertThat(h.numEventTimeTimers()).isEqualTo(1);
      long kept = h.snapshot(1L, 1L).getStateSize();
      h.processWatermark(new Watermark(kst("2026-03-09T11:00:00").toEpochMilli()));
      assertThat(h.numEventTimeTimers()).isZero();
      // Only the mark of the closing stays (the snapshot's metadata, the same, is most of it).
      assertThat(h.snapshot(2L, 2L).getStateSize()).isLessThan(kept);
      send(h, 3, line("C-8", "", "2026-03-09T12:00:00", ev("REOPENED", "2026-03-09T12:00:00")));
      assertThat(h.getSideOutput(SlaJob.ERRORS))
          .extracting(r -> r.getValue())
          .containsExactly(
              "{\"line\":3,\"error\":\"t.jsonl:3: case C-8 was closed at 2026-03-09T01:00:00Z"
                  + " and its state dropped PT1H later: the line is not applied\"}");
      assertThat(h.extractOutputValues()).isEmpty();
    }
  }

  @Test
  void aRulesUpdateAddsAVendorAndABadOneIsAnErrorLine() throws Exception {
    String drl =
        new String(
            java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../examples/acme.drl")),
            java.nio.charset.StandardCharsets.UTF_8);
    String update =
        MAPPER
            .createObjectNode()
            .set("rules", MAPPER.createObjectNode().put("vendor", "acme").put("drl", drl))
            .toString();
    String acme =
        "{\"case\": {\"id\": \"A-1\", \"vendor\": \"acme\", \"openedAt\":"
            + " \"2026-03-09T09:00:00+09:00\"}, \"subscription\": {\"id\": \"S-A\", \"vendor\":"
            + " \"acme\", \"level\": \"ANY\", \"location\": {\"country\": \"KR\", \"zone\":"
            + " \"Asia/Seoul\"}}, \"at\": \"2026-03-09T09:00:00+09:00\"}";
    try (var h = harness(Optional.empty())) {
      h.processBroadcastElement(InputLine.of("u.jsonl", 1, update), 0L);
      h.processBroadcastElement(
          InputLine.of(
              "u.jsonl",
              2,
              "{\"rules\": {\"vendor\": \"broken\", \"drl\": \"rule \\\"x\\\" when then\"}}"),
          0L);
      send(h, 1, acme);
      h.processWatermark(new Watermark(kst("2026-03-09T12:00:00").toEpochMilli()));
      // ACME-1: 90 minutes 24x7 from 09:00: 50 % at 09:45, 75 % 10:07:30, 90 % 10:21, 100 % 10:30.
      assertThat(alarmsOf(h.extractOutputValues()))
          .containsExactly(
              "A-1/INITIAL_RESPONSE/1/50 2026-03-09T00:45:00Z",
              "A-1/INITIAL_RESPONSE/1/75 2026-03-09T01:07:30Z",
              "A-1/INITIAL_RESPONSE/1/90 2026-03-09T01:21:00Z",
              "A-1/INITIAL_RESPONSE/1/100 2026-03-09T01:30:00Z");
      assertThat(h.getSideOutput(SlaJob.ERRORS))
          .extracting(r -> r.getValue())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("{\"line\":2,\"error\":\"");
    }
  }
}
