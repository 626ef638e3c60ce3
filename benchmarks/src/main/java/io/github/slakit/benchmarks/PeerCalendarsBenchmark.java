package io.github.slakit.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding business hours on one calendar (Monday-Friday 09:00-18:00 Asia/Seoul, the same holiday
 * list) with slakit's {@code BusinessCalendar.add} and with the peers of {@link PeerCalendars}, in
 * one run: 1024 minute-aligned starts over 2026, cycled per call. Their answers differ where
 * docs/BENCHMARKS.md says ({@code PeerCalendars}' main prints them).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PeerCalendarsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PeerCalendarsBenchmark {
  @Param({"slakit", "kogito", "businessCalendar4j", "dayLoop"})
  public String implementation;

  @Param({"PT1H", "PT24H", "PT720H", "PT2250H"})
  public String duration;

  PeerCalendars peers;
  Duration amount;
  Instant[] starts;
  int next;

  @Setup
  public void setUp() {
    peers = new PeerCalendars();
    amount = Duration.parse(duration);
    starts = BusinessTimeBenchmark.inputs();
  }

  @Benchmark
  public Instant add() {
    next = (next + 1) & (starts.length - 1);
    Instant start = starts[next];
    switch (implementation) {
      case "slakit":
        return peers.slakit(start, amount);
      case "kogito":
        return peers.kogito(start, amount);
      case "businessCalendar4j":
        return peers.businessCalendar4j(start, amount);
      default:
        return peers.dayLoop(start, amount);
    }
  }
}
