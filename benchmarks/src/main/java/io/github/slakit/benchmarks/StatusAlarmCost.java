package io.github.slakit.benchmarks;

import java.util.Locale;

/**
 * What the alarm schedule adds to a status, measured paired: {@link StatusBenchmark}'s {@code
 * status} and {@code statusNoAlarms} (and {@code evaluate}) run in alternating blocks of 300 calls
 * in one JVM after a warm-up, so that both see the same moments of a shared machine, where JMH
 * runs them minutes apart. Prints the mean microseconds per call of each, per round.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.slakit.benchmarks.StatusAlarmCost [warm-up seconds] [rounds]
 * </pre>
 */
public final class StatusAlarmCost {
  private StatusAlarmCost() {}

  public static void main(String[] args) {
    long warmUp = args.length > 0 ? Long.parseLong(args[0]) : 40;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    StatusBenchmark b = new StatusBenchmark();
    b.setUp();
    long sink = 0;
    long end = System.nanoTime() + warmUp * 1_000_000_000L;
    while (System.nanoTime() < end) {
      sink +=
          b.status().alarms().size()
              + b.statusNoAlarms().metrics().size()
              + b.evaluate().targets().size();
    }
    int blocks = 10;
    int calls = 300;
    double total = blocks * calls * 1e3;
    for (int round = 1; round <= rounds; round++) {
      long status = 0;
      long noAlarms = 0;
      long evaluate = 0;
      for (int k = 0; k < blocks; k++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          sink += b.status().alarms().size();
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          sink += b.statusNoAlarms().metrics().size();
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          sink += b.evaluate().targets().size();
        }
        long t3 = System.nanoTime();
        status += t1 - t0;
        noAlarms += t2 - t1;
        evaluate += t3 - t2;
      }
      System.out.printf(
          Locale.ROOT,
          "round %d: status %.1f us, statusNoAlarms %.1f us,"
              + " alarms %.1f us, evaluate %.1f us%n",
          round,
          status / total,
          noAlarms / total,
          (status - noAlarms) / total,
          evaluate / total);
    }
    System.out.println("checksum " + sink); // keeps the calls' results alive
  }
}
