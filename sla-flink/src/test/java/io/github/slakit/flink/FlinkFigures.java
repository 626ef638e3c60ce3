package io.github.slakit.flink;

import io.github.slakit.core.StatusOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;

/**
 * The figures of docs/BENCHMARKS.md ("The Flink job"): a documented measurement, not a test.
 * Open cases of the built-in vendors on the KR calendar, each an opening line and two events (an
 * agent's answer and a wait on the customer, then the customer's reply: one running next-response
 * cycle), through the keyed step on the operator test harness (lines a second, then the snapshot's
 * size per case), and through the whole job on a local MiniCluster (lines a second, job start
 * included).
 *
 * <pre>
 * java -cp "$(cat target/test-classpath.txt):target/test-classes:target/classes" \
 *   io.github.slakit.flink.FlinkFigures 20000 2
 * </pre>
 */
public final class FlinkFigures {
  private FlinkFigures() {}

  /**
   * Measures.
   *
   * @param args the number of cases (default 20,000) and the MiniCluster's parallelism (2)
   * @throws Exception when Flink fails
   */
  public static void main(String[] args) throws Exception {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<CaseLine> lines = lines(cases, new Random(20261129L));
    System.out.printf("%d cases, %d lines%n", cases, lines.size());

    // Warm-up on a tenth, then the measured run, on the harness.
    harness(lines.subList(0, lines.size() / 10), false);
    harness(lines, true);

    Path file = Files.createTempFile("figures", ".jsonl");
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l.text()).append('\n'));
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Instant cutoff = lines.get(lines.size() - 1).at();
    for (int round = 0; round < 2; round++) {
      StreamExecutionEnvironment env =
          StreamExecutionEnvironment.getExecutionEnvironment(SlaJob.configuration());
      env.setParallelism(parallelism);
      SlaJob.Outputs out =
          SlaJob.builder()
              .cutoff(Optional.of(cutoff))
              .build()
              .build(
                  SlaJob.file(env, file),
                  SlaJob.noUpdates(env),
                  Watermarks.replay(Duration.ofMinutes(5), cutoff));
      long t0 = System.nanoTime();
      List<String> got =
          SlaFlinkJob.collect(out.alarms().union(out.errors()).map(s -> s, Types.STRING));
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "MiniCluster, parallelism %d, round %d: %d lines in %.1f s (%.0f lines/s, job start"
              + " included), %d alarm and error lines%n",
          parallelism, round + 1, lines.size(), s, lines.size() / s, got.size());
    }
    Files.delete(file);
  }

  @SuppressWarnings("try")
  private static void harness(List<CaseLine> lines, boolean print) throws Exception {
    try (var h =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new CaseFunction(StatusOptions.DEFAULTS, null, false),
            CaseLine::caseId,
            Types.STRING,
            CaseFunction.UPDATES)) {
      h.processBroadcastWatermark(Long.MAX_VALUE);
      java.lang.management.ThreadMXBean mx =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (CaseLine l : lines) {
        h.processElement(l, l.at().toEpochMilli());
      }
      h.processWatermark(new Watermark(lines.get(lines.size() - 1).at().toEpochMilli()));
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      OperatorSubtaskState snapshot = h.snapshot(1L, 1L);
      long cases = lines.stream().map(CaseLine::caseId).distinct().count();
      if (print) {
        System.out.printf(
            "harness: %d lines in %.1f s (%.0f lines/s, %.0f us a line; CPU time of the thread"
                + " %.1f s, %.0f us a line), %d timers set, snapshot %d bytes (%.0f bytes per open"
                + " case), %d alarm lines%n",
            lines.size(),
            s,
            lines.size() / s,
            s * 1e6 / lines.size(),
            cpu,
            cpu * 1e6 / lines.size(),
            h.numEventTimeTimers(),
            snapshot.getStateSize(),
            (double) snapshot.getStateSize() / cases,
            h.extractOutputValues().size());
      }
    }
  }

  /** Each case: opened, answered and waiting on the customer, then the customer's reply. */
  static List<CaseLine> lines(int cases, Random random) {
    List<CaseLine> out = new ArrayList<>();
    Instant base = Instant.parse("2026-03-02T00:00:00Z");
    List<Object[]> all = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      String vendor = i % 2 == 0 ? "elastic" : "veeam";
      String level = vendor.equals("elastic") ? "GOLD" : "BASIC";
      Instant opened = base.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 5)));
      String head =
          "{\"case\": {\"id\": \"F-"
              + i
              + "\", \"vendor\": \""
              + vendor
              + "\", \"openedAt\": \""
              + opened
              + "\", \"severity\": "
              + (1 + random.nextInt(4))
              + "}, \"subscription\": {\"id\": \"S-"
              + i
              + "\", \"vendor\": \""
              + vendor
              + "\", \"level\": \""
              + level
              + "\", \"location\": {\"country\": \"KR\", \"zone\": \"Asia/Seoul\"}}, \"events\": [";
      Instant answered = opened.plus(Duration.ofMinutes(30 + random.nextInt(120)));
      Instant replied = answered.plus(Duration.ofMinutes(60 + random.nextInt(600)));
      all.add(new Object[] {"F-" + i, opened, head + "], \"at\": \"" + opened + "\"}"});
      all.add(
          new Object[] {
            "F-" + i,
            answered,
            head
                + "{\"type\": \"AGENT_RESPONDED\", \"at\": \""
                + answered
                + "\"}, {\"type\": \"WAITING_ON_CUSTOMER\", \"at\": \""
                + answered
                + "\"}], \"at\": \""
                + answered
                + "\"}"
          });
      all.add(
          new Object[] {
            "F-" + i,
            replied,
            head
                + "{\"type\": \"CUSTOMER_RESPONDED\", \"at\": \""
                + replied
                + "\"}], \"at\": \""
                + replied
                + "\"}"
          });
    }
    all.sort((a, b) -> ((Instant) a[1]).compareTo((Instant) b[1]));
    long n = 0;
    for (Object[] o : all) {
      out.add(new CaseLine("figures.jsonl", ++n, (String) o[0], (Instant) o[1], (String) o[2]));
    }
    return out;
  }
}
