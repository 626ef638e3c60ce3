package io.github.slakit.benchmarks;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.rules.Rulesets;
import java.time.OffsetDateTime;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SlaEngine#evaluate} per vendor, on a shared engine (rulesets compiled in setup; a first
 * evaluation warms the calendars' year index).
 *
 * <pre>
 * ./mvnw -B -ntp -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EvaluateBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {

  /** The vendor and level evaluated; the business-time ones exercise the calendars too. */
  @Param({"elastic:GOLD", "elastic:PLATINUM", "veeam:BASIC", "veeam:PRODUCTION", "rockplace:STANDARD"})
  public String vendorLevel;

  private SlaEngine engine;
  private SupportCase supportCase;
  private Subscription subscription;

  @Setup(Level.Trial)
  public void setUp() {
    engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    String[] vl = vendorLevel.split(":");
    supportCase = SupportCase.builder("C-1", vl[0], OffsetDateTime.parse("2026-03-06T17:30:00+09:00"))
        .impact(Impact.DEGRADED).attribute("customerFacing", "true").build();
    subscription = Subscription.builder("S-1", vl[0], vl[1], Location.of("KR", "Asia/Seoul")).build();
    engine.evaluate(supportCase, subscription);
  }

  @Benchmark
  public Decision evaluate() {
    return engine.evaluate(supportCase, subscription);
  }
}
