package io.github.slakit.svg;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The time axis: instants of {@code [from, to)} on {@code width} pixels from {@code left}, linear
 * in real time (a day of 23 hours is narrower than one of 25), with local dates and hours in the
 * calendar's zone. Names of days and months are written here, in English, so that the picture does
 * not depend on the JDK's locale data.
 */
final class Scale {
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  final Instant from;
  final Instant to;
  final ZoneId zone;
  final double left;
  final double width;
  private final double seconds;

  Scale(Instant from, Instant to, ZoneId zone, double left, double width) {
    this.from = from;
    this.to = to;
    this.zone = zone;
    this.left = left;
    this.width = width;
    this.seconds = Duration.between(from, to).getSeconds();
  }

  /** The x of an instant; outside the range it lies left of {@code left} or right of the end. */
  double x(Instant t) {
    return left + width * (Duration.between(from, t).toMillis() / 1000.0) / seconds;
  }

  /** The x of an instant, held within the axis. */
  double clampedX(Instant t) {
    return x(t.isBefore(from) ? from : t.isAfter(to) ? to : t);
  }

  double right() {
    return left + width;
  }

  boolean contains(Instant t) {
    return !t.isBefore(from) && !t.isAfter(to);
  }

  /** Pixels per hour. */
  double hourWidth() {
    return width * 3600.0 / seconds;
  }

  /** The first instant of a local date (TIME-4: a midnight in a gap is the gap's end). */
  Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }

  LocalDate date(Instant t) {
    return t.atZone(zone).toLocalDate();
  }

  /** {@code Wed 23 Sep}. */
  static String day(LocalDate d) {
    return DAYS[d.getDayOfWeek().getValue() - 1] + " " + d.getDayOfMonth() + " " + month(d);
  }

  static String month(LocalDate d) {
    return MONTHS[d.getMonthValue() - 1];
  }

  /** {@code Wed 23 Sep 2026 10:00 (UTC+09:00)}. */
  String full(Instant t) {
    ZonedDateTime z = t.atZone(zone);
    return day(z.toLocalDate()) + " " + z.getYear() + " " + hhmm(z) + " (UTC" + offset(z) + ")";
  }

  /** {@code Wed 10:00}, or {@code Wed 23 Sep 10:00} when {@code withDate}. */
  String shortTime(Instant t, boolean withDate) {
    ZonedDateTime z = t.atZone(zone);
    LocalDate d = z.toLocalDate();
    String day = withDate ? day(d) : DAYS[d.getDayOfWeek().getValue() - 1];
    return day + " " + hhmm(z);
  }

  static String hhmm(ZonedDateTime z) {
    return two(z.getHour()) + ":" + two(z.getMinute());
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** {@code +09:00}, {@code -04:00}, {@code +00:00}. */
  static String offset(ZonedDateTime z) {
    ZoneOffset o = z.getOffset();
    return o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
  }

  /** The local date-time of an hour mark, if it exists on that date (not in a gap). */
  @Nullable Instant hourMark(LocalDate d, int hour) {
    LocalDateTime local = d.atTime(hour, 0);
    ZonedDateTime z = local.atZone(zone);
    return z.toLocalDateTime().equals(local) ? z.toInstant() : null;
  }
}
