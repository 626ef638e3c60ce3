package io.github.slakit.calendars;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Business time of a support contract: weekly hours in a time zone, date-specific hours, breaks
 * and holidays, and the arithmetic every deadline needs (POLICIES.md TIME-1..TIME-7).
 *
 * <p>Immutable and thread-safe. Business intervals are indexed lazily, year by year, with
 * cumulative business seconds, so {@link #add} and {@link #between} cost O(log n) per year
 * crossed whatever the duration's length.
 *
 * <p>Semantics, in short:
 *
 * <ul>
 *   <li>Each local date's windows are its {@linkplain Builder#date date-specific hours} if it has
 *       any, else its weekly hours; a window crossing midnight belongs to the day it starts
 *       (TIME-5). Windows are resolved to instants by TIME-4: a start in a daylight-saving gap
 *       resolves to the first instant after the gap, an end likewise; a start in an overlap to its
 *       first occurrence, an end to its second. Breaks of a date are removed, then every moment
 *       whose local date is a holiday (TIME-6). Business time is the union of what remains.
 *   <li>Intervals are half-open: the opening instant is business time, the closing one is not.
 * </ul>
 */
public final class BusinessCalendar {

  private BusinessCalendar() {}

  /** A builder for a calendar in the zone; no hours and no holidays until set. */
  public static Builder builder(ZoneId zone) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The default calendar of a country (TIME-8 reading): Monday-Friday 09:00-18:00 in the country's
   * main time zone, minus its national holidays. Its id is the country code.
   *
   * @throws CalendarException when there is no built-in holiday set for the country
   */
  public static BusinessCalendar ofCountry(String countryCode) {
    throw new UnsupportedOperationException("not yet");
  }

  /** As {@link #ofCountry(String)}, in the given zone instead of the country's main one. */
  public static BusinessCalendar ofCountry(String countryCode, ZoneId zone) {
    throw new UnsupportedOperationException("not yet");
  }

  /** A builder holding this calendar's definition, to derive a changed copy. */
  public Builder toBuilder() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The calendar's id ({@code "acme-seoul"}, {@code "KR"}); never null, may be empty. */
  public String id() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The zone in which hours, dates and holidays are read. */
  public ZoneId zone() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Whether the instant is business time (opening instant included, closing excluded). */
  public boolean isBusinessTime(Instant instant) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Whether the local date is a holiday of this calendar (national set plus added minus removed). */
  public boolean isHoliday(LocalDate date) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Whether the local date has any business time (TIME-7). */
  public boolean isBusinessDay(LocalDate date) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The instant business time next starts: {@code instant} itself when it is business time, else
   * the start of the next business interval. Empty when there is none within the supported range.
   */
  public Optional<Instant> nextOpening(Instant instant) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The instant business time last ended: {@code instant} itself when it is business time or the
   * end of a business interval, else the end of the previous business interval. Empty when there is
   * none within the supported range.
   */
  public Optional<Instant> previousClosing(Instant instant) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The earliest instant {@code t} with {@code between(from, t) == amount} (TIME-2): a deadline
   * that uses up a window exactly is that window's end. A zero amount gives {@link
   * #nextOpening(Instant) nextOpening(from)}.
   *
   * @throws IllegalArgumentException when the amount is negative
   * @throws CalendarException when the calendar has not enough business time in its range
   */
  public Instant add(Instant from, Duration amount) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The latest instant {@code t} with {@code between(t, from) == amount}: the inverse of {@link
   * #add}. A zero amount gives {@link #previousClosing(Instant) previousClosing(from)}.
   *
   * @throws IllegalArgumentException when the amount is negative
   * @throws CalendarException when the calendar has not enough business time in its range
   */
  public Instant subtract(Instant from, Duration amount) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The business time in {@code [from, to)}; negative (minus {@code between(to, from)}) when
   * {@code to} is before {@code from}.
   */
  public Duration between(Instant from, Instant to) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * N business days after {@code from} (TIME-3): let {@code s} be {@code nextOpening(from)}; the
   * result is the same local time of day as {@code s} on the N-th business day after {@code s}'s
   * local date, clamped into that day's business time (not before its first opening, not after its
   * last closing). {@code days == 0} gives {@code s}.
   *
   * @throws IllegalArgumentException when days is negative
   * @throws CalendarException when there are not enough business days in the supported range
   */
  public Instant addBusinessDays(Instant from, int days) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The business intervals that meet {@code [from, to)}, cut to it, in order, touching intervals
   * merged: the timeline a UI draws.
   */
  public List<Interval> intervals(Instant from, Instant to) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The holidays of this calendar in the local dates {@code from..to} inclusive, in date order. */
  public List<Holiday> holidays(LocalDate from, LocalDate to) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * A span of business time {@code [start, end)}.
   *
   * @param start the opening instant (business time)
   * @param end the closing instant (not business time), after start
   */
  public record Interval(Instant start, Instant end) {
    public Interval {
      java.util.Objects.requireNonNull(start, "start");
      java.util.Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("interval end " + end + " must be after start " + start);
      }
    }

    /** The interval's length. */
    public Duration duration() {
      return Duration.between(start, end);
    }
  }

  /**
   * Builds a {@link BusinessCalendar}. Not thread-safe; {@link #build()} may be called again after
   * further changes and returns an independent calendar each time.
   */
  public static final class Builder {
    private Builder() {}

    /** The calendar's id. */
    public Builder id(String id) {
      throw new UnsupportedOperationException("not yet");
    }

    /** Replaces the weekly windows of a day of the week; an empty list closes it. */
    public Builder weekly(DayOfWeek day, List<TimeWindow> windows) {
      throw new UnsupportedOperationException("not yet");
    }

    /** Adds one weekly window to each of the given days. */
    public Builder weekly(Set<DayOfWeek> days, TimeWindow window) {
      throw new UnsupportedOperationException("not yet");
    }

    /** Replaces the windows starting on a date (half day, special opening); empty closes it. */
    public Builder date(LocalDate date, List<TimeWindow> windows) {
      throw new UnsupportedOperationException("not yet");
    }

    /** Takes a wall-clock window out of a date's business time. */
    public Builder breakOn(LocalDate date, TimeWindow window) {
      throw new UnsupportedOperationException("not yet");
    }

    /** Uses the built-in national holidays of a country ({@code null} for none). */
    public Builder holidays(String countryCode) {
      throw new UnsupportedOperationException("not yet");
    }

    /** Adds a holiday (a company closure, a newly declared public holiday). */
    public Builder addHoliday(LocalDate date, String name) {
      throw new UnsupportedOperationException("not yet");
    }

    /** Removes a date from the built-in national set (the office opens that day). */
    public Builder removeHoliday(LocalDate date) {
      throw new UnsupportedOperationException("not yet");
    }

    /**
     * The calendar.
     *
     * @throws CalendarException when the definition is inconsistent
     */
    public BusinessCalendar build() {
      throw new UnsupportedOperationException("not yet");
    }
  }
}
