package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.slakit.core.CaseStatus.CaseState;
import io.github.slakit.core.CaseStatus.MetricStatus;
import io.github.slakit.core.report.Compliance;
import io.github.slakit.core.report.ComplianceReport;
import io.github.slakit.core.report.ComplianceReport.Dimension;
import io.github.slakit.core.report.ComplianceReport.Group;
import io.github.slakit.core.report.ComplianceReport.MetricFigures;
import io.github.slakit.core.report.ComplianceReport.Percentiles;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link Compliance} over generated histories ({@link RandomCase}) against a slow reference that
 * keeps every case: per group and metric, met + breached + running = the cases counted; the
 * counts, totals and maxima equal to the reference's; percentiles equal to the exact nearest-rank
 * ones up to 256 values, within 1 % (plus 1 s) beyond, and always within the data's range. The
 * random seed is {@code QT_SEED}, as for {@link LifecyclePropertyTest}.
 */
class CompliancePropertyTest {
  private static final List<Dimension> ALL = List.of(Dimension.values());

  /** The cases of one batch: their statuses at a common moment. */
  private record Line(RandomCase c, SupportCase supportCase, Subscription sub, CaseStatus st) {}

  private static List<Line> batch(long seed, int n) {
    Random r = new Random(seed);
    List<RandomCase> cases = new ArrayList<>();
    Instant moment = Instant.MIN;
    for (int i = 0; i < n; i++) {
      RandomCase c = RandomCase.of(r.nextLong());
      cases.add(c);
      moment = c.at.isAfter(moment) ? c.at : moment;
    }
    List<Line> out = new ArrayList<>();
    for (RandomCase c : cases) {
      SupportCase sc = c.supportCase();
      out.add(new Line(c, sc, c.subscription(), c.status(c.events, moment)));
    }
    return out;
  }

  /** The reference's figures of one group. */
  private static final class Ref {
    long cases;
    long notCovered;
    final Map<String, long[]> metrics = new TreeMap<>();
    final List<Duration> first = new ArrayList<>();
    final List<Duration> resolution = new ArrayList<>();
    Duration paused = Duration.ZERO;
  }

  private static String key(Dimension d, Line l) {
    return switch (d) {
      case VENDOR -> l.st.vendor();
      case LEVEL -> l.sub.level();
      case SEVERITY -> String.valueOf(l.st.severity().level());
      case MONTH -> YearMonth.from(l.c.opened.atZone(l.c.zone)).toString();
    };
  }

  private static Map<List<String>, Ref> reference(List<Line> lines, List<Dimension> by) {
    Map<List<String>, Ref> out = new TreeMap<>(CompliancePropertyTest::compare);
    for (Line l : lines) {
      List<String> k = by.stream().map(d -> key(d, l)).toList();
      Ref ref = out.computeIfAbsent(k, x -> new Ref());
      ref.cases++;
      if (!l.st.notCovered().isEmpty()) {
        ref.notCovered++;
      }
      for (String metric : l.st.metrics().stream().map(MetricStatus::metric).distinct().toList()) {
        List<MetricStatus> cycles =
            l.st.metrics().stream()
                .filter(m -> m.metric().equals(metric) && m.target().isPresent())
                .toList();
        if (cycles.isEmpty()) {
          continue;
        }
        long[] c = ref.metrics.computeIfAbsent(metric, x -> new long[3]);
        if (cycles.stream().anyMatch(m -> m.state() == MetricState.BREACHED)) {
          c[1]++;
        } else if (cycles.stream()
            .anyMatch(m -> m.state() == MetricState.RUNNING || m.state() == MetricState.PAUSED)) {
          c[2]++;
        } else {
          c[0]++;
        }
      }
      // the first response: the first agent response up to the moment, if the clock stopped there
      Optional<Instant> answered =
          l.c.events.stream()
              .filter(e -> e.type() == CaseEvent.Type.AGENT_RESPONDED && !e.at().isAfter(l.st.at()))
              .map(CaseEvent::at)
              .sorted()
              .findFirst();
      for (MetricStatus m : l.st.metrics()) {
        if (m.metric().equals(Metrics.INITIAL_RESPONSE)
            && answered.isPresent()
            && m.stoppedAt().equals(answered)
            && m.state() != MetricState.STOPPED) {
          ref.first.add(m.elapsed());
        }
      }
      List<MetricStatus> res =
          l.st.metrics().stream().filter(m -> m.metric().equals(Metrics.RESOLUTION)).toList();
      for (MetricStatus m : res) {
        ref.paused = ref.paused.plus(m.paused());
      }
      if (l.st.caseState() != CaseState.OPEN && !res.isEmpty()) {
        ref.resolution.add(
            res.stream().map(MetricStatus::elapsed).reduce(Duration.ZERO, Duration::plus));
      }
    }
    return out;
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** The exact nearest-rank percentile: the value at rank ceil(p/100 n), counted from 1. */
  private static Duration exact(List<Duration> values, int p) {
    List<Duration> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = Math.max(1, (int) Math.ceil(p * sorted.size() / 100.0));
    return sorted.get(rank - 1);
  }

  private static void checkPercentiles(Optional<Percentiles> got, List<Duration> values) {
    if (values.isEmpty()) {
      assertThat(got).isEmpty();
      return;
    }
    Percentiles p = got.orElseThrow();
    assertThat(p.count()).isEqualTo(values.size());
    Duration min = Collections.min(values);
    Duration max = Collections.max(values);
    assertThat(p.max()).isEqualTo(max);
    for (int q : new int[] {50, 90}) {
      Duration est = q == 50 ? p.p50() : p.p90();
      Duration ex = exact(values, q);
      assertThat(est).isBetween(min, max);
      if (values.size() <= 256) {
        assertThat(est).as("p%d of %d values", q, values.size()).isEqualTo(ex);
      } else {
        long bound = ex.toNanos() / 100 + 1_000_000_000L;
        assertThat(Math.abs(est.toNanos() - ex.toNanos()))
            .as("p%d %s against %s", q, est, ex)
            .isLessThanOrEqualTo(bound);
      }
    }
  }

  private static void check(List<Line> lines, List<Dimension> by) {
    Instant moment = lines.get(0).st.at();
    Compliance c = Compliance.by(by, moment);
    List<Line> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(lines.size()));
    for (Line l : shuffled) {
      c.add(l.supportCase, l.sub, l.c.events, l.st);
    }
    ComplianceReport report = c.report();
    Map<List<String>, Ref> ref = reference(lines, by);
    assertThat(report.groups()).extracting(Group::key).containsExactlyElementsOf(ref.keySet());
    for (Group g : report.groups()) {
      Ref r = ref.get(g.key());
      assertThat(g.cases()).isEqualTo(r.cases);
      assertThat(g.notCovered()).isEqualTo(r.notCovered);
      assertThat(g.metrics())
          .extracting(MetricFigures::metric)
          .hasSameElementsAs(r.metrics.keySet());
      for (MetricFigures m : g.metrics()) {
        assertThat(m.met() + m.breached() + m.running()).isEqualTo(m.cases());
        long[] e = r.metrics.get(m.metric());
        assertThat(new long[] {m.met(), m.breached(), m.running()})
            .as("%s met, breached, running", m.metric())
            .containsExactly(e);
      }
      checkPercentiles(g.firstResponse(), r.first);
      checkPercentiles(g.resolution(), r.resolution);
      assertThat(g.paused()).isEqualTo(r.paused);
      assertThat(g.nearestBreach()).hasSizeLessThanOrEqualTo(Compliance.DEFAULT_NEAREST);
    }
  }

  @Test
  void smallBatchesGroupedEveryWayEqualTheReference() {
    qt().withFixedSeed(LifecyclePropertyTest.SEED)
        .withExamples(25)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<Dimension> by = new ArrayList<>();
              for (Dimension d : ALL) {
                if (r.nextBoolean()) {
                  by.add(d);
                }
              }
              Collections.shuffle(by, r);
              try {
                check(batch(seed, 1 + r.nextInt(40)), by);
              } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                    "QT_SEED=" + LifecyclePropertyTest.SEED + ", batch " + seed + " by " + by, e);
              }
            });
  }

  @Test
  void aLargeGroupsPercentilesAreWithinTheSketchsBound() {
    // 1,200 cases: the ungrouped report and the one by severity hold groups of more than 256
    // values, which the sketch's buckets answer.
    List<Line> lines = batch(LifecyclePropertyTest.SEED, 1200);
    check(lines, List.of());
    check(lines, List.of(Dimension.SEVERITY));
  }
}
