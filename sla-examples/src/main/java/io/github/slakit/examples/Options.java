package io.github.slakit.examples;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Option values read with the harness's own messages: {@code COMMAND: --NAME "VALUE" is not ...},
 * the value shown as a JSON string.
 */
final class Options {
  /** The first local year the calendars support (BusinessCalendar's range). */
  static final int FIRST_YEAR = 1900;

  /** The last local year the calendars support. */
  static final int LAST_YEAR = 2299;

  private Options() {}

  /**
   * An instant with its offset, whose local year (in that offset) is in {@link #FIRST_YEAR}..{@link
   * #LAST_YEAR}: the calendars answer nothing outside, and java.time cannot count far past it.
   */
  static Instant instant(String command, String option, String value) {
    OffsetDateTime t;
    try {
      t = OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new UsageException(
          command
              + ": "
              + option
              + " "
              + Messages.show(value)
              + " is not an instant with an offset (2026-03-06T17:30:00+09:00 or 2026-03-06T08:30:00Z)");
    }
    if (t.getYear() < FIRST_YEAR || t.getYear() > LAST_YEAR) {
      throw new UsageException(
          command
              + ": "
              + option
              + " "
              + Messages.show(value)
              + " is outside the supported range: local years "
              + FIRST_YEAR
              + " to "
              + LAST_YEAR);
    }
    return t.toInstant();
  }

  /** A duration of zero or more ({@code PT4H}). */
  static Duration duration(String command, String option, String value) {
    Duration d;
    try {
      d = Duration.parse(value);
    } catch (DateTimeException | ArithmeticException e) {
      throw new UsageException(
          command
              + ": "
              + option
              + " "
              + Messages.show(value)
              + " is not an ISO-8601 duration (PT4H, PT30M, P2D)");
    }
    if (d.isNegative()) {
      throw new UsageException(
          command + ": " + option + " " + Messages.show(value) + " is negative");
    }
    return d;
  }

  /** A whole number in {@code min..max}. */
  static int integer(String command, String option, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        command
            + ": "
            + option
            + " "
            + Messages.show(value)
            + " is not a whole number from "
            + min
            + " to "
            + max);
  }

  /**
   * Shares of a target in percent, {@code 50,75,90,100}: whole numbers from 1 to 100, separated
   * by commas, each once; returned ascending.
   */
  static List<Integer> percents(String command, String option, String value) {
    List<Integer> percents = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      if (!part.matches("[0-9]{1,3}")
          || Integer.parseInt(part) < 1
          || Integer.parseInt(part) > 100) {
        throw new UsageException(
            command
                + ": "
                + option
                + " "
                + Messages.show(value)
                + " is not a list of percents from 1 to 100 separated by commas (50,75,90,100)");
      }
      int p = Integer.parseInt(part);
      if (percents.contains(p)) {
        throw new UsageException(
            command + ": " + option + " " + Messages.show(value) + " gives " + p + " twice");
      }
      percents.add(p);
    }
    percents.sort(null);
    return percents;
  }
}
