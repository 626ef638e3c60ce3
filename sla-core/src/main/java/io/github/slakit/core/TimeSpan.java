package io.github.slakit.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of time and the clock that counts it: {@code PT1H 24x7}, {@code PT4H business-hours},
 * {@code P2D business-days}; optionally on a named calendar instead of the subscription's.
 *
 * <p>Immutable and thread-safe. Rules say <em>how long</em>; {@link SlaEngine} turns it into an
 * instant with the right calendar.
 *
 * @param clock how the amount is counted
 * @param duration the amount for {@link ClockKind#ELAPSED} and {@link ClockKind#BUSINESS_HOURS};
 *     zero for business days
 * @param days the number of business days for {@link ClockKind#BUSINESS_DAYS}; zero otherwise
 * @param calendar the id of a calendar of the ruleset to count in; empty for the subscription's
 */
public record TimeSpan(ClockKind clock, Duration duration, int days, Optional<String> calendar) {
  /**
   * Checks that the components agree with the clock.
   *
   * @param clock how the amount is counted
   * @param duration the amount for {@link ClockKind#ELAPSED} and {@link ClockKind#BUSINESS_HOURS};
   *     zero for business days
   * @param days the number of business days for {@link ClockKind#BUSINESS_DAYS}; zero otherwise
   * @param calendar the id of a calendar of the ruleset to count in; empty for the subscription's
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the duration or the days are negative, business days
   *     have a duration or another clock has days, or 24x7 time names a calendar
   */
  public TimeSpan {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(calendar, "calendar");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration (" + duration + ") must not be negative");
    }
    if (days < 0) {
      throw new IllegalArgumentException("days (" + days + ") must not be negative");
    }
    if (clock == ClockKind.BUSINESS_DAYS ? !duration.isZero() : days != 0) {
      throw new IllegalArgumentException(
          clock + " takes " + (clock == ClockKind.BUSINESS_DAYS ? "days" : "a duration") + " only");
    }
    if (clock == ClockKind.ELAPSED && calendar.isPresent()) {
      throw new IllegalArgumentException("24x7 time has no calendar: " + calendar.get());
    }
  }

  /** Zero: at once. */
  public static final TimeSpan ZERO = elapsed(Duration.ZERO);

  /**
   * Elapsed time, 24x7 (TIME-1): daylight saving neither stretches nor shrinks it.
   *
   * @param duration how long, zero or more
   * @return the span, on no calendar
   * @throws IllegalArgumentException when the duration is negative
   */
  public static TimeSpan elapsed(Duration duration) {
    return new TimeSpan(ClockKind.ELAPSED, duration, 0, Optional.empty());
  }

  /**
   * Elapsed hours, 24x7 (TIME-1).
   *
   * @param hours how many hours, zero or more
   * @return the span
   * @throws IllegalArgumentException when hours is negative
   */
  public static TimeSpan elapsedHours(long hours) {
    return elapsed(Duration.ofHours(hours));
  }

  /**
   * Elapsed minutes, 24x7 (TIME-1).
   *
   * @param minutes how many minutes, zero or more
   * @return the span
   * @throws IllegalArgumentException when minutes is negative
   */
  public static TimeSpan elapsedMinutes(long minutes) {
    return elapsed(Duration.ofMinutes(minutes));
  }

  /**
   * Business time of the subscription's calendar (TIME-2); {@link #on(String)} counts it on
   * another.
   *
   * @param hours how many hours of business time, zero or more
   * @return the span
   * @throws IllegalArgumentException when hours is negative
   */
  public static TimeSpan businessHours(long hours) {
    return new TimeSpan(ClockKind.BUSINESS_HOURS, Duration.ofHours(hours), 0, Optional.empty());
  }

  /**
   * Business days of the subscription's calendar (TIME-3): the same local time on the N-th
   * business day; {@link #on(String)} counts them on another calendar.
   *
   * @param days how many business days, zero or more
   * @return the span
   * @throws IllegalArgumentException when days is negative
   */
  public static TimeSpan businessDays(int days) {
    return new TimeSpan(ClockKind.BUSINESS_DAYS, Duration.ZERO, days, Optional.empty());
  }

  /**
   * This span counted on another calendar than the subscription's: one of the ruleset or one
   * registered with the engine. A decision naming an unknown id fails.
   *
   * @param calendarId the calendar's id
   * @return a new span, the same amount on that calendar
   * @throws IllegalArgumentException when this span is 24x7 time, which no calendar counts
   */
  public TimeSpan on(String calendarId) {
    Objects.requireNonNull(calendarId, "calendarId");
    return new TimeSpan(clock, duration, days, Optional.of(calendarId));
  }

  /**
   * {@return the amount in ISO-8601, without its clock: {@code PT4H}, or {@code P2D} for two
   * business days}
   */
  public String amount() {
    return clock == ClockKind.BUSINESS_DAYS ? "P" + days + "D" : duration.toString();
  }

  /**
   * Reads what {@link #toString()} prints: {@code PT1H 24x7}, {@code PT4H business-hours}, {@code
   * P2D business-days}, each optionally followed by {@code @calendar} (not for 24x7).
   *
   * @param text the span, surrounding blanks ignored
   * @return the span
   * @throws IllegalArgumentException showing the text when it is not a span
   */
  public static TimeSpan parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.toString().trim().split("\\s+");
    if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !parts[2].startsWith("@")) {
      throw notASpan(text);
    }
    ClockKind clock = ClockKind.ofJson(parts[1]).orElseThrow(() -> notASpan(text));
    Optional<String> calendar =
        parts.length == 3 && parts[2].length() > 1
            ? Optional.of(parts[2].substring(1))
            : Optional.empty();
    if (parts.length == 3 && (calendar.isEmpty() || clock == ClockKind.ELAPSED)) {
      throw notASpan(text); // "@" with no id, or a calendar for 24x7 time
    }
    try {
      if (clock == ClockKind.BUSINESS_DAYS) {
        java.time.Period p = java.time.Period.parse(parts[0]);
        if (p.getYears() != 0 || p.getMonths() != 0) {
          throw notASpan(text);
        }
        return new TimeSpan(clock, Duration.ZERO, p.getDays(), calendar);
      }
      return new TimeSpan(clock, Duration.parse(parts[0]), 0, calendar);
    } catch (java.time.format.DateTimeParseException e) {
      throw notASpan(text);
    }
  }

  private static IllegalArgumentException notASpan(CharSequence text) {
    return new IllegalArgumentException(
        "\""
            + text
            + "\" is not a time span (PT4H business-hours,"
            + " P2D business-days @KR, PT1H 24x7)");
  }

  /** {@code PT4H business-hours}, with {@code @calendar} when one is named; {@link #parse} reads it. */
  @Override
  public String toString() {
    return amount() + " " + clock.json() + calendar.map(c -> " @" + c).orElse("");
  }
}
