package io.github.slakit.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Set;

/**
 * The business intervals of one local year, immutable once built: the instants from the first
 * instant of 1 January to the first instant of the next 1 January, as sorted, disjoint,
 * non-touching intervals in nanoseconds from the chunk's base second, with cumulative business
 * time. An interval that runs over a year boundary is cut there; callers join the pieces.
 */
final class YearChunk {
  static final long NANOS = 1_000_000_000L;

  final int year;

  /** Epoch second of the chunk's first instant. */
  final long baseSecond;

  /** The chunk's length in nanoseconds. */
  final long length;

  private final long[] starts;
  private final long[] ends;

  /** {@code cum[i]}: business nanoseconds in intervals {@code 0..i-1}; length n + 1. */
  private final long[] cum;

  private YearChunk(int year, long baseSecond, long length, long[] starts, long[] ends) {
    this.year = year;
    this.baseSecond = baseSecond;
    this.length = length;
    this.starts = starts;
    this.ends = ends;
    this.cum = new long[starts.length + 1];
    for (int i = 0; i < starts.length; i++) {
      cum[i + 1] = cum[i] + ends[i] - starts[i];
    }
  }

  /**
   * Builds the chunk of a year: the windows of every date that can reach into the year (from 31
   * December before), resolved by TIME-4, their union, minus the breaks of the same dates, minus
   * the holidays of the year (whole local days, TIME-6), cut to the year.
   */
  static YearChunk build(
      int year,
      Instant yearStart,
      Instant nextYearStart,
      ZoneRules rules,
      CalendarSpec spec,
      Set<LocalDate> holidays) {
    long base = yearStart.getEpochSecond();
    long length = (nextYearStart.getEpochSecond() - base) * NANOS;
    LongList open = new LongList();
    LongList closed = new LongList();
    LocalDate last = LocalDate.of(year, 12, 31);
    for (LocalDate d = LocalDate.of(year - 1, 12, 31); !d.isAfter(last); d = d.plusDays(1)) {
      for (TimeWindow w : spec.windowsOn(d)) {
        addWindow(open, d, w, rules, base);
      }
      for (TimeWindow w : spec.breaksOn(d)) {
        addWindow(closed, d, w, rules, base);
      }
      if (d.getYear() == year && holidays.contains(d)) {
        closed.add(nanos(WallClock.startOfDay(d, rules), base));
        closed.add(nanos(WallClock.startOfDay(d.plusDays(1), rules), base));
      }
    }
    long[] union = merge(open);
    long[] removed = merge(closed);
    LongList result = new LongList();
    int j = 0;
    for (int i = 0; i < union.length; i += 2) {
      long s = Math.max(union[i], 0);
      long e = Math.min(union[i + 1], length);
      while (j < removed.length && removed[j + 1] <= s) {
        j += 2;
      }
      int k = j;
      while (s < e) {
        if (k >= removed.length || removed[k] >= e) {
          result.add(s);
          result.add(e);
          break;
        }
        if (removed[k] > s) {
          result.add(s);
          result.add(removed[k]);
        }
        s = Math.max(s, removed[k + 1]);
        k += 2;
      }
    }
    int n = result.size / 2;
    long[] starts = new long[n];
    long[] ends = new long[n];
    for (int i = 0; i < n; i++) {
      starts[i] = result.values[2 * i];
      ends[i] = result.values[2 * i + 1];
    }
    return new YearChunk(year, base, length, starts, ends);
  }

  private static void addWindow(
      LongList out, LocalDate d, TimeWindow w, ZoneRules rules, long base) {
    LocalDate endDate = w.crossesMidnight() ? d.plusDays(1) : d;
    Instant s = WallClock.start(LocalDateTime.of(d, w.start()), rules);
    Instant e = WallClock.end(LocalDateTime.of(endDate, w.end()), rules);
    if (e.isAfter(s)) {
      out.add(nanos(s, base));
      out.add(nanos(e, base));
    }
  }

  private static long nanos(Instant t, long base) {
    return (t.getEpochSecond() - base) * NANOS + t.getNano();
  }

  /** Sorted union of [start, end) pairs, touching ones joined, as a flat array. */
  private static long[] merge(LongList pairs) {
    int n = pairs.size / 2;
    long[][] p = new long[n][];
    for (int i = 0; i < n; i++) {
      p[i] = new long[] {pairs.values[2 * i], pairs.values[2 * i + 1]};
    }
    Arrays.sort(p, (a, b) -> Long.compare(a[0], b[0]));
    LongList out = new LongList();
    for (long[] iv : p) {
      if (out.size > 0 && iv[0] <= out.values[out.size - 1]) {
        out.values[out.size - 1] = Math.max(out.values[out.size - 1], iv[1]);
      } else {
        out.add(iv[0]);
        out.add(iv[1]);
      }
    }
    return Arrays.copyOf(out.values, out.size);
  }

  int size() {
    return starts.length;
  }

  long start(int i) {
    return starts[i];
  }

  long end(int i) {
    return ends[i];
  }

  long total() {
    return cum[starts.length];
  }

  /** Position of an instant in the chunk, in nanoseconds from its base. */
  long position(Instant t) {
    return (t.getEpochSecond() - baseSecond) * NANOS + t.getNano();
  }

  Instant instant(long position) {
    return Instant.ofEpochSecond(baseSecond + position / NANOS, position % NANOS);
  }

  /** Index of the last interval starting at or before {@code p}, or -1. */
  int floor(long p) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= p) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }

  boolean contains(long p) {
    int i = floor(p);
    return i >= 0 && p < ends[i];
  }

  /** Business nanoseconds of the chunk before {@code p}. */
  long businessBefore(long p) {
    int i = floor(p);
    return i < 0 ? 0 : cum[i] + Math.min(p, ends[i]) - starts[i];
  }

  /** The earliest position with {@code c} business nanoseconds before it; {@code 0 < c <= total}. */
  long forward(long c) {
    return locate(c, false);
  }

  /** The latest position with {@code c} business nanoseconds before it; {@code 0 <= c < total}. */
  long backward(long c) {
    return locate(c, true);
  }

  /**
   * The position in interval {@code k - 1} with {@code c} business nanoseconds before it, where k
   * is the smallest index in 1..n with {@code cum[k] >= c} (earliest) or {@code cum[k] > c} (latest).
   */
  private long locate(long c, boolean latest) {
    int lo = 1;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid] > c || (!latest && cum[mid] == c)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int i = lo - 1;
    return starts[i] + (c - cum[i]);
  }

  /** {@code p} when business time, else the next interval start in this chunk; -1 when none. */
  long nextOpening(long p) {
    int i = floor(p);
    if (i >= 0 && p < ends[i]) {
      return p;
    }
    return i + 1 < starts.length ? starts[i + 1] : -1;
  }

  /** {@code p} when business time or an interval end, else the previous end; -1 when none. */
  long previousClosing(long p) {
    int i = floor(p);
    return i < 0 ? -1 : Math.min(p, ends[i]);
  }

  /** The end of the business time just before {@code p}, cut at {@code p}; -1 when none. */
  long closingBefore(long p) {
    int i = floor(p - 1);
    return i < 0 ? -1 : Math.min(p, ends[i]);
  }

  /** A growable list of longs. */
  private static final class LongList {
    long[] values = new long[64];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  @Override
  public String toString() {
    return "YearChunk[" + year + ", " + starts.length + " intervals]";
  }
}
