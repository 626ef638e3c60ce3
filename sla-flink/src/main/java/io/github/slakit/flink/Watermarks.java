package io.github.slakit.flink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.jspecify.annotations.Nullable;

/**
 * The job's event time (docs/FLINK.md, "Event time"). A status request's moment is its event time;
 * an alarm fires when the watermark passes its instant. Two traps decide the shape:
 *
 * <ul>
 *   <li>At the end of a bounded input Flink moves event time to the end of time, which would fire
 *       every alarm still to come: a replay stops its watermark at a cut-off ({@link #replay}), and
 *       the job fires no timer after it.
 *   <li>With no events, event time does not move, and no alarm of a quiet night would fire: a live
 *       job's watermark follows a {@link Clock} while its input is idle ({@link #live}).
 * </ul>
 *
 * <p>Both allow events out of order by up to a lateness: an event that much behind the latest one
 * still counts for every alarm after it.
 */
public final class Watermarks {
  private Watermarks() {}

  /**
   * Event time of a replay: the latest moment seen less the lateness, never past the cut-off.
   *
   * @param lateness how far an event may lag the latest one and still count
   * @param cutoff where the replay ends: no alarm after it fires
   * @return the strategy, with each line's moment as its timestamp
   */
  public static WatermarkStrategy<CaseLine> replay(Duration lateness, Instant cutoff) {
    long lag = lateness.toMillis();
    long end = cutoff.toEpochMilli();
    return WatermarkStrategy.<CaseLine>forGenerator(ctx -> new Generator(lag, end, null, 0))
        .withTimestampAssigner((line, previous) -> line.at().toEpochMilli());
  }

  /**
   * Event time of a live job: the latest moment seen less the lateness, and, once no line has come
   * for {@code idleAfter} of the clock's time, the clock's instant less the lateness, so that alarms
   * fire on a quiet input. The clock is the caller's ({@link Clock#systemUTC()} on a cluster; a
   * test's own in tests); it is serialized with the job.
   *
   * @param lateness how far an event may lag the latest one (or the clock) and still count
   * @param idleAfter how long without a line before the watermark follows the clock
   * @param clock the clock to follow, serializable
   * @return the strategy, with each line's moment as its timestamp
   */
  public static WatermarkStrategy<CaseLine> live(
      Duration lateness, Duration idleAfter, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    long lag = lateness.toMillis();
    long idle = idleAfter.toMillis();
    return WatermarkStrategy.<CaseLine>forGenerator(
            ctx -> new Generator(lag, Long.MAX_VALUE, clock, idle))
        .withTimestampAssigner((line, previous) -> line.at().toEpochMilli());
  }

  /**
   * Event time of the rule and calendar updates: none. Their watermark is at the end of time from
   * the start, so that a quiet update stream never holds back the alarms of the cases.
   *
   * @return the strategy for the update lines
   */
  public static WatermarkStrategy<InputLine> updates() {
    return WatermarkStrategy.<InputLine>forGenerator(ctx -> new EndOfTime())
        .withTimestampAssigner((line, previous) -> Long.MIN_VALUE);
  }

  /** Emits the end of time, once. */
  static final class EndOfTime implements WatermarkGenerator<InputLine> {
    private boolean emitted;

    @Override
    public void onEvent(InputLine event, long eventTimestamp, WatermarkOutput output) {}

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
      if (!emitted) {
        output.emitWatermark(new Watermark(Long.MAX_VALUE));
        emitted = true;
      }
    }
  }

  /**
   * Bounded out-of-orderness, capped at a cut-off, and following a clock while idle when it has
   * one. Not thread-safe, as Flink's generators need not be.
   */
  static final class Generator implements WatermarkGenerator<CaseLine> {
    private final long lateness;
    private final long cutoff;
    private final @Nullable Clock clock;
    private final long idleAfter;
    private long maxSeen = Long.MIN_VALUE;
    private long lastLineAt;
    private long emitted = Long.MIN_VALUE;

    Generator(long lateness, long cutoff, @Nullable Clock clock, long idleAfter) {
      this.lateness = lateness;
      this.cutoff = cutoff;
      this.clock = clock;
      this.idleAfter = idleAfter;
      this.lastLineAt = clock == null ? 0 : clock.millis();
    }

    @Override
    public void onEvent(CaseLine line, long timestamp, WatermarkOutput output) {
      maxSeen = Math.max(maxSeen, timestamp);
      if (clock != null) {
        lastLineAt = clock.millis();
      }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
      long wm = maxSeen == Long.MIN_VALUE ? Long.MIN_VALUE : maxSeen - lateness - 1;
      if (clock != null) {
        long now = clock.millis();
        if (now - lastLineAt >= idleAfter) {
          wm = Math.max(wm, now - lateness - 1);
        }
      }
      wm = Math.min(wm, cutoff);
      if (wm > emitted) {
        emitted = wm;
        output.emitWatermark(new Watermark(wm));
      }
    }
  }
}
