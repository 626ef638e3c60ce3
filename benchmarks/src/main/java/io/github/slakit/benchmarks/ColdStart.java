package io.github.slakit.benchmarks;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.rules.Rulesets;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cold start: a new JVM's way to its first decisions with the built-in rulesets. Run it in a
 * fresh JVM each time (hyperfine, or a shell loop) and time the whole process:
 *
 * <pre>
 * ./mvnw -B -ntp -Pbench -pl benchmarks -am package -DskipTests
 * hyperfine -w 2 -r 20 \
 *   'java -cp benchmarks/target/benchmarks.jar io.github.slakit.benchmarks.ColdStart all' \
 *   'java -cp benchmarks/target/benchmarks.jar io.github.slakit.benchmarks.ColdStart elastic'
 * </pre>
 *
 * <p>{@code all}: an engine with {@link Rulesets#builtIn()}, then one decision of each vendor;
 * {@code elastic}, {@code veeam} or {@code rockplace}: an engine with the built-in rulesets and one
 * decision of that vendor only (what a first request pays); {@code custom FILE.drl}: an engine with
 * the built-ins and that DRL, compiled at run time ({@link Rulesets#fromPath}), and one decision
 * of its vendor (a GOLD subscription). With {@code -v} it prints, on stderr, the JVM's uptime when
 * {@code main} starts and the milliseconds each phase took after that.
 */
public final class ColdStart {
  private ColdStart() {}

  /** The level of each vendor's subscription; every case opens on a Friday evening in Seoul. */
  static final Map<String, String> LEVELS =
      Map.of("elastic", "GOLD", "veeam", "BASIC", "rockplace", "STANDARD");

  public static void main(String[] args) {
    long start = System.nanoTime();
    boolean verbose = List.of(args).contains("-v");
    String what = args.length == 0 || args[0].equals("-v") ? "all" : args[0];
    List<String> phases = new ArrayList<>();
    List<Ruleset> rulesets = new ArrayList<>(Rulesets.builtIn());
    if (what.equals("custom")) {
      long t = System.nanoTime();
      Ruleset custom = Rulesets.fromPath(java.nio.file.Path.of(args[1]));
      rulesets.add(custom);
      what = custom.vendor();
      phases.add("compile " + what + " " + ms(t));
    }
    List<String> vendors =
        what.equals("all") ? List.of("elastic", "veeam", "rockplace") : List.of(what);
    SlaEngine engine = SlaEngine.builder().rulesets(rulesets).build();
    phases.add("engine " + ms(start));
    int decided = 0;
    for (String vendor : vendors) {
      long t = System.nanoTime();
      SupportCase c =
          SupportCase.builder(
                  "C-" + vendor, vendor, OffsetDateTime.parse("2026-03-06T17:30:00+09:00"))
              .impact(Impact.DEGRADED)
              .build();
      Subscription s =
          Subscription.builder(
                  "S-" + vendor,
                  vendor,
                  LEVELS.getOrDefault(vendor, "GOLD"),
                  Location.of("KR", "Asia/Seoul"))
              .build();
      Decision d = engine.evaluate(c, s);
      decided += d.trace().isEmpty() ? 0 : 1;
      phases.add("first " + vendor + " " + ms(t));
    }
    if (verbose) {
      System.err.println(
          "jvm-uptime-at-main "
              + (ManagementFactory.getRuntimeMXBean().getUptime()
                  - (System.nanoTime() - start) / 1_000_000)
              + " ms; "
              + String.join("; ", phases)
              + "; total in main "
              + ms(start));
    }
    if (decided != vendors.size()) {
      throw new AssertionError("a decision without trace");
    }
  }

  private static String ms(long since) {
    return (System.nanoTime() - since) / 1_000_000 + " ms";
  }
}
