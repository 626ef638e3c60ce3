package io.github.slakit.benchmarks;

import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.Decision;
import io.github.slakit.core.Location;
import io.github.slakit.core.MetricState;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.StatusOptions;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.rules.Rulesets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SlaEngine#status} of one case with {@value #EVENTS} events on a business-hours calendar,
 * microseconds per status, beside {@link SlaEngine#evaluate} of the same case (the baseline: a
 * status makes one decision per requested severity in force, then replays the events).
 *
 * <p>The case: Elastic GOLD in Seoul (the KR calendar, Monday-Friday 09:00-18:00 KST), opened Tue
 * 3 March 2026 10:00 KST as severity 3 (2 business days). Day 0 the agent answers at 11:00 and
 * waits on the customer; on each of the next 16 weekdays the customer answers at 10:00 (a
 * NEXT_RESPONSE cycle), the agent at 14:00, and the case waits on the customer again from 14:00
 * (a pause); on day 3 the severity goes to 2 at 15:00; on day 8 the case is resolved at 16:00
 * instead of waiting, and reopened on day 9 at 09:30 (a second RESOLUTION cycle); the last event
 * is the customer's answer on day 16, and the moment asked is an hour later, so that
 * NEXT_RESPONSE runs and has alarms ahead.
 *
 * <ul>
 *   <li>{@code status}: the default alarms (50, 75, 90, 100 %, marked when off hours);
 *   <li>{@code statusNoAlarms}: no alarm asked, so {@code status - statusNoAlarms} is what the
 *       alarm schedule costs;
 *   <li>{@code statusNextOpening}: the default alarms moved to the next opening when off hours;
 *   <li>{@code evaluate}: the decision of the same case, the baseline.
 * </ul>
 *
 * <pre>
 * ./mvnw -B -ntp -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar StatusBenchmark -f 1 -wi 8 -w 3 -i 5 -r 2
 * </pre>
 *
 * <p>The replay needs a long warm-up besides Drools': about 20 seconds before the plateau, hence
 * eight warm-up iterations of 3 s. {@link StatusAlarmCost} measures {@code status} and {@code
 * statusNoAlarms} paired, in one JVM. Results are in {@code docs/BENCHMARKS.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatusBenchmark {
  static final int EVENTS = 50;
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  SlaEngine engine;
  SupportCase supportCase;
  Subscription subscription;
  List<CaseEvent> events;
  Instant at;
  StatusOptions noAlarms;
  StatusOptions nextOpening;

  @Setup(Level.Trial)
  public void setUp() {
    engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    LocalDate day = LocalDate.of(2026, 3, 3);
    supportCase =
        SupportCase.builder("C-50", "elastic", day.atTime(10, 0).atZone(SEOUL).toOffsetDateTime())
            .severity(3)
            .build();
    subscription =
        Subscription.builder("S-50", "elastic", "GOLD", Location.of("KR", "Asia/Seoul"))
            .term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
            .build();
    events = events(day);
    CaseEvent last = events.get(events.size() - 1);
    at = last.at().plusSeconds(3600);
    noAlarms = StatusOptions.DEFAULTS.withAlarmPercents(List.of());
    nextOpening = StatusOptions.DEFAULTS.withOffHours(StatusOptions.OffHours.NEXT_OPENING);

    // the case is what this benchmark says it is
    CaseStatus s = status();
    if (events.size() != EVENTS
        || last.type() != Type.CUSTOMER_RESPONDED
        || s.metric(Metrics.NEXT_RESPONSE).orElseThrow().state() != MetricState.RUNNING
        || s.metric(Metrics.RESOLUTION).orElseThrow().cycle() != 2
        || s.alarms().isEmpty()
        || s.severity().level() != 2) {
      throw new IllegalStateException("not the case described: " + events.size() + " events, " + s);
    }
  }

  /** The events of the case described above, from its opening day. */
  static List<CaseEvent> events(LocalDate opened) {
    List<CaseEvent> out = new ArrayList<>();
    out.add(CaseEvent.of(Type.AGENT_RESPONDED, at(opened, 11, 0)));
    out.add(CaseEvent.of(Type.WAITING_ON_CUSTOMER, at(opened, 11, 0)));
    LocalDate day = opened;
    for (int i = 1; i <= 16; i++) {
      day = nextWeekday(day);
      if (i == 9) {
        out.add(CaseEvent.of(Type.REOPENED, at(day, 9, 30)));
      }
      out.add(CaseEvent.of(Type.CUSTOMER_RESPONDED, at(day, 10, 0)));
      if (i == 16) {
        break;
      }
      out.add(CaseEvent.of(Type.AGENT_RESPONDED, at(day, 14, 0)));
      if (i == 8) {
        out.add(CaseEvent.of(Type.RESOLVED, at(day, 16, 0)));
      } else {
        out.add(CaseEvent.of(Type.WAITING_ON_CUSTOMER, at(day, 14, 0)));
      }
      if (i == 3) {
        out.add(CaseEvent.severityChanged(at(day, 15, 0), 2));
      }
    }
    return List.copyOf(out);
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(SEOUL).toInstant();
  }

  private static LocalDate nextWeekday(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  @Benchmark
  public CaseStatus status() {
    return engine.status(supportCase, subscription, events, at);
  }

  @Benchmark
  public CaseStatus statusNoAlarms() {
    return engine.status(supportCase, subscription, events, at, noAlarms);
  }

  @Benchmark
  public CaseStatus statusNextOpening() {
    return engine.status(supportCase, subscription, events, at, nextOpening);
  }

  @Benchmark
  public Decision evaluate() {
    return engine.evaluate(supportCase, subscription);
  }
}
