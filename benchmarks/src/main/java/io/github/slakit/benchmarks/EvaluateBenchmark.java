package io.github.slakit.benchmarks;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.core.Decision;
import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.IssueKind;
import io.github.slakit.core.Location;
import io.github.slakit.core.MetricDefinition;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyFacts;
import io.github.slakit.rules.Rulesets;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
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
 * <p>Each thread cycles through {@value #CASES} precomputed cases of the vendor and level, drawn
 * from a fixed random seed as {@link GenerateCases} draws its lines: opening instants uniform over
 * 2026-2027 in the contract's zone (Elastic in Seoul, Paris and New York, the Korean vendors in
 * Seoul); every impact or none; a requested severity in 30%; production affected in 80%, a
 * workaround in 20%; an Elastic case's own deployment in half; a business impact in half; SE
 * consulted in 30%; Elastic subscriptions with a deployment and a spend; terms of two years, 5%
 * ended mid-2026; rockPLACE's agreed and used visits. Beyond {@link GenerateCases}, a third of the
 * cases state a kind of issue, so that every optional fact (requested severity, impact,
 * deployment, kind of issue) is inserted in some decisions. Not drawn: inline calendars, bad lines.
 * A case whose decision fails is drawn again.
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
  static final int CASES = 1024;

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

  private static final Location[] ELASTIC_PLACES = {
    Location.of("KR", "Asia/Seoul"),
    Location.of("FR", "Europe/Paris"),
    Location.of("US", "America/New_York")
  };

  /** The vendor's ruleset, and the facts the engine gave it for each case, for {@link #rules}. */
  Ruleset ruleset;

  PolicyFacts[] facts;

  /** Each case's decision, for {@link #writeLineUtf8} and {@link #writeLineText}. */
  Decision[] decisions;

  @Setup(Level.Trial)
  public void setUp() {
    engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    String[] vl = vendorLevel.split(":");
    ruleset = engine.ruleset(vl[0]).orElseThrow();
    SplittableRandom random = new SplittableRandom(20261130L);
    cases = new SupportCase[CASES];
    subscriptions = new Subscription[CASES];
    for (int i = 0; i < CASES; ) {
      SupportCase c = supportCase(vl[0], i, random);
      Subscription s = subscription(vl[0], vl[1], i, random);
      try {
        engine.evaluate(c, s);
      } catch (SlaException e) {
        continue; // drawn again
      }
      cases[i] = c;
      subscriptions[i] = s;
      i++;
    }
    Recording recording = new Recording(ruleset);
    SlaEngine recorder = SlaEngine.builder().ruleset(recording).build();
    for (int i = 0; i < CASES; i++) {
      recorder.evaluate(cases[i], subscriptions[i]);
    }
    facts = recording.facts.toArray(PolicyFacts[]::new);
    decisions = new Decision[CASES];
    for (int i = 0; i < CASES; i++) {
      decisions[i] = engine.evaluate(cases[i], subscriptions[i]);
    }
    if (facts.length != CASES) {
      throw new IllegalStateException(facts.length + " facts for " + CASES + " cases");
    }
  }

  /** A ruleset that decides as another and keeps the facts it was given. */
  private static final class Recording implements Ruleset {
    final Ruleset rules;
    final List<PolicyFacts> facts = new ArrayList<>();

    Recording(Ruleset rules) {
      this.rules = rules;
    }

    @Override
    public String vendor() {
      return rules.vendor();
    }

    @Override
    public Set<String> levels() {
      return rules.levels();
    }

    @Override
    public Map<String, BusinessCalendar> calendars() {
      return rules.calendars();
    }

    @Override
    public String version() {
      return rules.version();
    }

    @Override
    public List<MetricDefinition> metrics() {
      return rules.metrics();
    }

    @Override
    public PolicyDecision decide(PolicyFacts f) {
      facts.add(f);
      return rules.decide(f);
    }
  }

  private static Location place(String vendor, SplittableRandom r) {
    return vendor.equals("elastic")
        ? ELASTIC_PLACES[r.nextInt(ELASTIC_PLACES.length)]
        : ELASTIC_PLACES[0];
  }

  static SupportCase supportCase(String vendor, int i, SplittableRandom r) {
    Location place = place(vendor, r);
    OffsetDateTime opened =
        LocalDate.of(2026, 1, 1)
            .atStartOfDay(place.zone())
            .plusMinutes(r.nextInt(730 * 24 * 60))
            .toOffsetDateTime();
    SupportCase.Builder c = SupportCase.builder("C-" + i, vendor, opened);
    if (r.nextInt(10) < 3) {
      c.severity(1 + r.nextInt(4));
    }
    Impact[] impacts = Impact.values();
    int impact = r.nextInt(impacts.length + 1);
    if (impact < impacts.length) {
      c.impact(impacts[impact]);
    }
    c.production(r.nextInt(5) != 0).workaround(r.nextInt(5) == 0);
    if (vendor.equals("elastic") && r.nextBoolean()) {
      c.deployment(r.nextBoolean() ? Deployment.CLOUD : Deployment.SELF_MANAGED);
    }
    if (r.nextBoolean()) {
      c.businessImpact("customer-facing");
    }
    c.seConsulted(r.nextInt(10) < 3);
    if (r.nextInt(3) == 0) {
      IssueKind[] kinds = IssueKind.values();
      c.issueKind(kinds[r.nextInt(kinds.length)]);
    }
    return c.build();
  }

  static Subscription subscription(String vendor, String level, int i, SplittableRandom r) {
    Location place = place(vendor, r);
    Subscription.Builder s =
        Subscription.builder("S-" + i, vendor, level, place)
            .customer("Customer " + r.nextInt(50_000))
            .term(
                LocalDate.of(2026, 1, 1),
                r.nextInt(20) == 0 ? LocalDate.of(2026, 6, 30) : LocalDate.of(2027, 12, 31));
    if (vendor.equals("elastic")) {
      s.deployment(r.nextBoolean() ? Deployment.CLOUD : Deployment.SELF_MANAGED)
          .annualSpendUsd(BigDecimal.valueOf(5_000L + 1_000L * r.nextInt(200)));
    }
    if (vendor.equals("rockplace")) {
      if (level.equals("PREMIUM")) {
        s.agreedVisitsPerYear(12 + r.nextInt(13));
      }
      s.onSiteVisitCount(r.nextInt(8));
    }
    return s.build();
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

  /**
   * The rules alone: the vendor's ruleset deciding the facts that the engine made of each case
   * (Drools inserts them, fires the rules, slakit reads the result and the session is reset),
   * without what the engine does before and after (the facts, the deadlines, the steps). What
   * {@link #evaluate} could reach if all of slakit's own work cost nothing.
   */
  @Benchmark
  public PolicyDecision rules(Cursor cursor) {
    int i = cursor.next++ & (CASES - 1);
    return ruleset.decide(facts[i]);
  }

  /** A decision written as a line of JSON Lines in UTF-8, as {@code evaluate --batch} does. */
  @Benchmark
  public byte[] writeLineUtf8(Cursor cursor) {
    int i = cursor.next++ & (CASES - 1);
    return SlaJson.writeLineUtf8(decisions[i]);
  }

  /** The same through text: the line as a {@code String}, then encoded (the baseline). */
  @Benchmark
  public byte[] writeLineText(Cursor cursor) {
    int i = cursor.next++ & (CASES - 1);
    return (SlaJson.writeLine(decisions[i]) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The same on two threads sharing the engine: total decisions per second of both. */
  @Benchmark
  @Threads(2)
  public Decision evaluateTwoThreads(Cursor cursor) {
    int i = cursor.next++ & (CASES - 1);
    return engine.evaluate(cases[i], subscriptions[i]);
  }
}
