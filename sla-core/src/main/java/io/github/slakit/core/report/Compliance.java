package io.github.slakit.core.report;

import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.CaseStatus.CaseState;
import io.github.slakit.core.CaseStatus.MetricStatus;
import io.github.slakit.core.MetricState;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.report.ComplianceReport.Dimension;
import io.github.slakit.core.report.ComplianceReport.Group;
import io.github.slakit.core.report.ComplianceReport.MetricFigures;
import io.github.slakit.core.report.ComplianceReport.NearBreach;
import io.github.slakit.core.report.ComplianceReport.Percentiles;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Collects the statuses of many cases at one moment into a {@link ComplianceReport}, one case at a
 * time, in memory bounded by the number of groups: per group a few counters per metric, two
 * {@code DurationSketch}es (256 exact values, then log buckets) and the {@code nearest} cases
 * nearest their breach. Thread-safe: {@link #add} may be called from several threads, and the
 * report does not depend on the order the cases came in.
 *
 * <pre>{@code
 * Compliance c = Compliance.by(List.of(Dimension.VENDOR, Dimension.MONTH), at);
 * for (...) c.add(supportCase, subscription, events, engine.status(supportCase, subscription, events, at));
 * ComplianceReport report = c.report();
 * }</pre>
 */
public final class Compliance {
  /** Cases nearest their breach kept per group unless said otherwise. */
  public static final int DEFAULT_NEAREST = 5;

  private final List<Dimension> by;
  private final Instant at;
  private final int nearest;
  private final Map<List<String>, Figures> groups = new HashMap<>();

  private Compliance(List<Dimension> by, Instant at, int nearest) {
    this.by = List.copyOf(by);
    if (new LinkedHashSet<>(this.by).size() != this.by.size()) {
      throw new IllegalArgumentException("a dimension is given twice: " + by);
    }
    this.at = Objects.requireNonNull(at, "at");
    if (nearest < 0) {
      throw new IllegalArgumentException("nearest must be 0 or more: " + nearest);
    }
    this.nearest = nearest;
  }

  /**
   * A collector grouping by {@code by} (none: one group of every case), keeping {@link
   * #DEFAULT_NEAREST} cases nearest their breach per group.
   *
   * @param by the dimensions, each at most once, in the order of the groups' keys
   * @param at the moment every status is asked at
   * @return an empty collector
   * @throws IllegalArgumentException when a dimension is given twice
   */
  public static Compliance by(List<Dimension> by, Instant at) {
    return new Compliance(by, at, DEFAULT_NEAREST);
  }

  /**
   * A collector like this one (empty) that keeps {@code n} cases nearest their breach per group.
   *
   * @param n 0 or more
   * @return a new, empty collector
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public Compliance nearest(int n) {
    return new Compliance(by, at, n);
  }

  /**
   * Adds a case.
   *
   * @param supportCase the case
   * @param subscription its subscription: its zone places the case in a month
   * @param events the case's events (they say whether the first response came)
   * @param status the case's status at the collector's moment
   * @throws IllegalArgumentException when the status is not of this case or not at the moment
   */
  public void add(
      SupportCase supportCase,
      Subscription subscription,
      List<CaseEvent> events,
      CaseStatus status) {
    same(supportCase, status, at);
    List<String> key = new ArrayList<>(by.size());
    for (Dimension d : by) {
      key.add(
          switch (d) {
            case VENDOR -> status.vendor();
            case LEVEL -> subscription.level();
            case SEVERITY -> Integer.toString(status.severity().level());
            case MONTH ->
                YearMonth.from(
                        supportCase.openedAt().toInstant().atZone(subscription.location().zone()))
                    .toString();
          });
    }
    CaseFacts facts = CaseFacts.of(status, events);
    synchronized (this) {
      groups.computeIfAbsent(List.copyOf(key), k -> new Figures(nearest)).add(facts);
    }
  }

  /**
   * The report of the cases added so far.
   *
   * @return the report, groups in the order of their keys
   */
  public synchronized ComplianceReport report() {
    TreeMap<List<String>, Figures> sorted = new TreeMap<>(Compliance::compareKeys);
    sorted.putAll(groups);
    List<Group> out = new ArrayList<>();
    sorted.forEach((k, f) -> out.add(f.group(k)));
    return new ComplianceReport(at, by, out);
  }

  /** Refuses a status that is not of {@code supportCase} at {@code at}. */
  static void same(SupportCase supportCase, CaseStatus status, Instant at) {
    if (!status.caseId().equals(supportCase.id()) || !status.at().equals(at)) {
      throw new IllegalArgumentException(
          "the status of case "
              + status.caseId()
              + " at "
              + status.at()
              + " is not that of case "
              + supportCase.id()
              + " at "
              + at);
    }
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** How one metric ended for a case; of a case's cycles the greatest rank counts. */
  enum Outcome {
    MET(0),
    BREACHED(2),
    RUNNING(1);

    final int rank;

    Outcome(int rank) {
      this.rank = rank;
    }
  }

  /** What a case adds to its group, taken from its status alone (and its events). */
  record CaseFacts(
      String caseId,
      boolean covered,
      Map<String, Outcome> outcomes,
      Optional<Duration> firstResponse,
      Optional<Duration> resolution,
      Duration paused,
      Optional<NearBreach> nearest) {

    static CaseFacts of(CaseStatus st, List<CaseEvent> events) {
      Map<String, Outcome> outcomes = new HashMap<>();
      for (MetricStatus m : st.metrics()) {
        if (m.target().isEmpty()) {
          continue;
        }
        Outcome o =
            switch (m.state()) {
              case BREACHED -> Outcome.BREACHED;
              case RUNNING, PAUSED -> Outcome.RUNNING;
              case MET, STOPPED -> Outcome.MET;
            };
        outcomes.merge(m.metric(), o, (x, y) -> x.rank >= y.rank ? x : y);
      }
      Optional<Duration> first = Optional.empty();
      Optional<Instant> answered =
          events.stream()
              .filter(e -> e.type() == CaseEvent.Type.AGENT_RESPONDED && !e.at().isAfter(st.at()))
              .map(CaseEvent::at)
              .min(Comparator.naturalOrder());
      Duration resolution = Duration.ZERO;
      Duration paused = Duration.ZERO;
      boolean resolutionSeen = false;
      NearBreach near = null;
      for (MetricStatus m : st.metrics()) {
        if (m.metric().equals(Metrics.INITIAL_RESPONSE)
            && m.cycle() == 1
            && (m.state() == MetricState.MET || m.state() == MetricState.BREACHED)
            && m.stoppedAt().isPresent()
            && answered.equals(m.stoppedAt())) {
          first = Optional.of(m.elapsed());
        }
        if (m.metric().equals(Metrics.RESOLUTION)) {
          resolution = resolution.plus(m.elapsed());
          paused = paused.plus(m.paused());
          resolutionSeen = true;
        }
        if ((m.state() == MetricState.RUNNING || m.state() == MetricState.PAUSED)
            && m.percentUsed().isPresent()
            && m.remaining().isPresent()
            && m.deadline().isPresent()) {
          NearBreach n =
              new NearBreach(
                  st.caseId(),
                  m.metric(),
                  m.cycle(),
                  m.percentUsed().get(),
                  m.remaining().get(),
                  m.deadline().get());
          if (near == null || NEAREST_FIRST.compare(n, near) < 0) {
            near = n;
          }
        }
      }
      boolean resolved = st.caseState() != CaseState.OPEN;
      return new CaseFacts(
          st.caseId(),
          st.notCovered().isEmpty(),
          outcomes,
          first,
          resolved && resolutionSeen ? Optional.of(resolution) : Optional.empty(),
          paused,
          Optional.ofNullable(near));
    }
  }

  /**
   * Nearest the breach first: the greatest share used, then the least time left, then by case,
   * metric and cycle (so that the order never depends on the input's).
   */
  static final Comparator<NearBreach> NEAREST_FIRST =
      Comparator.comparingInt(NearBreach::percentUsed)
          .reversed()
          .thenComparing(NearBreach::remaining)
          .thenComparing(NearBreach::caseId)
          .thenComparing(NearBreach::metric)
          .thenComparingInt(NearBreach::cycle);

  /** The fixed-size figures of one group. */
  private static final class Figures {
    final int nearestKept;
    long cases;
    long notCovered;
    final Map<String, long[]> metrics = new HashMap<>(); // met, breached, running
    final DurationSketch first = new DurationSketch();
    final DurationSketch resolution = new DurationSketch();
    Duration paused = Duration.ZERO;

    /** The kept cases, the farthest from its breach at the head (the one to drop). */
    final PriorityQueue<NearBreach> nearest;

    Figures(int nearestKept) {
      this.nearestKept = nearestKept;
      this.nearest = new PriorityQueue<>(NEAREST_FIRST.reversed());
    }

    void add(CaseFacts f) {
      cases++;
      if (!f.covered()) {
        notCovered++;
      }
      f.outcomes().forEach((m, o) -> metrics.computeIfAbsent(m, k -> new long[3])[o.ordinal()]++);
      f.firstResponse().ifPresent(first::add);
      f.resolution().ifPresent(resolution::add);
      paused = paused.plus(f.paused());
      if (nearestKept > 0 && f.nearest().isPresent()) {
        nearest.add(f.nearest().get());
        if (nearest.size() > nearestKept) {
          nearest.poll();
        }
      }
    }

    Group group(List<String> key) {
      List<Map.Entry<String, long[]>> entries = new ArrayList<>(metrics.entrySet());
      entries.sort(
          Map.Entry.comparingByKey(
              Comparator.comparingInt(
                      (String m) -> {
                        int i = ComplianceReport.BUILT_IN.indexOf(m);
                        return i < 0 ? Integer.MAX_VALUE : i;
                      })
                  .thenComparing(Comparator.naturalOrder())));
      List<MetricFigures> figures = new ArrayList<>();
      for (Map.Entry<String, long[]> e : entries) {
        long[] c = e.getValue();
        figures.add(new MetricFigures(e.getKey(), c[0] + c[1] + c[2], c[0], c[1], c[2]));
      }
      List<NearBreach> near = new ArrayList<>(nearest);
      near.sort(NEAREST_FIRST);
      return new Group(
          key,
          cases,
          notCovered,
          figures,
          percentiles(first),
          percentiles(resolution),
          paused,
          near);
    }

    private static Optional<Percentiles> percentiles(DurationSketch s) {
      if (s.count() == 0) {
        return Optional.empty();
      }
      return Optional.of(new Percentiles(s.count(), s.percentile(50), s.percentile(90), s.max()));
    }
  }
}
