package io.github.slakit.calendars;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A wall-clock window of one day, {@code [start, end)}, as written in calendar files:
 * {@code "09:00-18:00"}, or finer, {@code "09:00:30-18:00"}, {@code "09:00:00.5-18:00"}.
 *
 * <p>A window whose end is not after its start crosses midnight and ends on the next day
 * (TIME-5): {@code "22:00-06:00"}; {@code "00:00-24:00"} (equivalently {@code "00:00-00:00"}) is a
 * whole day. {@code "24:00"} is accepted as an end and means the next day's 00:00; {@link
 * #toString()} prints it that way, and {@link #parse(CharSequence)} reads what it prints.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first wall-clock instant of the window
 * @param end the wall-clock time the window ends, exclusive; on the next day when not after start
 */
public record TimeWindow(LocalTime start, LocalTime end) {
  /**
   * Checks the components; any two times make a window (an end not after the start crosses
   * midnight).
   *
   * @param start the first wall-clock instant of the window
   * @param end the wall-clock time the window ends, exclusive; on the next day when not after start
   */
  public TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * The window {@code [start, end)}; an end not after the start crosses midnight.
   *
   * @param start the first wall-clock instant of the window
   * @param end the wall-clock time it ends, exclusive; {@link LocalTime#MIDNIGHT} for 24:00
   * @return the window
   */
  public static TimeWindow of(LocalTime start, LocalTime end) {
    return new TimeWindow(start, end);
  }

  /**
   * Reads {@code "HH:MM-HH:MM"}, each time optionally with seconds and a fraction ({@code
   * HH:MM:SS}, {@code HH:MM:SS.fff}, as ISO-8601 local times); an end of {@code 24:00} is allowed.
   * Reads back what {@link #toString()} prints.
   *
   * @param text the window, surrounding blanks ignored
   * @return the window
   * @throws IllegalArgumentException showing the text when it is not a time window
   */
  public static TimeWindow parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int dash = s.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException(quote(s) + " is not a time window (expected HH:MM-HH:MM)");
    }
    LocalTime start = parseTime(s.substring(0, dash), s, false);
    LocalTime end = parseTime(s.substring(dash + 1), s, true);
    return new TimeWindow(start, end);
  }

  private static LocalTime parseTime(String part, String whole, boolean isEnd) {
    String p = part.trim();
    if (isEnd && p.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    // ISO local time in ASCII digits (DecimalStyle.STANDARD, whatever the default locale)
    if (p.length() >= 5 && p.chars().allMatch(c -> c == ':' || c == '.' || c >= '0' && c <= '9')) {
      try {
        return LocalTime.parse(p, DateTimeFormatter.ISO_LOCAL_TIME);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException(
        quote(whole) + " is not a time window (expected HH:MM-HH:MM)");
  }

  private static String quote(String s) {
    return '"' + s + '"';
  }

  /**
   * Whether the window ends on the day after it starts (TIME-5).
   *
   * @return true when its end is not after its start ({@code 22:00-06:00}, {@code 00:00-24:00})
   */
  public boolean crossesMidnight() {
    return !end.isAfter(start);
  }

  /**
   * The window's wall-clock length, ignoring daylight saving and any seconds of its times.
   *
   * @return whole minutes, 1..1440 (a whole day is 1440)
   */
  public int wallMinutes() {
    int s = start.toSecondOfDay() / 60;
    int e = end.toSecondOfDay() / 60;
    return crossesMidnight() ? e + 1440 - s : e - s;
  }

  /**
   * {@code "HH:MM-HH:MM"} (with seconds and a fraction where a time has them, as ISO-8601 local
   * times), an end at midnight printed as {@code 24:00}; in ASCII digits whatever the locale.
   */
  @Override
  public String toString() {
    String e = end.equals(LocalTime.MIDNIGHT) ? "24:00" : hhmm(end);
    return hhmm(start) + "-" + e;
  }

  private static String hhmm(LocalTime t) {
    return t.toString(); // HH:mm, HH:mm:ss or HH:mm:ss.SSS...: never localized
  }
}
