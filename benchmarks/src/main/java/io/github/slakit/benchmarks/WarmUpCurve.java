package io.github.slakit.benchmarks;

import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.rules.Rulesets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a new JVM's first decisions compare with its steady ones: the first {@value #FIRST}
 * decisions of a fresh engine (the three built-ins), each timed on its own, against the same
 * {@value #FIRST} cases timed the same way after {@value #STEADY} more decisions. Run it in a new
 * JVM each time:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.slakit.benchmarks.WarmUpCurve [WARM_UP_DECISIONS [CASES.jsonl]]
 * </pre>
 *
 * <p>With {@code WARM_UP_DECISIONS} the engine first makes that many made-up decisions ({@link
 * SlaEngine#warmUp(int)}), and the first {@value #FIRST} are timed after it. The cases: the three
 * vendors in turn, each of their levels, Elastic in Seoul, Paris and New York, every impact or
 * none, a requested severity in a third (random seed 42: other cases than the warm-up's). Prints
 * the first decision's time, then each of the {@value #FIRST} first decisions' time over its own
 * steady time: how many are over 5x, the median, 90th and 99th percentile and the largest, and
 * the rate of each block of 100. With {@code CASES.jsonl} (a batch from {@link GenerateCases}) the
 * timed cases are its first {@value #FIRST} requests that read instead: every field a batch holds,
 * and the lines the engine refuses (timed as well).
 */
public final class WarmUpCurve {
  private WarmUpCurve() {}

  static final int FIRST = 1_000;
  static final int STEADY = 300_000;

  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    long start = System.nanoTime();
    SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    long warmUpNanos = 0;
    if (warmUp > 0) {
      long t = System.nanoTime();
      engine.warmUp(warmUp);
      warmUpNanos = System.nanoTime() - t;
    }
    SupportCase[] cases = new SupportCase[FIRST];
    Subscription[] subscriptions = new Subscription[FIRST];
    if (args.length > 1) {
      batchCases(Path.of(args[1]), cases, subscriptions);
    } else {
      cases(cases, subscriptions);
    }
    double[] startedMs = new double[FIRST];
    long[] first = timed(engine, cases, subscriptions, startedMs);
    long sinceStart = System.nanoTime() - start;
    long t = System.nanoTime();
    for (int i = 0; i < STEADY; i++) {
      decide(engine, cases[i % FIRST], subscriptions[i % FIRST]);
    }
    double steadyRate = STEADY / ((System.nanoTime() - t) / 1e9);
    long[] steady = timed(engine, cases, subscriptions);
    for (int round = 0; round < 4; round++) { // the least of several passes: the steady time
      long[] again = timed(engine, cases, subscriptions);
      for (int i = 0; i < FIRST; i++) {
        steady[i] = Math.min(steady[i], again[i]);
      }
    }
    double[] ratio = new double[FIRST];
    for (int i = 0; i < FIRST; i++) {
      ratio[i] = (double) first[i] / steady[i];
    }
    double[] sorted = ratio.clone();
    Arrays.sort(sorted);
    long over5 = Arrays.stream(ratio).filter(r -> r > 5).count();
    long over5AfterFirst = Arrays.stream(ratio).skip(1).filter(r -> r > 5).count();
    StringBuilder blocks = new StringBuilder();
    for (int b = 0; b < FIRST; b += 100) {
      long sum = 0;
      for (int i = b; i < b + 100; i++) {
        sum += first[i];
      }
      blocks.append(String.format(" %,.0f", 100 / (sum / 1e9)));
    }
    System.out.printf(
        "warm-up %,d decisions in %,d ms; JVM up at main %d ms; first decision %.1f ms;"
            + " first %,d decisions done %,d ms after main%n",
        warmUp,
        warmUpNanos / 1_000_000,
        ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - start) / 1_000_000,
        first[0] / 1e6,
        FIRST,
        sinceStart / 1_000_000);
    System.out.printf(
        "first %,d over steady: %d over 5x (%d after the first decision); median %.1fx, p90 %.1fx,"
            + " p99 %.1fx, largest %.1fx (2nd decision on: %.1fx); steady %,.0f decisions/s,"
            + " steady median %.1f us%n",
        FIRST,
        over5,
        over5AfterFirst,
        sorted[FIRST / 2],
        sorted[FIRST * 9 / 10],
        sorted[FIRST * 99 / 100],
        sorted[FIRST - 1],
        Arrays.stream(ratio).skip(1).max().orElse(0),
        steadyRate,
        median(steady) / 1e3);
    System.out.println("decisions/s of each block of 100 of the first " + FIRST + ":" + blocks);
    // each decision over 5x after the first: what it was, and when it started
    for (int i = 1; i < FIRST; i++) {
      if (ratio[i] > 5) {
        System.out.printf(
            "  #%d %s %s: %.1f us, %.1fx steady, started %.1f ms after the JVM's start%n",
            i, cases[i].vendor(), subscriptions[i].level(), first[i] / 1e3, ratio[i], startedMs[i]);
      }
    }
  }

  private static double median(long[] values) {
    long[] s = values.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** Each decision timed on its own. */
  private static long[] timed(SlaEngine engine, SupportCase[] cases, Subscription[] subs) {
    return timed(engine, cases, subs, new double[cases.length]);
  }

  /**
   * Each decision timed on its own; {@code startedMs} gets the JVM's uptime when each started, in
   * the milliseconds that {@code -Xlog:gc:...:uptimemillis} prints, to find the collections that
   * ran during one.
   */
  private static long[] timed(
      SlaEngine engine, SupportCase[] cases, Subscription[] subs, double[] startedMs) {
    long[] ns = new long[cases.length];
    long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
    long origin = System.nanoTime();
    for (int i = 0; i < cases.length; i++) {
      long t = System.nanoTime();
      decide(engine, cases[i], subs[i]);
      ns[i] = System.nanoTime() - t;
      startedMs[i] = uptimeMs + (t - origin) / 1e6;
    }
    return ns;
  }

  /** A decision, or the refusal of a case that the engine refuses (a batch's bad lines). */
  private static void decide(SlaEngine engine, SupportCase c, Subscription s) {
    try {
      engine.evaluate(c, s);
    } catch (SlaException e) {
      // refused: timed all the same, as a batch line that gets an error line
    }
  }

  /** The first requests of a batch ({@link GenerateCases}) that read. */
  private static void batchCases(Path file, SupportCase[] cases, Subscription[] subscriptions) {
    int n = 0;
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String line;
      while (n < cases.length && (line = in.readLine()) != null) {
        try {
          SlaJson.Request r = SlaJson.readRequest(line, "");
          cases[n] = r.supportCase();
          subscriptions[n] = r.subscription();
          n++;
        } catch (SlaException e) {
          // a bad line: not a case
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n < cases.length) {
      throw new IllegalArgumentException(file + ": fewer than " + cases.length + " requests");
    }
  }

  /** The three vendors in turn, each level, every impact or none (random seed 42). */
  private static void cases(SupportCase[] cases, Subscription[] subscriptions) {
    List<Ruleset> vendors = new ArrayList<>(Rulesets.builtIn());
    Location[] places = {
      Location.of("KR", "Asia/Seoul"),
      Location.of("FR", "Europe/Paris"),
      Location.of("US", "America/New_York")
    };
    SplittableRandom random = new SplittableRandom(42);
    Impact[] impacts = Impact.values();
    for (int i = 0; i < cases.length; i++) {
      Ruleset r = vendors.get(i % vendors.size());
      List<String> levels = new ArrayList<>(r.levels());
      Location place = r.vendor().equals("elastic") ? places[random.nextInt(3)] : places[0];
      OffsetDateTime opened =
          LocalDate.of(2026, 1, 1)
              .atStartOfDay(place.zone())
              .plusMinutes(random.nextInt(2 * 365 * 24 * 60))
              .toOffsetDateTime();
      SupportCase.Builder c =
          SupportCase.builder("C-" + i, r.vendor(), opened).production(random.nextInt(5) != 0);
      int impact = random.nextInt(impacts.length + 1);
      if (impact < impacts.length) {
        c.impact(impacts[impact]);
      }
      if (random.nextInt(3) == 0) {
        c.severity(1 + random.nextInt(4));
      }
      cases[i] = c.build();
      subscriptions[i] =
          Subscription.builder(
                  "S-" + i, r.vendor(), levels.get(random.nextInt(levels.size())), place)
              .term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))
              .build();
    }
  }
}
