package io.github.slakit.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.StatusOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * The example job (docs/FLINK.md): replays a JSON Lines file of status requests through {@link
 * SlaJob}, locally on a MiniCluster when started with {@code java}, or on a cluster when the same
 * jar is submitted with {@code flink run}, and prints the error lines, the status lines (with
 * {@code --statuses}) and the alarm lines on standard output, each group in a fixed order (errors
 * by line, statuses by case and moment, alarms by instant and key).
 *
 * <pre>
 * SlaFlinkJob --input F.jsonl [--updates F.jsonl] [--until INSTANT] [--lateness DURATION]
 *             [--statuses] [--parallelism N] [--alarm-percents 50,75,90,100]
 *             [--off-hours mark|next-opening]
 * </pre>
 *
 * <p>{@code --until} is the replay's cut-off (default: the latest moment among the lines), {@code
 * --lateness} how far a line may lag the latest one (default {@code PT1H}). Exit status 0 when every
 * line was read, 1 when there were error lines, 2 for a bad option or an unreadable file (one line
 * on standard error).
 */
public final class SlaFlinkJob {
  private SlaFlinkJob() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Runs the job.
   *
   * @param args the options above
   * @throws Exception when Flink fails to run the job
   */
  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the job with the given streams: what {@link #main} does, without exiting.
   *
   * @param args the options
   * @param out where the output lines go
   * @param err where a usage or file error goes
   * @return the exit status
   * @throws Exception when Flink fails to run the job
   */
  public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Path input = null;
    Path updates = null;
    Instant until = null;
    Duration lateness = Duration.ofHours(1);
    boolean statuses = false;
    int parallelism = 1;
    StatusOptions options = StatusOptions.DEFAULTS;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--input" -> input = Path.of(value(args, ++i, a));
          case "--updates" -> updates = Path.of(value(args, ++i, a));
          case "--until" -> until = OffsetDateTime.parse(value(args, ++i, a)).toInstant();
          case "--lateness" -> lateness = Duration.parse(value(args, ++i, a));
          case "--statuses" -> statuses = true;
          case "--parallelism" -> parallelism = Integer.parseInt(value(args, ++i, a));
          case "--alarm-percents" -> {
            List<Integer> ps = new ArrayList<>();
            for (String p : value(args, ++i, a).split(",", -1)) {
              ps.add(Integer.parseInt(p.trim()));
            }
            options = options.withAlarmPercents(ps);
          }
          case "--off-hours" -> {
            String v = value(args, ++i, a);
            options =
                options.withOffHours(
                    switch (v) {
                      case "mark" -> StatusOptions.OffHours.MARK;
                      case "next-opening" -> StatusOptions.OffHours.NEXT_OPENING;
                      default ->
                          throw new IllegalArgumentException(
                              "--off-hours: \"" + v + "\" is not mark or next-opening");
                    });
          }
          default -> throw new IllegalArgumentException(a + ": not an option of SlaFlinkJob");
        }
      }
      if (input == null) {
        throw new IllegalArgumentException("--input: is missing (the status requests, JSON Lines)");
      }
      if (parallelism < 1) {
        throw new IllegalArgumentException("--parallelism: " + parallelism + " is not 1 or more");
      }
      if (lateness.isNegative()) {
        throw new IllegalArgumentException("--lateness: " + lateness + " is negative");
      }
      for (Path p : updates == null ? List.of(input) : List.of(input, updates)) {
        if (!Files.isReadable(p)) {
          throw new IllegalArgumentException(p + ": cannot be read");
        }
      }
      if (until == null) {
        until = latest(input).orElse(Instant.EPOCH);
      }
    } catch (IllegalArgumentException | DateTimeException | IOException e) {
      err.println("SlaFlinkJob: " + e.getMessage());
      return 2;
    }

    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(SlaJob.configuration());
    env.setParallelism(parallelism);
    DataStream<InputLine> upd = updates == null ? SlaJob.noUpdates(env) : SlaJob.file(env, updates);
    SlaJob.Outputs outputs =
        SlaJob.builder()
            .options(options)
            .cutoff(Optional.of(until))
            .statuses(statuses)
            .build()
            .build(SlaJob.file(env, input), upd, Watermarks.replay(lateness, until));
    DataStream<String> tagged =
        outputs
            .errors()
            .map(s -> "0" + s, Types.STRING)
            .union(
                outputs.statuses().map(s -> "1" + s, Types.STRING),
                outputs.alarms().map(s -> "2" + s, Types.STRING));
    List<String> lines = collect(tagged);
    lines.sort(Comparator.comparing(SlaFlinkJob::order));
    boolean errors = false;
    for (String l : lines) {
      errors |= l.charAt(0) == '0';
      out.println(l.substring(1));
    }
    out.flush();
    return errors ? 1 : 0;
  }

  /** The printing order: the group, then the line (errors), case and moment, or instant and key. */
  private static String order(String tagged) {
    try {
      JsonNode n = MAPPER.readTree(tagged.substring(1));
      return switch (tagged.charAt(0)) {
        case '0' -> String.format("0%020d", n.path("line").asLong());
        case '1' -> "1" + n.path("caseId").asText() + "\n" + n.path("at").asText();
        default -> "2" + n.path("at").asText() + "\n" + n.path("alarm").asText();
      };
    } catch (IOException e) {
      return tagged;
    }
  }

  /** Runs the job and gathers what the stream gives. */
  @SuppressWarnings("try") // CloseableIterator.close() declares Exception, as run() does
  static List<String> collect(DataStream<String> stream) throws Exception {
    List<String> lines = new ArrayList<>();
    try (CloseableIterator<String> it = stream.executeAndCollect("slakit case clocks")) {
      it.forEachRemaining(lines::add);
    }
    return lines;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + ": a value is missing");
    }
    return args[i];
  }

  /** The latest moment among the lines that read as status requests. */
  static Optional<Instant> latest(Path file) throws IOException {
    Instant max = null;
    try (InputStream in = Files.newInputStream(file)) {
      JsonLinesFormat.LineReader r =
          new JsonLinesFormat.LineReader(String.valueOf(file.getFileName()), in);
      InputLine line;
      while ((line = r.read()) != null) {
        try {
          Instant at = SlaJson.readStatusRequest(line.text(), line.where()).at();
          max = max == null || at.isAfter(max) ? at : max;
        } catch (RuntimeException e) {
          // the job gives its error line
        }
      }
    }
    return Optional.ofNullable(max);
  }
}
