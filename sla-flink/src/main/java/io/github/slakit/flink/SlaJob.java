package io.github.slakit.flink;

import io.github.slakit.core.StatusOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;

/**
 * slakit's case lifecycle as a Flink job (docs/FLINK.md): status request lines in (docs/JSON.md,
 * "Status request"), keyed by case; alarms out, each once with an idempotency key, and, when asked,
 * the status at each line's moment and error lines.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env =
 *     StreamExecutionEnvironment.getExecutionEnvironment(SlaJob.configuration());
 * DataStream<InputLine> lines = SlaJob.file(env, Path.of("statuses.jsonl"));
 * Instant cutoff = Instant.parse("2026-03-31T00:00:00Z");
 * SlaJob.Outputs out =
 *     SlaJob.builder()
 *         .cutoff(Optional.of(cutoff))
 *         .build()
 *         .build(lines, SlaJob.noUpdates(env), Watermarks.replay(Duration.ofHours(1), cutoff));
 * out.alarms().sinkTo(...);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link Builder} is not.
 */
public final class SlaJob {
  /** The status lines, a side output of the keyed step. */
  static final OutputTag<String> STATUSES = new OutputTag<>("slakit-statuses", Types.STRING);

  /** The error lines, a side output of the reading and the keyed step. */
  static final OutputTag<String> ERRORS = new OutputTag<>("slakit-errors", Types.STRING);

  private final StatusOptions options;
  private final @Nullable Instant cutoff;
  private final boolean statuses;
  private final @Nullable Duration closedRetention;

  private SlaJob(Builder b) {
    this.options = b.options;
    this.cutoff = b.cutoff;
    this.statuses = b.statuses;
    this.closedRetention = b.closedRetention;
  }

  /** {@return a builder: default alarms, no cut-off, no status lines} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Flink's configuration for the job: generic types off, so that a type Flink would hand to Kryo
   * fails when the job is built instead of being serialized slowly and fragilely in state.
   *
   * @return a new configuration to build the environment with
   */
  public static Configuration configuration() {
    Configuration c = new Configuration();
    c.set(PipelineOptions.GENERIC_TYPES, false);
    return c;
  }

  /**
   * The lines of a JSON Lines file, read by Flink's file source ({@link JsonLinesFormat}), for a
   * replay or a test.
   *
   * @param env the environment
   * @param file the file; error lines name it by its file name
   * @return its lines, in order, numbered from 1
   */
  public static DataStream<InputLine> file(StreamExecutionEnvironment env, Path file) {
    String name = String.valueOf(file.getFileName());
    FileSource<InputLine> source =
        FileSource.forRecordStreamFormat(
                new JsonLinesFormat(name),
                new org.apache.flink.core.fs.Path(file.toAbsolutePath().toUri()))
            .build();
    return env.fromSource(source, WatermarkStrategy.noWatermarks(), name);
  }

  /**
   * No rule or calendar update: the built-in rulesets only.
   *
   * @param env the environment
   * @return an empty stream of update lines
   */
  public static DataStream<InputLine> noUpdates(StreamExecutionEnvironment env) {
    // An empty collection source fails at run time in Flink 2.3: one element, filtered out.
    return env.fromData(
            List.of(InputLine.of("no updates", 0, "")), TypeInformation.of(InputLine.class))
        .filter(line -> false)
        .name("no updates");
  }

  /**
   * Wires the job: lines read as status requests, keyed by case, stepped with the updates
   * broadcast to every instance.
   *
   * @param lines the status request lines
   * @param updates the rule and calendar update lines ({@link #noUpdates} for none)
   * @param watermarks the event time of the lines: {@link Watermarks#replay} or {@link
   *     Watermarks#live}
   * @return the job's outputs
   */
  public Outputs build(
      DataStream<InputLine> lines,
      DataStream<InputLine> updates,
      WatermarkStrategy<CaseLine> watermarks) {
    SingleOutputStreamOperator<CaseLine> read =
        lines.process(new ParseLines(), TypeInformation.of(CaseLine.class)).name("read lines");
    BroadcastStream<InputLine> broadcast =
        updates
            .assignTimestampsAndWatermarks(Watermarks.updates())
            .name("updates")
            .broadcast(CaseFunction.UPDATES);
    SingleOutputStreamOperator<String> alarms =
        read.assignTimestampsAndWatermarks(watermarks)
            .name("event time")
            .keyBy(CaseLine::caseId, Types.STRING)
            .connect(broadcast)
            .process(new CaseFunction(options, cutoff, statuses, closedRetention), Types.STRING)
            .name("case clocks")
            .uid("slakit-case-clocks");
    DataStream<String> errors = read.getSideOutput(ERRORS).union(alarms.getSideOutput(ERRORS));
    return new Outputs(alarms, alarms.getSideOutput(STATUSES), errors);
  }

  /**
   * What the job gives, each a stream of JSON lines.
   *
   * @param alarms one line per alarm, once per key: {@code {"alarm": "CASE-1/NEXT_RESPONSE/1/75",
   *     "caseId": ..., "metric": ..., "cycle": ..., "percent": ..., "at": ..., "inBusinessHours":
   *     ..., "dueAt": ...}}
   * @param statuses the status at each line's moment (docs/JSON.md, "Status"), when asked
   * @param errors {@code {"line": N, "error": "F:N: ..."}} per line refused, as {@code status
   *     --batch} writes them; {@code {"caseId": ..., "error": ...}} when a timer's step failed
   */
  public record Outputs(
      DataStream<String> alarms, DataStream<String> statuses, DataStream<String> errors) {
    /**
     * Checks the outputs.
     *
     * @param alarms the alarm lines
     * @param statuses the status lines
     * @param errors the error lines
     */
    public Outputs {
      Objects.requireNonNull(alarms, "alarms");
      Objects.requireNonNull(statuses, "statuses");
      Objects.requireNonNull(errors, "errors");
    }

    /** {@return every line of the three, as one stream} */
    public DataStream<String> all() {
      return alarms.union(statuses, errors);
    }
  }

  /** Builds a {@link SlaJob}. Not thread-safe. */
  public static final class Builder {
    private StatusOptions options = StatusOptions.DEFAULTS;
    private @Nullable Instant cutoff;
    private boolean statuses;
    private @Nullable Duration closedRetention;

    private Builder() {}

    /**
     * How long after its {@code CLOSED} event a case's state is dropped: its events, the alarm keys
     * sent and its timers. A mark of the closing stays (an instant), so that a line for the case
     * after that is an error line, not a new case. Choose it longer than the lateness; empty (the
     * default) keeps a closed case's state.
     *
     * @param retention the time after the closing, in event time
     * @return this builder
     */
    public Builder closedRetention(Optional<Duration> retention) {
      this.closedRetention = retention.orElse(null);
      return this;
    }

    /**
     * The alarms to send: at which shares of the target, and what to do off hours.
     *
     * @param options the options, {@link StatusOptions#DEFAULTS} unless set
     * @return this builder
     */
    public Builder options(StatusOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Where a replay ends: no alarm after it is sent, though Flink moves event time to the end of
     * time when a bounded input ends.
     *
     * @param cutoff the last instant an alarm may fire at; empty for a live job
     * @return this builder
     */
    public Builder cutoff(Optional<Instant> cutoff) {
      this.cutoff = cutoff.orElse(null);
      return this;
    }

    /**
     * Whether to give the status at each line's moment too.
     *
     * @param statuses true for status lines
     * @return this builder
     */
    public Builder statuses(boolean statuses) {
      this.statuses = statuses;
      return this;
    }

    /** {@return the job's wiring, with the options set so far} */
    public SlaJob build() {
      return new SlaJob(this);
    }
  }
}
