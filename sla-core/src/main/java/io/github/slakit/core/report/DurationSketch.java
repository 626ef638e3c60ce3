package io.github.slakit.core.report;

import java.time.Duration;
import java.util.Arrays;

/**
 * Percentiles of durations in bounded memory. The first {@link #EXACT} values are kept as they
 * are, and their percentiles are exact; beyond that the values go into buckets whose bounds grow
 * by a factor {@link #GAMMA} from one second (a log histogram, as DDSketch), so that a
 * percentile is within 1 % of the exact one: a bucket {@code (g^(k-1), g^k]} s answers {@code 2
 * g^k / (g + 1)} s, at most {@code (g - 1) / (g + 1)} (0.99 %) away from any value in it. Values
 * under 1 s share one bucket, answered as the least value. Every answer is clamped to the least
 * and the greatest value seen, which are exact, and rounded to the millisecond: within 1 % plus 1
 * s of the exact value. Memory: 256 longs, then one int per bucket up to the greatest value's
 * (about 700 for a month, 1,000 for ten years). Not thread-safe.
 */
final class DurationSketch {
  /** Values kept exactly before the buckets take over. */
  static final int EXACT = 256;

  /** The growth of the buckets' bounds. */
  static final double GAMMA = 1.02;

  private static final double LOG_GAMMA = Math.log(GAMMA);
  private static final long UNIT = 1_000_000_000L;
  private static final long MILLI = 1_000_000L;

  private long count;
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;
  private long[] exact = new long[16];
  private int[] buckets = new int[0];
  private long belowOneUnit;

  void add(Duration d) {
    long v = d.toNanos();
    if (v < 0) {
      throw new IllegalArgumentException("a negative duration: " + d);
    }
    min = Math.min(min, v);
    max = Math.max(max, v);
    if (count < EXACT) {
      if (count == exact.length) {
        exact = Arrays.copyOf(exact, exact.length * 2);
      }
      exact[(int) count] = v;
    } else {
      if (count == EXACT) {
        for (int i = 0; i < EXACT; i++) {
          bucket(exact[i]);
        }
        exact = new long[0];
      }
      bucket(v);
    }
    count++;
  }

  private void bucket(long nanos) {
    if (nanos < UNIT) {
      belowOneUnit++;
      return;
    }
    int k = index(nanos);
    if (k >= buckets.length) {
      buckets = Arrays.copyOf(buckets, Math.max(k + 1, buckets.length + buckets.length / 2));
    }
    buckets[k]++;
  }

  /** The bucket of a value of at least 1 s: the least k with value <= g^k s. */
  static int index(long nanos) {
    double units = nanos / (double) UNIT;
    int k = (int) Math.ceil(Math.log(units) / LOG_GAMMA - 1e-9);
    return Math.max(k, 0);
  }

  long count() {
    return count;
  }

  Duration max() {
    return Duration.ofNanos(max);
  }

  /**
   * The nearest-rank percentile: the value at rank {@code ceil(p / 100 * count)} of the values in
   * order (the least for a rank under 1).
   */
  Duration percentile(int p) {
    if (count == 0) {
      throw new IllegalStateException("no values");
    }
    long rank = Math.max(1, (p * count + 99) / 100);
    if (count <= EXACT) {
      long[] sorted = Arrays.copyOf(exact, (int) count);
      Arrays.sort(sorted);
      return Duration.ofNanos(sorted[(int) rank - 1]);
    }
    long seen = belowOneUnit;
    double estimate;
    if (rank <= seen) {
      estimate = min;
    } else {
      int k = 0;
      while (true) {
        seen += buckets[k];
        if (seen >= rank) {
          break;
        }
        k++;
      }
      estimate = 2 * Math.pow(GAMMA, k) / (GAMMA + 1) * UNIT;
    }
    long rounded = Math.round(estimate / MILLI) * MILLI;
    return Duration.ofNanos(Math.max(min, Math.min(max, rounded)));
  }
}
