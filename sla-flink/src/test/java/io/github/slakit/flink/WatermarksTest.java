package io.github.slakit.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

/** The job's event time: a replay stops at its cut-off, a live job follows its clock when idle. */
class WatermarksTest {
  private static final Instant T = Instant.parse("2026-03-09T00:00:00Z");

  /** A clock the test moves. */
  private static final class ManualClock extends Clock {
    Instant now = T;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static final class Out implements WatermarkOutput {
    final List<Long> marks = new ArrayList<>();

    @Override
    public void emitWatermark(Watermark watermark) {
      marks.add(watermark.getTimestamp());
    }

    @Override
    public void markIdle() {}

    @Override
    public void markActive() {}
  }

  private static CaseLine at(Instant t) {
    return new CaseLine("t", 1, "C-1", t, "");
  }

  @Test
  void aReplayLagsByTheLatenessAndStopsAtItsCutOff() {
    Watermarks.Generator g =
        new Watermarks.Generator(
            Duration.ofHours(1).toMillis(), T.plusSeconds(7200).toEpochMilli(), null, 0);
    Out out = new Out();
    g.onEvent(at(T.plusSeconds(3600 * 2)), T.plusSeconds(3600 * 2).toEpochMilli(), out);
    g.onPeriodicEmit(out);
    g.onEvent(at(T.plusSeconds(3600 * 5)), T.plusSeconds(3600 * 5).toEpochMilli(), out);
    g.onPeriodicEmit(out);
    g.onPeriodicEmit(out);
    assertThat(out.marks)
        .containsExactly(
            T.plusSeconds(3600).toEpochMilli() - 1, T.plusSeconds(7200).toEpochMilli());
  }

  @Test
  void aLiveJobFollowsItsClockOnceTheInputIsIdle() {
    ManualClock clock = new ManualClock();
    Watermarks.Generator g =
        new Watermarks.Generator(
            Duration.ofMinutes(1).toMillis(),
            Long.MAX_VALUE,
            clock,
            Duration.ofSeconds(30).toMillis());
    Out out = new Out();
    g.onEvent(at(T), T.toEpochMilli(), out);
    clock.now = T.plusSeconds(10);
    g.onPeriodicEmit(out); // not idle yet: the latest event less the lateness
    clock.now = T.plusSeconds(3600);
    g.onPeriodicEmit(out); // idle for an hour: the clock less the lateness
    assertThat(out.marks)
        .containsExactly(
            T.minusSeconds(60).toEpochMilli() - 1, T.plusSeconds(3540).toEpochMilli() - 1);
  }
}
