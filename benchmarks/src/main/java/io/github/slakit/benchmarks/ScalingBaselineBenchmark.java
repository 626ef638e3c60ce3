package io.github.slakit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How far this machine itself scales from one thread to two: pure CPU work that shares nothing and
 * allocates nothing. Run it in the same run as {@link EvaluateBenchmark} to read that one's
 * two-thread factor against what the hardware gives:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'ScalingBaseline|EvaluateBenchmark' -f 1 -wi 4 -w 2 -i 5 -r 2
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScalingBaselineBenchmark {

  /** About as long as one decision: a few microseconds of arithmetic. */
  static final long TOKENS = 2_000;

  @Benchmark
  public void cpuOneThread() {
    Blackhole.consumeCPU(TOKENS);
  }

  @Benchmark
  @Threads(2)
  public void cpuTwoThreads() {
    Blackhole.consumeCPU(TOKENS);
  }
}
