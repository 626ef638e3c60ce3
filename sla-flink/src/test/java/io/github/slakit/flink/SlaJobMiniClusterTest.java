package io.github.slakit.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.rules.Rulesets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.apache.flink.api.common.typeinfo.TypeHint;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a MiniCluster with parallelism 2, against the single-JVM {@code status}: the same
 * alarms and statuses, byte for byte, for a generated history of many cases (random seed {@code
 * -Dflink.seed=N}, printed on failure), read from a JSON Lines file with lines out of order within
 * the lateness; no Kryo anywhere; the example job on the example files.
 */
class SlaJobMiniClusterTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final long SEED = Long.getLong("flink.seed", 20261129L);
  private static final int CASES = Integer.getInteger("flink.cases", 300);
  private static final Duration LATENESS = Duration.ofHours(2);
  private static final String[] TYPES = {
    "AGENT_RESPONDED",
    "WAITING_ON_CUSTOMER",
    "CUSTOMER_RESPONDED",
    "WAITING_ON_VENDOR",
    "AGENT_RESPONDED",
    "CUSTOMER_RESPONDED",
    "SEVERITY_CHANGED",
    "RESOLVED",
    "REOPENED",
    "CLOSED"
  };

  /** One line of the generated history: its case and the line's text. */
  private record Gen(String caseId, Instant at, String text, List<CaseEvent> events) {}

  @Test
  void theJobGivesTheSingleJvmAlarmsAndStatusesForManyCases(@TempDir Path dir) throws Exception {
    Random random = new Random(SEED);
    List<Gen> lines = new ArrayList<>();
    Map<String, String[]> cases = new LinkedHashMap<>();
    Instant base = Instant.parse("2026-03-02T00:00:00Z");
    for (int i = 0; i < CASES; i++) {
      String id = "G-" + i;
      String vendor = random.nextBoolean() ? "elastic" : "veeam";
      String level =
          vendor.equals("elastic")
              ? List.of("GOLD", "PLATINUM", "ENTERPRISE").get(random.nextInt(3))
              : "BASIC";
      Instant opened = base.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
      String c =
          "{\"id\": \""
              + id
              + "\", \"vendor\": \""
              + vendor
              + "\", \"openedAt\": \""
              + opened
              + "\", \"severity\": "
              + (1 + random.nextInt(4))
              + "}";
      String s =
          "{\"id\": \"S-"
              + i
              + "\", \"vendor\": \""
              + vendor
              + "\", \"level\": \""
              + level
              + "\", \"location\": {\"country\": \"KR\", \"zone\": \"Asia/Seoul\"}}";
      cases.put(id, new String[] {c, s});
      lines.add(gen(id, c, s, opened, List.of()));
      Instant t = opened;
      int n = random.nextInt(8);
      for (int k = 0; k < n; k++) {
        t = t.plus(Duration.ofMinutes(1 + random.nextInt(60 * 30)));
        String type = TYPES[random.nextInt(TYPES.length)];
        CaseEvent e =
            type.equals("SEVERITY_CHANGED")
                ? CaseEvent.severityChanged(t, 1 + random.nextInt(4))
                : CaseEvent.of(CaseEvent.Type.valueOf(type), t);
        lines.add(gen(id, c, s, t, List.of(e)));
      }
    }
    lines.sort((a, b) -> a.at().compareTo(b.at()));
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (random.nextInt(3) == 0
          && !lines.get(i + 1).at().isAfter(lines.get(i).at().plus(LATENESS))) {
        Collections.swap(lines, i, i + 1);
      }
    }
    Instant cutoff = lines.stream().map(Gen::at).max(Instant::compareTo).orElseThrow();
    Path file = dir.resolve("history.jsonl");
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l.text()).append('\n'));
    Files.writeString(file, text, StandardCharsets.UTF_8);

    // The single JVM: each line's status over the case's events of the lines before it in the
    // file, and the alarms that asking just before each alarm's instant confirms.
    SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    List<String> expectedStatuses = new ArrayList<>();
    Map<String, List<CaseEvent>> history = new LinkedHashMap<>();
    for (Gen g : lines) {
      List<CaseEvent> evs = history.computeIfAbsent(g.caseId(), k -> new ArrayList<>());
      evs.addAll(g.events());
      SlaJson.StatusRequest r = SlaJson.readStatusRequest(g.text(), "");
      expectedStatuses.add(
          SlaJson.writeLine(engine.status(r.supportCase(), r.subscription(), evs, r.at())));
    }
    List<String> expectedAlarms = new ArrayList<>();
    for (Map.Entry<String, List<CaseEvent>> h : history.entrySet()) {
      SlaJson.StatusRequest r =
          SlaJson.readStatusRequest(
              "{\"case\": "
                  + cases.get(h.getKey())[0]
                  + ", \"subscription\": "
                  + cases.get(h.getKey())[1]
                  + ", \"at\": \""
                  + cutoff
                  + "\"}",
              "");
      List<CaseEvent> evs = h.getValue();
      TreeSet<Instant> moments = new TreeSet<>();
      moments.add(r.supportCase().openedAt().toInstant());
      evs.forEach(e -> moments.add(e.at()));
      Map<String, Alarm> fired = new LinkedHashMap<>();
      for (Instant m : moments) {
        for (Alarm a : engine.status(r.supportCase(), r.subscription(), evs, m).alarms()) {
          if (a.at().isAfter(cutoff) || fired.containsKey(a.key())) {
            continue;
          }
          boolean confirmed =
              engine
                  .status(r.supportCase(), r.subscription(), evs, a.at().minusNanos(1))
                  .alarms()
                  .contains(a);
          if (confirmed) {
            fired.put(a.key(), a);
          }
        }
      }
      fired
          .values()
          .forEach(a -> expectedAlarms.add(Lines.alarm(h.getKey(), h.getKey() + "/" + a.key(), a)));
    }

    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(SlaJob.configuration());
    env.setParallelism(2);
    SlaJob.Outputs out =
        SlaJob.builder()
            .cutoff(Optional.of(cutoff))
            .statuses(true)
            .build()
            .build(
                SlaJob.file(env, file), SlaJob.noUpdates(env), Watermarks.replay(LATENESS, cutoff));
    List<String> got =
        SlaFlinkJob.collect(
            out.alarms()
                .map(l -> "A" + l, Types.STRING)
                .union(
                    out.statuses().map(l -> "S" + l, Types.STRING),
                    out.errors().map(l -> "E" + l, Types.STRING)));
    List<String> alarms = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String l : got) {
      (l.charAt(0) == 'A' ? alarms : l.charAt(0) == 'S' ? statuses : errors).add(l.substring(1));
    }
    String seed = "flink.seed=" + SEED;
    assertThat(errors).as(seed).isEmpty();
    assertThat(expectedAlarms).as(seed).hasSizeGreaterThan(CASES);
    assertThat(alarms).as(seed).doesNotHaveDuplicates();
    assertThat(alarms).as(seed).containsExactlyInAnyOrderElementsOf(expectedAlarms);
    assertThat(statuses).as(seed).containsExactlyInAnyOrderElementsOf(expectedStatuses);
  }

  private static Gen gen(String id, String c, String s, Instant at, List<CaseEvent> events) {
    StringBuilder ev = new StringBuilder();
    for (CaseEvent e : events) {
      ev.append("{\"type\": \"").append(e.type()).append("\", \"at\": \"").append(e.at());
      e.severity().ifPresent(v -> ev.append("\", \"severity\": ").append(v).append("}"));
      if (e.severity().isEmpty()) {
        ev.append("\"}");
      }
    }
    String text =
        "{\"case\": "
            + c
            + ", \"subscription\": "
            + s
            + ", \"events\": ["
            + ev
            + "], \"at\": \""
            + at
            + "\"}";
    return new Gen(id, at, text, events);
  }

  @Test
  void aTypeFlinkWouldHandToKryoFailsTheJob() {
    // The control: the job's configuration refuses generic types, so the job above ran without
    // Kryo in its streams and its state.
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(SlaJob.configuration());
    assertThatThrownBy(
            () ->
                SlaFlinkJob.collect(
                    env.fromData(List.of("a"))
                        .map(Optional::of, new TypeHint<Optional<String>>() {}.getTypeInfo())
                        .map(String::valueOf, Types.STRING)))
        .hasStackTraceContaining("Generic types have been disabled");
  }

  @Test
  void theExampleJobRunsOnTheExampleFiles() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SlaFlinkJob.run(
            new String[] {"--input", "../examples/statuses.jsonl", "--parallelism", "2"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(status).isEqualTo(1); // lines 2, 3, 5 and 6 are refused, as status --batch does
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(lines).hasSize(9);
    assertThat(lines.subList(0, 4))
        .extracting(l -> l.substring(0, l.indexOf(',')))
        .containsExactly("{\"line\":2", "{\"line\":3", "{\"line\":5", "{\"line\":6");
    // CASE-1 (docs/JSON.md, the example worked by hand): the next response runs from Tuesday
    // 14:00 KST under 4 business hours: 50 % at 16:00, 75 % 17:00, 90 % 17:36, 100 % 18:00 KST.
    // B-4: Veeam BASIC severity 2, 8 business hours from Wednesday 23 September 15:00 KST, over
    // Chuseok: 50 % (4h) on Monday 28 September at 10:00 KST, the replay's cut-off.
    assertThat(lines.subList(4, 9))
        .extracting(l -> l.substring(0, l.indexOf(",\"caseId\"")))
        .containsExactly(
            "{\"alarm\":\"CASE-1/NEXT_RESPONSE/1/50\"",
            "{\"alarm\":\"CASE-1/NEXT_RESPONSE/1/75\"",
            "{\"alarm\":\"CASE-1/NEXT_RESPONSE/1/90\"",
            "{\"alarm\":\"CASE-1/NEXT_RESPONSE/1/100\"",
            "{\"alarm\":\"B-4/INITIAL_RESPONSE/1/50\"");
    assertThat(lines.get(8)).contains("\"at\":\"2026-09-28T01:00:00Z\"");
  }

  @Test
  // Without the clock no alarm would come. Flink's fetcher swallows an interrupt, so the timeout
  // runs the test on its own thread, which it abandons.
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @SuppressWarnings("try") // the iterator's close() declares Exception, which the test throws
  void aLiveJobFiresAlarmsOnAQuietInputByItsClock(@TempDir Path dir) throws Exception {
    // One line, then nothing: the input stays open (the source watches its folder), so event time
    // moves only because the watermark follows the job's clock, here 12:30 KST on the case's day.
    Path folder = Files.createDirectory(dir.resolve("live"));
    Files.writeString(
        folder.resolve("lines.jsonl"),
        CaseFunctionTest.line("L-1", "", "2026-03-09T09:00:00") + "\n",
        StandardCharsets.UTF_8);
    java.time.Clock clock =
        java.time.Clock.offset(
            java.time.Clock.systemUTC(),
            Duration.between(Instant.now(), CaseFunctionTest.kst("2026-03-09T12:30:00")));
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(SlaJob.configuration());
    env.setParallelism(2);
    org.apache.flink.connector.file.src.FileSource<InputLine> source =
        org.apache.flink.connector.file.src.FileSource.forRecordStreamFormat(
                new JsonLinesFormat("lines.jsonl"),
                new org.apache.flink.core.fs.Path(folder.toUri()))
            .monitorContinuously(Duration.ofSeconds(1))
            .build();
    SlaJob.Outputs out =
        SlaJob.builder()
            .build()
            .build(
                env.fromSource(
                    source,
                    org.apache.flink.api.common.eventtime.WatermarkStrategy.noWatermarks(),
                    "live"),
                SlaJob.noUpdates(env),
                Watermarks.live(Duration.ZERO, Duration.ofMillis(200), clock));
    List<String> got = new ArrayList<>();
    try (var it = out.alarms().executeAndCollect("live")) {
      // GOLD severity 1, 4 business hours from Monday 09:00 KST: 50 % at 11:00 and 75 % at 12:00
      // are behind the clock; 90 % at 12:36 is not yet.
      got.add(it.next());
      got.add(it.next());
    }
    assertThat(got)
        .extracting(l -> l.substring(0, l.indexOf(",\"caseId\"")))
        .containsExactly(
            "{\"alarm\":\"L-1/INITIAL_RESPONSE/1/50\"", "{\"alarm\":\"L-1/INITIAL_RESPONSE/1/75\"");
  }
}
