package io.github.slakit.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The business intervals of a calendar, one {@link YearChunk} per local year of the supported
 * range, each built on first use and published through an {@link AtomicReferenceArray} (racing
 * builders compute equal chunks; the first one stored wins). Lookups cost a binary search in one
 * chunk plus O(1) per chunk crossed.
 */
final class BusinessTimeIndex {
  private static final long NANOS = YearChunk.NANOS;
  private static final long AVERAGE_YEAR_SECONDS = 31_556_952L;

  private final CalendarSpec spec;
  private final ZoneRules rules;
  private final int firstYear;
  private final int lastYear;
  private final IntFunction<Set<LocalDate>> holidaysOfYear;

  /** Epoch seconds of the first instant of each year firstYear..lastYear + 1. */
  private final long[] yearStarts;

  private final AtomicReferenceArray<YearChunk> chunks;
  private final boolean closed;

  BusinessTimeIndex(
      CalendarSpec spec, int firstYear, int lastYear, IntFunction<Set<LocalDate>> holidaysOfYear) {
    this.spec = spec;
    this.rules = spec.zone().getRules();
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.holidaysOfYear = holidaysOfYear;
    int count = lastYear - firstYear + 1;
    this.yearStarts = new long[count + 1];
    for (int i = 0; i <= count; i++) {
      yearStarts[i] =
          WallClock.startOfDay(LocalDate.of(firstYear + i, 1, 1), rules).getEpochSecond();
    }
    this.chunks = new AtomicReferenceArray<>(count);
    this.closed = !spec.hasAnyWindow();
  }

  int firstYear() {
    return firstYear;
  }

  int lastYear() {
    return lastYear;
  }

  ZoneId zone() {
    return spec.zone();
  }

  private YearChunk chunk(int k) {
    YearChunk c = chunks.get(k);
    if (c == null) {
      int year = firstYear + k;
      c =
          YearChunk.build(
              year,
              Instant.ofEpochSecond(yearStarts[k]),
              Instant.ofEpochSecond(yearStarts[k + 1]),
              rules,
              spec,
              holidaysOfYear.apply(year));
      if (!chunks.compareAndSet(k, null, c)) {
        c = chunks.get(k);
      }
    }
    return c;
  }

  private int chunkCount() {
    return yearStarts.length - 1;
  }

  /** The chunk index of an instant; CalendarException when outside the supported years. */
  private int chunkIndex(Instant t) {
    long sec = t.getEpochSecond();
    int n = chunkCount();
    if (sec < yearStarts[0] || sec >= yearStarts[n]) {
      throw outside(yearOf(t), "at " + t);
    }
    long guess = (sec - yearStarts[0]) / AVERAGE_YEAR_SECONDS;
    int k = (int) Math.min(guess, n - 1);
    while (sec < yearStarts[k]) {
      k--;
    }
    while (sec >= yearStarts[k + 1]) {
      k++;
    }
    return k;
  }

  /** The local year of an instant, or the extreme year for one beyond what local dates can hold. */
  private int yearOf(Instant t) {
    try {
      return t.atZone(spec.zone()).getYear();
    } catch (java.time.DateTimeException e) {
      return t.getEpochSecond() < 0 ? java.time.Year.MIN_VALUE : java.time.Year.MAX_VALUE;
    }
  }

  CalendarException outside(int year, String what) {
    return new CalendarException(
        String.format(
            Locale.ROOT,
            "calendar %s: business time is needed in year %d (%s), outside its supported years %d..%d",
            name(),
            year,
            what,
            firstYear,
            lastYear));
  }

  private String name() {
    return spec.id().isEmpty() ? "(no id, " + spec.zone() + ")" : "'" + spec.id() + "'";
  }

  boolean isBusinessTime(Instant t) {
    int k = chunkIndex(t);
    YearChunk c = chunk(k);
    return c.contains(c.position(t));
  }

  /** The first business instant whose local date is {@code date}, or null when none. */
  @Nullable Instant firstOpeningOn(LocalDate date) {
    YearChunk c = chunkOf(date);
    long from = c.position(WallClock.startOfDay(date, rules));
    long to = c.position(WallClock.startOfDay(date.plusDays(1), rules));
    long open = c.nextOpening(from);
    return open >= 0 && open < to ? c.instant(open) : null;
  }

  /** The end of the last business time whose local date is {@code date}, or null when none. */
  @Nullable Instant lastClosingOn(LocalDate date) {
    YearChunk c = chunkOf(date);
    long from = c.position(WallClock.startOfDay(date, rules));
    long to = c.position(WallClock.startOfDay(date.plusDays(1), rules));
    long close = c.closingBefore(to);
    return close > from ? c.instant(close) : null;
  }

  private YearChunk chunkOf(LocalDate date) {
    int k = date.getYear() - firstYear;
    if (k < 0 || k >= chunkCount()) {
      throw outside(date.getYear(), "on " + date);
    }
    return chunk(k);
  }

  /** nextOpening, or null when there is none in range. */
  @Nullable Instant nextOpening(Instant t) {
    int k = chunkIndex(t);
    YearChunk c = chunk(k);
    long p = c.nextOpening(c.position(t));
    if (p >= 0) {
      return c.instant(p);
    }
    if (closed) {
      return null;
    }
    for (k++; k < chunkCount(); k++) {
      c = chunk(k);
      if (c.size() > 0) {
        return c.instant(c.start(0));
      }
    }
    return null;
  }

  /** previousClosing, or null when there is none in range. */
  @Nullable Instant previousClosing(Instant t) {
    int k = chunkIndex(t);
    YearChunk c = chunk(k);
    long p = c.previousClosing(c.position(t));
    if (p >= 0) {
      return c.instant(p);
    }
    if (closed) {
      return null;
    }
    for (k--; k >= 0; k--) {
      c = chunk(k);
      if (c.size() > 0) {
        return c.instant(c.end(c.size() - 1));
      }
    }
    return null;
  }

  /** add for a positive amount. */
  Instant add(Instant from, Duration amount) {
    int k = chunkIndex(from);
    YearChunk c = chunk(k);
    long used = c.businessBefore(c.position(from));
    long remSec = amount.getSeconds();
    long remNano = amount.getNano();
    while (true) {
      long avail = c.total() - used;
      long availSec = avail / NANOS;
      long availNano = avail % NANOS;
      if (remSec < availSec || (remSec == availSec && remNano <= availNano)) {
        return c.instant(c.forward(used + remSec * NANOS + remNano));
      }
      remSec -= availSec;
      remNano -= availNano;
      if (remNano < 0) {
        remNano += NANOS;
        remSec--;
      }
      k++;
      if (k >= chunkCount() || closed) {
        throw notEnough("after", from, amount, k);
      }
      c = chunk(k);
      used = 0;
    }
  }

  /** subtract for a positive amount. */
  Instant subtract(Instant from, Duration amount) {
    int k = chunkIndex(from);
    YearChunk c = chunk(k);
    long used = c.businessBefore(c.position(from));
    long remSec = amount.getSeconds();
    long remNano = amount.getNano();
    while (true) {
      long availSec = used / NANOS;
      long availNano = used % NANOS;
      if (remSec < availSec || (remSec == availSec && remNano <= availNano)) {
        return c.instant(c.backward(used - (remSec * NANOS + remNano)));
      }
      remSec -= availSec;
      remNano -= availNano;
      if (remNano < 0) {
        remNano += NANOS;
        remSec--;
      }
      k--;
      if (k < 0 || closed) {
        throw notEnough("before", from, amount, k);
      }
      c = chunk(k);
      used = c.total();
    }
  }

  private CalendarException notEnough(String where, Instant from, Duration amount, int k) {
    if (closed) {
      return new CalendarException(
          String.format(
              Locale.ROOT,
              "calendar %s has no business time at all: cannot count %s %s %s",
              name(),
              amount,
              where,
              from));
    }
    return outside(firstYear + k, amount + " of business time " + where + " " + from);
  }

  /** Business time in [from, to), from <= to. */
  Duration between(Instant from, Instant to) {
    int kf = chunkIndex(from);
    int kt = chunkIndex(to);
    YearChunk cf = chunk(kf);
    long bf = cf.businessBefore(cf.position(from));
    if (kf == kt) {
      return Duration.ofNanos(cf.businessBefore(cf.position(to)) - bf);
    }
    long seconds = 0;
    long nanos = 0;
    long part = cf.total() - bf;
    seconds += part / NANOS;
    nanos += part % NANOS;
    for (int k = kf + 1; k < kt; k++) {
      long total = chunk(k).total();
      seconds += total / NANOS;
      nanos += total % NANOS;
    }
    YearChunk ct = chunk(kt);
    part = ct.businessBefore(ct.position(to));
    seconds += part / NANOS;
    nanos += part % NANOS;
    return Duration.ofSeconds(seconds, nanos);
  }

  /** The business intervals meeting [from, to), cut to it, touching ones merged; from < to. */
  List<BusinessCalendar.Interval> intervals(Instant from, Instant to) {
    int kf = chunkIndex(from);
    int kt = chunkIndex(to);
    List<Instant> bounds = new ArrayList<>();
    for (int k = kf; k <= kt; k++) {
      YearChunk c = chunk(k);
      long lo = k == kf ? c.position(from) : 0;
      long hi = k == kt ? c.position(to) : c.length;
      int i = Math.max(c.floor(lo), 0);
      for (; i < c.size() && c.start(i) < hi; i++) {
        long s = Math.max(c.start(i), lo);
        long e = Math.min(c.end(i), hi);
        if (s >= e) {
          continue;
        }
        Instant si = c.instant(s);
        Instant ei = c.instant(e);
        int n = bounds.size();
        if (n > 0 && bounds.get(n - 1).equals(si)) {
          bounds.set(n - 1, ei);
        } else {
          bounds.add(si);
          bounds.add(ei);
        }
      }
    }
    List<BusinessCalendar.Interval> out = new ArrayList<>(bounds.size() / 2);
    for (int i = 0; i < bounds.size(); i += 2) {
      out.add(new BusinessCalendar.Interval(bounds.get(i), bounds.get(i + 1)));
    }
    return out;
  }
}
