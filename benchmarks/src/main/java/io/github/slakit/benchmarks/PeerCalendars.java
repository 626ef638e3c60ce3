package io.github.slakit.benchmarks;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import one.cafebabe.businesscalendar4j.BusinessHourSlot;
import org.jbpm.process.core.timer.BusinessCalendarImpl;
import org.jbpm.process.core.timer.CalendarBean;

/**
 * One calendar, Monday-Friday 09:00-18:00 in Asia/Seoul minus the same explicit holiday list
 * ({@link BusinessTimeBenchmark#krHolidays()}), in slakit and in the peers a Java user would pick
 * instead, each adding a business duration to an instant:
 *
 * <ul>
 *   <li>{@link #slakit}: {@link BusinessCalendar#add};
 *   <li>{@link #kogito}: Kogito's {@code BusinessCalendarImpl} (org.kie.kogito:jbpm-flow), whose
 *       "now" is a calendar set to the start before each call, and which takes the duration as
 *       text ({@code "4h"});
 *   <li>{@link #businessCalendar4j}: one.cafebabe:businessCalendar4j, which has no addition of
 *       its own: its business-hour slots of each day, walked until the duration is used up;
 *   <li>{@link #dayLoop}: a plain loop a user might write, stepping day by day.
 * </ul>
 *
 * <p>Not thread-safe (Kogito's "now" is one mutable calendar).
 */
final class PeerCalendars {
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final LocalTime OPEN = LocalTime.of(9, 0);
  static final LocalTime CLOSE = LocalTime.of(18, 0);

  final List<LocalDate> holidays = BusinessTimeBenchmark.krHolidays();
  final Set<LocalDate> holidaySet = new HashSet<>(holidays);
  final BusinessCalendar slakit;
  final BusinessCalendarImpl kogito;
  final Calendar kogitoNow = Calendar.getInstance(TimeZone.getTimeZone(SEOUL));
  final one.cafebabe.businesscalendar4j.BusinessCalendar businessCalendar4j;

  PeerCalendars() {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(SEOUL)
            .id("office-kr")
            .weekly(
                java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                TimeWindow.parse("09:00-18:00"));
    holidays.forEach(d -> b.addHoliday(d, "holiday"));
    slakit = b.build();

    Properties p = new Properties();
    p.setProperty(BusinessCalendarImpl.START_HOUR, "9");
    p.setProperty(BusinessCalendarImpl.END_HOUR, "18");
    p.setProperty(BusinessCalendarImpl.WEEKEND_DAYS, Calendar.SATURDAY + "," + Calendar.SUNDAY);
    p.setProperty(BusinessCalendarImpl.TIMEZONE, SEOUL.getId());
    p.setProperty(BusinessCalendarImpl.HOLIDAY_DATE_FORMAT, "yyyy-MM-dd");
    p.setProperty(
        BusinessCalendarImpl.HOLIDAYS,
        holidays.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
    kogito =
        BusinessCalendarImpl.builder()
            .withCalendarBean(new CalendarBean(p))
            .withTestingCalendar(kogitoNow)
            .build();

    one.cafebabe.businesscalendar4j.BusinessCalendarBuilder c =
        one.cafebabe.businesscalendar4j.BusinessCalendar.newBuilder()
            .holiday(
                one.cafebabe.businesscalendar4j.BusinessCalendar.CLOSED_ON_SATURDAYS_AND_SUNDAYS);
    for (LocalDate d : holidays) {
      c.on(d).holiday("holiday");
    }
    businessCalendar4j = c.hours("9-18").build();
  }

  Instant slakit(Instant start, Duration amount) {
    return slakit.add(start, amount);
  }

  /** Kogito's answer: "now" set to the start, the duration as whole hours ("4h"). */
  Instant kogito(Instant start, Duration amount) {
    kogitoNow.setTimeInMillis(start.toEpochMilli());
    return kogito.calculateBusinessTimeAsDate(amount.toHours() + "h").toInstant();
  }

  /** businessCalendar4j's slots of each day, from the start's local time in Seoul. */
  Instant businessCalendar4j(Instant start, Duration amount) {
    LocalDateTime at = LocalDateTime.ofInstant(start, SEOUL);
    long left = amount.toSeconds();
    for (LocalDate day = at.toLocalDate(); ; day = day.plusDays(1)) {
      for (BusinessHourSlot slot : businessCalendar4j.getBusinessHourSlots(day)) {
        LocalDateTime from = slot.from().isAfter(at) ? slot.from() : at;
        if (!slot.to().isAfter(from)) {
          continue;
        }
        long available = Duration.between(from, slot.to()).toSeconds();
        if (available >= left) {
          return from.plusSeconds(left).atZone(SEOUL).toInstant();
        }
        left -= available;
      }
    }
  }

  /** A plain loop: day by day, weekends and the listed holidays skipped, 09:00-18:00 counted. */
  Instant dayLoop(Instant start, Duration amount) {
    LocalDateTime at = LocalDateTime.ofInstant(start, SEOUL);
    long left = amount.toSeconds();
    for (LocalDate day = at.toLocalDate(); ; day = day.plusDays(1)) {
      DayOfWeek dow = day.getDayOfWeek();
      if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || holidaySet.contains(day)) {
        continue;
      }
      LocalDateTime open = day.atTime(OPEN);
      LocalDateTime close = day.atTime(CLOSE);
      LocalDateTime from = open.isAfter(at) ? open : at;
      if (!close.isAfter(from)) {
        continue;
      }
      long available = Duration.between(from, close).toSeconds();
      if (available >= left) {
        return from.plusSeconds(left).atZone(SEOUL).toInstant();
      }
      left -= available;
    }
  }

  /** The starts the answers are compared on, with what they are. */
  static final String[][] STARTS = {
    {"2026-03-06T17:00:00+09:00", "Friday 17:00"},
    {"2026-03-07T10:00:00+09:00", "Saturday 10:00"},
    {"2026-09-23T17:00:00+09:00", "Wednesday 17:00, the day before Chuseok (24-26 Sep)"},
    {"2026-09-23T08:00:00+09:00", "the same day, 08:00, before opening"},
    {"2026-03-06T18:00:00+09:00", "Friday 18:00, at closing"}
  };

  /** Prints each implementation's answer for the starts above, 1, 4, 9, 24 and 720 hours. */
  public static void main(String[] args) {
    PeerCalendars p = new PeerCalendars();
    for (String[] s : STARTS) {
      Instant start = OffsetDateTime.parse(s[0]).toInstant();
      for (long hours : new long[] {1, 4, 9, 24, 720}) {
        Duration d = Duration.ofHours(hours);
        System.out.printf(
            "%s (%s) + %dh: slakit %s | kogito %s | businessCalendar4j %s | day loop %s%n",
            s[0],
            s[1],
            hours,
            local(p.slakit(start, d)),
            local(p.kogito(start, d)),
            local(p.businessCalendar4j(start, d)),
            local(p.dayLoop(start, d)));
      }
    }
  }

  private static String local(Instant i) {
    return LocalDateTime.ofInstant(i, SEOUL).toString();
  }
}
