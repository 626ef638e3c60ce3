package io.github.slakit.benchmarks;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.rules.Rulesets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SlaEngine#evaluate} per vendor and level, decisions per second, on one thread and on two
 * threads sharing one engine (the rulesets compiled and a first evaluation made in setup, so the
 * calendars' year index is warm).
 *
 * <p>Each thread cycles through {@value #CASES} precomputed cases of the vendor and level (seeded):
 * opening instants over 2026-2027 in the subscription's zone, every impact or none, a requested
 * severity in a third of them, production or not. One case repeated would measure a single path
 * through the rules; the mix makes the rules take their different branches.
 *
 * <pre>
 * ./mvnw -B -ntp -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EvaluateBenchmark
 * </pre>
 *
 * <p>Drools needs a long warm-up (its MVEL constraints are turned into bytecode after some
 * evaluations, then the JIT compiles them): hence five warm-up iterations. Results are in {@code
 * docs/BENCHMARKS.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {
  static final int CASES = 64;

  /** The vendor and level evaluated; the business-time ones exercise the calendars too. */
  @Param({
    "elastic:GOLD",
    "elastic:PLATINUM",
    "veeam:BASIC",
    "veeam:PRODUCTION",
    "rockplace:STANDARD",
    "rockplace:PREMIUM"
  })
  public String vendorLevel;

  SlaEngine engine;
  SupportCase[] cases;
  Subscription[] subscriptions;

  @Setup(Level.Trial)
  public void setUp() {
    engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    String[] vl = vendorLevel.split(":");
    Location[] locations =
        vl[0].equals("elastic")
            ? new Location[] {
              Location.of("KR", "Asia/Seoul"),
              Location.of("FR", "Europe/Paris"),
              Location.of("US", "America/New_York")
            }
            : new Location[] {Location.of("KR", "Asia/Seoul")};
    Random random = new Random(20261121L);
    Impact[] impacts = Impact.values();
    cases = new SupportCase[CASES];
    subscriptions = new Subscription[CASES];
    for (int i = 0; i < CASES; i++) {
      Location location = locations[i % locations.length];
      OffsetDateTime opened =
          LocalDate.of(2026, 1, 1)
              .atStartOfDay(location.zone())
              .plusMinutes(random.nextInt(2 * 365 * 24 * 60))
              .toOffsetDateTime();
      SupportCase.Builder c =
          SupportCase.builder("C-" + i, vl[0], opened).production(random.nextInt(5) != 0);
      int impact = random.nextInt(impacts.length + 1);
      if (impact < impacts.length) {
        c.impact(impacts[impact]);
      }
      if (random.nextInt(3) == 0) {
        c.severity(1 + random.nextInt(4));
      }
      if (random.nextBoolean()) {
        c.seConsulted(true);
      }
      cases[i] = c.build();
      subscriptions[i] =
          Subscription.builder("S-" + i, vl[0], vl[1], location)
              .term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))
              .build();
      engine.evaluate(cases[i], subscriptions[i]);
    }
  }

  /** Which case a thread evaluates next; one per thread. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  public Decision evaluate(Cursor cursor) {
    int i = cursor.next++ & (CASES - 1);
    return engine.evaluate(cases[i], subscriptions[i]);
  }

  /** The same on two threads sharing the engine: total decisions per second of both. */
  @Benchmark
  @Threads(2)
  public Decision evaluateTwoThreads(Cursor cursor) {
    int i = cursor.next++ & (CASES - 1);
    return engine.evaluate(cases[i], subscriptions[i]);
  }
}
