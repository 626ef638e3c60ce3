package io.github.slakit.calendars;

import io.github.slakit.calendars.internal.TextFiles;
import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads holidays from an iCalendar ({@code .ics}, RFC 5545) feed: the form in which companies
 * publish their closures.
 *
 * <p>Each {@code VEVENT} gives one holiday per local date it covers, of kind {@link
 * HolidayKind#CUSTOM}, named by its {@code SUMMARY}:
 *
 * <ul>
 *   <li>{@code DTSTART;VALUE=DATE:20261224} with an exclusive {@code DTEND} (or a {@code DURATION}
 *       of whole days) covers those dates; without either, the one day.
 *   <li>A date-time {@code DTSTART} counts by its date: in its {@code TZID} if given, in UTC when it
 *       ends in {@code Z}, as written when floating. An exclusive date-time {@code DTEND} covers
 *       every date up to the one containing the instant just before it.
 *   <li>{@code RRULE:FREQ=YEARLY} with {@code COUNT} or {@code UNTIL} (and optionally {@code
 *       INTERVAL}) repeats the event; other recurrences are refused, not guessed.
 *   <li>Events with {@code STATUS:CANCELLED} are skipped.
 * </ul>
 *
 * <p>Problems raise one {@link CalendarFormatException} naming the file, the line and the value.
 * Stateless and thread-safe.
 */
public final class IcsHolidays {
  private static final int MAX_DAYS_PER_EVENT = 366;
  private static final int MAX_OCCURRENCES = 1000;
  /** The last year an iCalendar date can name (four digits). */
  private static final int LAST_ICS_YEAR = 9999;
  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter BASIC_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  private IcsHolidays() {}

  /**
   * Reads the holidays of an iCalendar file, in file order.
   *
   * @throws CalendarFormatException naming the file and line when it cannot be read or understood
   */
  public static List<Holiday> read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = TextFiles.readUtf8(file);
    } catch (TextFiles.Unreadable e) {
      throw new CalendarFormatException(file.toString(), "", e.getMessage());
    }
    return parse(text, file.toString());
  }

  /**
   * Reads the holidays of iCalendar text.
   *
   * @param source a name for the text in error messages, may be empty
   */
  public static List<Holiday> parse(String ics, @Nullable String source) {
    Objects.requireNonNull(ics, "ics");
    return new Parser(source == null ? "" : source).parse(ics);
  }

  /** One content line after unfolding, with the number of the physical line where it starts. */
  private record Line(int number, String name, Map<String, String> params, String value) {}

  private static final class Parser {
    private final String source;

    Parser(String source) {
      this.source = source;
    }

    private CalendarFormatException error(int line, String problem) {
      return new CalendarFormatException(source, "line " + line, problem);
    }

    List<Holiday> parse(String text) {
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      if (!body.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
        throw new CalendarFormatException(source, "", "is not an iCalendar file (no BEGIN:VCALENDAR)");
      }
      List<Line> lines = unfold(body);
      List<Holiday> out = new ArrayList<>();
      List<Line> event = null;
      int eventStart = 0;
      for (Line l : lines) {
        if (l.name().equals("BEGIN") && l.value().equalsIgnoreCase("VEVENT")) {
          if (event != null) {
            throw error(l.number(), "BEGIN:VEVENT inside the event begun at line " + eventStart);
          }
          event = new ArrayList<>();
          eventStart = l.number();
        } else if (l.name().equals("END") && l.value().equalsIgnoreCase("VEVENT")) {
          if (event == null) {
            throw error(l.number(), "END:VEVENT without BEGIN:VEVENT");
          }
          event(event, eventStart, out);
          event = null;
        } else if (event != null) {
          event.add(l);
        }
      }
      if (event != null) {
        throw error(eventStart, "the event begun here has no END:VEVENT");
      }
      return List.copyOf(out);
    }

    private List<Line> unfold(String text) {
      String[] physical = text.split("\r\n|\n|\r", -1);
      List<Line> out = new ArrayList<>();
      StringBuilder current = null;
      int startNumber = 0;
      for (int i = 0; i < physical.length; i++) {
        String p = physical[i];
        if (!p.isEmpty() && (p.charAt(0) == ' ' || p.charAt(0) == '\t') && current != null) {
          current.append(p, 1, p.length());
          continue;
        }
        if (current != null) {
          out.add(contentLine(current.toString(), startNumber));
        }
        current = p.isEmpty() ? null : new StringBuilder(p);
        startNumber = i + 1;
      }
      if (current != null) {
        out.add(contentLine(current.toString(), startNumber));
      }
      return out;
    }

    private Line contentLine(String s, int number) {
      int colon = -1;
      boolean quoted = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ':' && !quoted) {
          colon = i;
          break;
        }
      }
      if (colon < 0) {
        throw error(number, "\"" + abbreviate(s) + "\" is not an iCalendar content line (NAME:VALUE)");
      }
      String[] head = s.substring(0, colon).split(";");
      Map<String, String> params = new HashMap<>();
      for (int i = 1; i < head.length; i++) {
        int eq = head[i].indexOf('=');
        if (eq > 0) {
          params.put(head[i].substring(0, eq).toUpperCase(Locale.ROOT),
              head[i].substring(eq + 1).replace("\"", ""));
        }
      }
      return new Line(number, head[0].toUpperCase(Locale.ROOT), params, s.substring(colon + 1));
    }

    private void event(List<Line> props, int start, List<Holiday> out) {
      Line dtstart = null;
      Line dtend = null;
      Line duration = null;
      Line rrule = null;
      String summary = "Closure";
      for (Line l : props) {
        switch (l.name()) {
          case "DTSTART" -> dtstart = l;
          case "DTEND" -> dtend = l;
          case "DURATION" -> duration = l;
          case "RRULE" -> rrule = l;
          case "SUMMARY" -> summary = unescape(l.value()).trim();
          case "STATUS" -> {
            if (l.value().trim().equalsIgnoreCase("CANCELLED")) {
              return;
            }
          }
          default -> { }
        }
      }
      if (dtstart == null) {
        throw error(start, "the event has no DTSTART");
      }
      LocalDate first = date(dtstart, false);
      LocalDate last;
      if (dtend != null) {
        last = date(dtend, true);
        if (last.isBefore(first)) {
          throw error(dtend.number(), "DTEND \"" + dtend.value() + "\" is before DTSTART \"" + dtstart.value() + "\"");
        }
      } else if (duration != null) {
        last = first.plus(days(duration)).minusDays(1);
      } else {
        last = first;
      }
      long span = last.toEpochDay() - first.toEpochDay() + 1;
      if (span > MAX_DAYS_PER_EVENT) {
        throw error(start, "the event covers " + span + " days; at most " + MAX_DAYS_PER_EVENT + " are accepted");
      }
      String name = summary.isEmpty() ? "Closure" : summary;
      for (LocalDate occurrence : occurrences(first, rrule)) {
        for (int d = 0; d < span; d++) {
          out.add(new Holiday(occurrence.plusDays(d), name, name, HolidayKind.CUSTOM));
        }
      }
    }

    private List<LocalDate> occurrences(LocalDate first, Line rrule) {
      if (rrule == null) {
        return List.of(first);
      }
      Map<String, String> parts = new HashMap<>();
      for (String p : rrule.value().split(";")) {
        int eq = p.indexOf('=');
        if (eq <= 0) {
          throw error(rrule.number(), "RRULE \"" + rrule.value() + "\" is not a recurrence rule");
        }
        parts.put(p.substring(0, eq).toUpperCase(Locale.ROOT), p.substring(eq + 1));
      }
      if (!"YEARLY".equalsIgnoreCase(parts.remove("FREQ"))) {
        throw error(rrule.number(), "RRULE \"" + rrule.value() + "\" is not supported: only FREQ=YEARLY with COUNT or UNTIL");
      }
      String count = parts.remove("COUNT");
      String until = parts.remove("UNTIL");
      String interval = parts.remove("INTERVAL");
      if (!parts.isEmpty() || (count == null) == (until == null)) {
        throw error(rrule.number(), "RRULE \"" + rrule.value() + "\" is not supported: only FREQ=YEARLY with COUNT or UNTIL (and INTERVAL)");
      }
      int step = interval == null ? 1 : positive(interval, rrule);
      List<LocalDate> out = new ArrayList<>();
      if (count != null) {
        // Checked before anything is expanded: a COUNT of two billion costs nothing.
        int n = positive(count, rrule);
        if (n > MAX_OCCURRENCES) {
          throw tooMany(rrule, String.valueOf(n));
        }
        if (first.getYear() + (long) (n - 1) * step > LAST_ICS_YEAR) {
          throw error(rrule.number(), "RRULE \"" + rrule.value() + "\" repeats beyond the year "
              + LAST_ICS_YEAR);
        }
        for (int i = 0; i < n; i++) {
          out.add(first.plusYears((long) i * step));
        }
      } else {
        LocalDate end = untilDate(until, rrule);
        for (LocalDate d = first; !d.isAfter(end); ) {
          out.add(d);
          if (out.size() > MAX_OCCURRENCES) {
            throw tooMany(rrule, "more than " + MAX_OCCURRENCES);
          }
          if (d.getYear() + (long) step > end.getYear()) {
            break; // the next occurrence is after UNTIL (and may be past any representable year)
          }
          d = d.plusYears(step);
        }
      }
      return out;
    }

    private CalendarFormatException tooMany(Line rrule, String n) {
      return error(rrule.number(), "RRULE \"" + rrule.value() + "\" gives " + n
          + " occurrences; at most " + MAX_OCCURRENCES + " are accepted");
    }

    private int positive(String s, Line l) {
      try {
        int n = Integer.parseInt(s);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(l.number(), "\"" + s + "\" in RRULE \"" + l.value() + "\" is not a positive number");
    }

    private LocalDate untilDate(String s, Line l) {
      try {
        return s.length() == 8 ? LocalDate.parse(s, BASIC_DATE)
            : LocalDateTime.parse(s.replace("Z", ""), BASIC_DATE_TIME).toLocalDate();
      } catch (DateTimeException e) {
        throw error(l.number(), "UNTIL \"" + s + "\" is not a date or date-time");
      }
    }

    /** The date of a DTSTART, or for an exclusive DTEND the last date it covers. */
    private LocalDate date(Line l, boolean exclusiveEnd) {
      String v = l.value().trim();
      try {
        if (v.length() == 8) {
          LocalDate d = LocalDate.parse(v, BASIC_DATE);
          return exclusiveEnd ? d.minusDays(1) : d;
        }
        boolean utc = v.endsWith("Z");
        LocalDateTime t = LocalDateTime.parse(utc ? v.substring(0, v.length() - 1) : v, BASIC_DATE_TIME);
        String tzid = l.params().get("TZID");
        if (tzid != null && !utc) {
          ZoneId zone = zone(tzid, l);
          t = t.atZone(zone).toLocalDateTime();
        } else if (utc) {
          t = t.atOffset(ZoneOffset.UTC).toLocalDateTime();
        }
        if (exclusiveEnd) {
          t = t.minusNanos(1);
        }
        return t.toLocalDate();
      } catch (DateTimeException e) {
        throw error(l.number(), l.name() + " \"" + v + "\" is not an iCalendar date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)");
      }
    }

    private ZoneId zone(String tzid, Line l) {
      try {
        return ZoneId.of(tzid);
      } catch (DateTimeException e) {
        throw error(l.number(), "TZID \"" + tzid + "\" is not a time zone");
      }
    }

    /** A DURATION as whole days covered: {@code P1D}, {@code P2W}, {@code PT24H}, {@code P1DT12H}. */
    private Period days(Line l) {
      String v = l.value().trim();
      try {
        if (v.matches("P\\d+W")) {
          return Period.ofWeeks(Integer.parseInt(v.substring(1, v.length() - 1)));
        }
        java.time.Duration d = java.time.Duration.parse(v);
        if (d.isNegative() || d.isZero()) {
          throw new DateTimeException("not positive");
        }
        long wholeDays = (d.toSeconds() + 86_399) / 86_400;
        return Period.ofDays((int) Math.min(wholeDays, MAX_DAYS_PER_EVENT + 1));
      } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
        throw error(l.number(), "DURATION \"" + v + "\" is not a positive duration (P1D, P2W, PT24H)");
      }
    }

    private static String unescape(String s) {
      return s.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }

    private static String abbreviate(String s) {
      return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
  }
}
