package io.github.slakit.calendars;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.io.text.ICalReader;
import biweekly.parameter.Range;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.DurationProperty;
import biweekly.property.ExceptionDates;
import biweekly.property.ICalProperty;
import biweekly.property.RawProperty;
import biweekly.property.RecurrenceId;
import biweekly.property.RecurrenceRule;
import biweekly.property.Status;
import biweekly.property.Summary;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.iter.RecurrenceIterator;
import biweekly.util.com.google.ical.iter.RecurrenceIteratorFactory;
import biweekly.util.com.google.ical.values.DateTimeValue;
import biweekly.util.com.google.ical.values.DateTimeValueImpl;
import biweekly.util.com.google.ical.values.DateValue;
import biweekly.util.com.google.ical.values.DateValueImpl;
import io.github.slakit.calendars.internal.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * Reads holidays from an iCalendar ({@code .ics}, RFC 5545) feed: the form in which companies
 * publish their closures. The file is parsed by biweekly; what it means for holidays, and every
 * message, is decided here.
 *
 * <p>Each {@code VEVENT} gives one holiday per local date it covers, of kind {@link
 * HolidayKind#CUSTOM}, named by its {@code SUMMARY} (a line break in it becomes a space):
 *
 * <ul>
 *   <li>{@code DTSTART;VALUE=DATE:20261224} with an exclusive {@code DTEND} or a {@code DURATION}
 *       of whole days (never both) covers those dates; without either, the one day.
 *   <li>A date-time {@code DTSTART} counts by its date: in its {@code TZID} if given, in UTC when it
 *       ends in {@code Z} (in the feed's {@code X-WR-TIMEZONE} if it has one), as written when
 *       floating. An exclusive date-time {@code DTEND} covers every date up to the one containing
 *       the instant just before it. A {@code TZID} is a zone name ({@code Asia/Seoul}) or a Windows
 *       zone name as Outlook writes it ({@code Korea Standard Time}, through CLDR's table); the
 *       file's {@code VTIMEZONE} definitions are not read (a zone's own rules are Java's).
 *   <li>{@code RRULE:FREQ=YEARLY} with {@code COUNT} or {@code UNTIL} (and optionally {@code
 *       INTERVAL} and {@code BY...} parts) repeats the event, in DTSTART's local time; dates a
 *       year lacks (29 February) are skipped, not moved. {@code EXDATE} values, and the
 *       {@code RECURRENCE-ID} of an event with the same {@code UID}, take occurrences out. Other
 *       recurrences ({@code RDATE}, {@code EXRULE}, other frequencies, rules without an end) are
 *       refused, not guessed.
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

  /** An INTERVAL beyond this many years has no second period before the year 9999. */
  private static final int LONGEST_INTERVAL = 10_000;

  /** Event properties this reader acts on: a value of one of them that cannot be read is refused. */
  private static final Set<String> READ =
      Set.of(
          "DTSTART",
          "DTEND",
          "DURATION",
          "RRULE",
          "EXDATE",
          "RECURRENCE-ID",
          "SUMMARY",
          "STATUS",
          "UID");

  /** Event properties that may appear once. */
  private static final List<String> ONCE =
      List.of("DTSTART", "DTEND", "DURATION", "RRULE", "RECURRENCE-ID");

  /** Recurrence properties refused rather than ignored. */
  private static final List<String> REFUSED = List.of("RDATE", "EXRULE");

  private static final Clock UTC = new JavaZone(ZoneOffset.UTC);

  /** The recurrence engine iterates wall-clock values; it is given them as if they were UTC. */
  private static final TimeZone WALL_CLOCK = TimeZone.getTimeZone("UTC");

  private IcsHolidays() {}

  /**
   * Reads the holidays of an iCalendar file, in file order.
   *
   * @param file the file, read as strict UTF-8, at most 16 MiB
   * @return one holiday per local date each event covers, named by its SUMMARY, in file order
   * @throws CalendarFormatException naming the file and line when it cannot be read or understood
   */
  public static List<Holiday> read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = TextFiles.readUtf8(file);
    } catch (TextFiles.Unreadable e) {
      throw new CalendarFormatException(file.toString(), "", String.valueOf(e.getMessage()));
    }
    return parse(text, file.toString());
  }

  /**
   * Reads the holidays of iCalendar text.
   *
   * @param ics the iCalendar text
   * @param source a name for the text in error messages, may be empty
   * @return one holiday per local date each event covers, in the text's order
   * @throws CalendarFormatException naming the source and line when the text cannot be understood
   */
  public static List<Holiday> parse(String ics, @Nullable String source) {
    Objects.requireNonNull(ics, "ics");
    return new Parser(source == null ? "" : source).parse(ics);
  }

  /** One content line after unfolding, with the number of the physical line where it starts. */
  private record Line(int number, String name, String value) {
    /** The value as messages quote it: trimmed, long ones cut. */
    String shown() {
      return abbreviate(value.trim());
    }
  }

  /** A VEVENT's BEGIN line and its own content lines (not those of its alarms). */
  private record EventLines(int begin, List<Line> lines) {
    List<Line> named(String name) {
      return lines.stream().filter(l -> l.name().equals(name)).toList();
    }

    Line first(String name) {
      return named(name).get(0);
    }
  }

  /**
   * The calendar-level content lines and the events, in file order, and the physical lines
   * (from 1) of the VTIMEZONE components.
   */
  private record Layout(List<Line> calendar, List<EventLines> events, BitSet timezoneLines) {}

  /** Where a wall-clock time is. */
  private sealed interface Clock permits JavaZone {
    Instant instant(LocalDateTime local);

    LocalDateTime local(Instant instant);
  }

  private record JavaZone(ZoneId zone) implements Clock {
    @Override
    public Instant instant(LocalDateTime local) {
      return local.atZone(zone).toInstant();
    }

    @Override
    public LocalDateTime local(Instant instant) {
      return LocalDateTime.ofInstant(instant, zone);
    }
  }

  /**
   * A DTSTART, DTEND, EXDATE, RECURRENCE-ID or UNTIL value: a date (at its start of day, no time),
   * or a wall-clock time with its clock (none when floating).
   */
  private record When(LocalDateTime local, boolean hasTime, @Nullable Clock clock) {
    /** The wall-clock time in view (this value's own clock when view is null); as written when floating. */
    LocalDateTime in(@Nullable Clock view) {
      if (clock == null) {
        return local;
      }
      return (view == null ? clock : view).local(clock.instant(local));
    }
  }

  /** Windows zone names (Outlook's TZID) to zone ids: CLDR's table, shipped as windows-zones.txt. */
  private static final class WindowsZones {
    static final Map<String, String> IDS = load();

    private static Map<String, String> load() {
      Map<String, String> ids = new HashMap<>();
      try (InputStream in = IcsHolidays.class.getResourceAsStream("windows-zones.txt")) {
        if (in == null) {
          throw new IllegalStateException("windows-zones.txt is missing from the jar");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            int bar = line.indexOf(" | ");
            ids.put(line.substring(0, bar), line.substring(bar + 3));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Map.copyOf(ids);
    }
  }

  /** The zone id CLDR gives for a Windows zone name, if it is one. For tests. */
  static @Nullable String windowsZone(String windowsName) {
    return WindowsZones.IDS.get(windowsName);
  }

  /** The Windows zone names the shipped table knows. For tests. */
  static Set<String> windowsZoneNames() {
    return WindowsZones.IDS.keySet();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

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
        throw new CalendarFormatException(
            source, "", "is not an iCalendar file (no BEGIN:VCALENDAR)");
      }
      Layout layout = layout(body);

      List<ICalendar> calendars = new ArrayList<>();
      List<ParseWarning> warnings = new ArrayList<>();
      try (ICalReader reader = new ICalReader(withoutTimezones(body, layout))) {
        for (ICalendar c = reader.readNext(); c != null; c = reader.readNext()) {
          calendars.add(c);
          warnings.addAll(reader.getWarnings());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // reading a String does not fail
      }
      refuseUnreadValues(layout, warnings);

      List<VEvent> events = new ArrayList<>();
      List<TimezoneInfo> eventZones = new ArrayList<>();
      List<@Nullable Clock> eventFeedZone = new ArrayList<>();
      for (ICalendar c : calendars) {
        Clock feedZone = feedZone(c, layout);
        for (VEvent e : c.getEvents()) {
          events.add(e);
          eventZones.add(c.getTimezoneInfo());
          eventFeedZone.add(feedZone);
        }
      }
      if (events.size() != layout.events().size()) {
        throw new CalendarFormatException(
            source,
            "",
            "the events of the file cannot be told apart"
                + " ("
                + layout.events().size()
                + " BEGIN:VEVENT, "
                + events.size()
                + " read)");
      }

      Map<String, List<Exclusion>> moved = new HashMap<>();
      for (int i = 0; i < events.size(); i++) {
        VEvent e = events.get(i);
        EventLines lines = layout.events().get(i);
        refuseRepeatedOrUnsupported(lines);
        RecurrenceId id = e.getRecurrenceId();
        if (id != null && e.getUid() != null && e.getUid().getValue() != null) {
          Line l = lines.first("RECURRENCE-ID");
          if (id.getRange() == Range.THIS_AND_FUTURE) {
            throw error(
                l.number(),
                "RECURRENCE-ID \"" + l.shown() + "\" with RANGE=THISANDFUTURE is not supported");
          }
          When when = when(id.getValue(), id, eventZones.get(i), l);
          moved
              .computeIfAbsent(e.getUid().getValue(), k -> new ArrayList<>())
              .add(new Exclusion(when, l));
        }
      }

      List<Holiday> out = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        VEvent e = events.get(i);
        List<Exclusion> others =
            e.getRecurrenceId() != null || e.getUid() == null
                ? List.of()
                : moved.getOrDefault(e.getUid().getValue(), List.of());
        event(e, layout.events().get(i), eventZones.get(i), eventFeedZone.get(i), others, out);
      }
      return List.copyOf(out);
    }

    /** An occurrence taken out of a recurring event: by its EXDATE, or moved by a RECURRENCE-ID. */
    private record Exclusion(When when, Line line) {}

    // --- the file's shape, with line numbers ---

    private Layout layout(String text) {
      List<Line> calendar = new ArrayList<>();
      List<EventLines> events = new ArrayList<>();
      BitSet timezoneLines = new BitSet();
      Deque<Line> open = new ArrayDeque<>(); // BEGIN lines, innermost first
      EventLines event = null;
      Line timezone = null; // the BEGIN:VTIMEZONE of the component being read
      List<Line> lines = unfold(text);
      for (Line l : lines) {
        if (timezone != null) {
          if (l.name().equals("END") && component(l).equals("VTIMEZONE")) {
            timezoneLines.set(timezone.number(), l.number() + 1);
            timezone = null;
          }
          continue;
        }
        if (l.name().equals("BEGIN") && component(l).equals("VTIMEZONE")) {
          timezone = l;
          continue;
        }
        if (l.name().equals("BEGIN")) {
          String c = component(l);
          String parent = open.isEmpty() ? "" : component(open.peek());
          if (c.equals("VEVENT")) {
            if (event != null) {
              throw error(
                  l.number(), "BEGIN:VEVENT inside the event begun at line " + event.begin());
            }
            if (!parent.equals("VCALENDAR")) {
              throw error(l.number(), "BEGIN:VEVENT is not inside BEGIN:VCALENDAR");
            }
            event = new EventLines(l.number(), new ArrayList<>());
          } else if (c.equals("VCALENDAR") && !open.isEmpty()) {
            throw error(
                l.number(),
                "BEGIN:VCALENDAR inside the calendar begun at line " + open.getLast().number());
          }
          open.push(l);
        } else if (l.name().equals("END")) {
          String c = component(l);
          if (open.stream().noneMatch(b -> component(b).equals(c))) {
            if (c.equals("VEVENT")) {
              throw error(l.number(), "END:VEVENT without BEGIN:VEVENT");
            }
            continue; // closes nothing: ignored, as the parser ignores it
          }
          String closed;
          do {
            closed = component(open.pop());
            if (closed.equals("VEVENT") && event != null) { // a VEVENT on the stack is the event
              if (!c.equals("VEVENT")) {
                throw error(event.begin(), "the event begun here has no END:VEVENT");
              }
              events.add(event);
              event = null;
            }
          } while (!closed.equals(c));
        } else if (event != null && component(open.peek()).equals("VEVENT")) {
          event.lines().add(l);
        } else if (!open.isEmpty() && component(open.peek()).equals("VCALENDAR")) {
          calendar.add(l);
        }
      }
      if (event != null) {
        throw error(event.begin(), "the event begun here has no END:VEVENT");
      }
      if (timezone != null) {
        timezoneLines.set(timezone.number(), Integer.MAX_VALUE);
      }
      return new Layout(calendar, events, timezoneLines);
    }

    /**
     * The text with its VTIMEZONE components blanked, line numbers kept. The parser would build
     * each VTIMEZONE's zone by expanding its observance rules from their DTSTART up to today, at
     * once: a rule such as FREQ=SECONDLY from 1601 would never finish.
     */
    private static String withoutTimezones(String text, Layout layout) {
      if (layout.timezoneLines().isEmpty()) {
        return text;
      }
      String[] physical = text.split("\r\n|\n|\r", -1);
      for (int i = 0; i < physical.length; i++) {
        if (layout.timezoneLines().get(i + 1)) {
          physical[i] = "";
        }
      }
      return String.join("\n", physical);
    }

    private static String component(Line l) {
      return l.value().trim().toUpperCase(Locale.ROOT);
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

    /** The name and the raw value of a content line (parameters are the parser's business). */
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
        throw error(
            number, "\"" + abbreviate(s) + "\" is not an iCalendar content line (NAME:VALUE)");
      }
      int semicolon = s.indexOf(';');
      String name = s.substring(0, semicolon >= 0 && semicolon < colon ? semicolon : colon);
      return new Line(number, name.trim().toUpperCase(Locale.ROOT), s.substring(colon + 1));
    }

    /** A value of an event property this reader acts on that the parser could not read. */
    private void refuseUnreadValues(Layout layout, List<ParseWarning> warnings) {
      Map<Integer, Line> read = new HashMap<>();
      for (EventLines e : layout.events()) {
        for (Line l : e.lines()) {
          if (READ.contains(l.name())) {
            read.put(l.number(), l);
          }
        }
      }
      for (ParseWarning w : warnings) {
        Line l = w.getLineNumber() == null ? null : read.get(w.getLineNumber());
        if (l != null) {
          throw error(
              l.number(),
              switch (l.name()) {
                case "DURATION" -> notADuration(l);
                case "RRULE" -> "RRULE \"" + l.shown() + "\" is not a recurrence rule";
                case "SUMMARY", "STATUS", "UID" ->
                    l.name() + " \"" + l.shown() + "\" cannot be read";
                default -> notADate(l);
              });
        }
      }
    }

    private void refuseRepeatedOrUnsupported(EventLines lines) {
      for (String name : ONCE) {
        List<Line> ls = lines.named(name);
        if (ls.size() > 1) {
          throw error(
              ls.get(1).number(),
              name
                  + " is given again (first at line "
                  + ls.get(0).number()
                  + "); an event has one");
        }
      }
      for (String name : REFUSED) {
        List<Line> ls = lines.named(name);
        if (!ls.isEmpty()) {
          throw error(
              ls.get(0).number(),
              name
                  + " \""
                  + ls.get(0).shown()
                  + "\" is not supported: an event repeats by one RRULE (FREQ=YEARLY), less its EXDATEs");
        }
      }
      List<Line> end = lines.named("DTEND");
      List<Line> duration = lines.named("DURATION");
      if (!end.isEmpty() && !duration.isEmpty()) {
        Line first = end.get(0).number() < duration.get(0).number() ? end.get(0) : duration.get(0);
        Line second = first == end.get(0) ? duration.get(0) : end.get(0);
        throw error(
            second.number(),
            second.name()
                + " \""
                + second.shown()
                + "\" is given with the "
                + first.name()
                + " of line "
                + first.number()
                + "; an event has one or the other (RFC 5545 3.6.1)");
      }
    }

    // --- one event ---

    private void event(
        VEvent e,
        EventLines lines,
        TimezoneInfo zones,
        @Nullable Clock feedZone,
        List<Exclusion> moved,
        List<Holiday> out) {
      Status status = e.getStatus();
      if (status != null
          && status.getValue() != null
          && status.getValue().trim().equalsIgnoreCase("CANCELLED")) {
        return;
      }
      DateStart dtstart = e.getDateStart();
      if (dtstart == null || dtstart.getValue() == null) {
        throw error(lines.begin(), "the event has no DTSTART");
      }
      Line startLine = lines.first("DTSTART");
      When start = when(dtstart.getValue(), dtstart, zones, startLine);
      // A UTC time counts by its date where the feed says its calendar is (Google's X-WR-TIMEZONE).
      Clock view = UTC.equals(start.clock()) && feedZone != null ? feedZone : start.clock();
      LocalDate first = start.in(view).toLocalDate();

      LocalDate last;
      DateEnd dtend = e.getDateEnd();
      DurationProperty duration = e.getDuration();
      if (dtend != null && dtend.getValue() != null) {
        Line endLine = lines.first("DTEND");
        When end = when(dtend.getValue(), dtend, zones, endLine);
        last =
            end.hasTime()
                ? end.in(view).minusNanos(1).toLocalDate()
                : end.local().toLocalDate().minusDays(1);
        if (last.isBefore(first)) {
          throw error(
              endLine.number(),
              "DTEND \"" + endLine.shown() + "\" is before DTSTART \"" + startLine.shown() + "\"");
        }
      } else if (duration != null && duration.getValue() != null) {
        last = first.plusDays(days(duration.getValue(), lines.first("DURATION")) - 1);
      } else {
        last = first;
      }
      long span = last.toEpochDay() - first.toEpochDay() + 1;
      if (span > MAX_DAYS_PER_EVENT) {
        throw error(
            lines.begin(),
            "the event covers " + span + " days; at most " + MAX_DAYS_PER_EVENT + " are accepted");
      }

      List<Exclusion> excluded = new ArrayList<>(moved);
      List<Line> exLines = lines.named("EXDATE");
      List<ExceptionDates> exdates = e.getExceptionDates();
      for (int i = 0; i < exdates.size(); i++) {
        for (ICalDate d : exdates.get(i).getValues()) {
          excluded.add(
              new Exclusion(when(d, exdates.get(i), zones, exLines.get(i)), exLines.get(i)));
        }
      }
      Set<LocalDateTime> skip = new HashSet<>();
      for (Exclusion x : excluded) {
        if (x.when().hasTime() != start.hasTime()) {
          throw error(
              x.line().number(),
              x.line().name()
                  + " \""
                  + x.line().shown()
                  + "\" is a "
                  + (x.when().hasTime() ? "date-time" : "date")
                  + " but DTSTART is a "
                  + (start.hasTime() ? "date-time" : "date")
                  + "; RFC 5545 gives them one value type");
        }
        skip.add(x.when().in(start.clock()));
      }

      String name = summary(e.getSummary());
      Set<LocalDate> dates = new LinkedHashSet<>();
      for (LocalDateTime occurrence : occurrences(e.getRecurrenceRule(), lines, start)) {
        When o = new When(occurrence, start.hasTime(), start.clock());
        if (skip.contains(o.in(start.clock()))) {
          continue;
        }
        LocalDate date = o.in(view).toLocalDate();
        for (int d = 0; d < span; d++) {
          dates.add(date.plusDays(d));
        }
      }
      for (LocalDate d : dates) {
        out.add(new Holiday(d, name, name, HolidayKind.CUSTOM));
      }
    }

    private static String summary(@Nullable Summary summary) {
      String s =
          summary == null || summary.getValue() == null
              ? ""
              : summary.getValue().replaceAll("\\R", " ").trim();
      return s.isEmpty() ? "Closure" : s;
    }

    /**
     * The wall-clock starts of the occurrences, in DTSTART's clock: DTSTART alone, or what the
     * yearly rule gives from it.
     */
    private List<LocalDateTime> occurrences(
        @Nullable RecurrenceRule rrule, EventLines lines, When start) {
      if (rrule == null || rrule.getValue() == null) {
        return List.of(start.local());
      }
      Recurrence r = rrule.getValue();
      Line l = lines.first("RRULE");
      if (r.getFrequency() != Frequency.YEARLY
          || (r.getCount() == null) == (r.getUntil() == null)
          || !r.getXRules().isEmpty()) {
        throw error(
            l.number(),
            "RRULE \"" + l.shown() + "\" is not supported: only FREQ=YEARLY with COUNT or UNTIL");
      }
      int step = r.getInterval() == null ? 1 : positive(r.getInterval(), "INTERVAL", l);
      Integer count = r.getCount();
      if (count != null && positive(count, "COUNT", l) > MAX_OCCURRENCES) {
        // Checked before anything is expanded: a COUNT of two billion costs nothing.
        throw tooMany(l, String.valueOf(count));
      }
      LocalDateTime limit = r.getUntil() == null ? null : limit(r.getUntil(), start, l);

      Recurrence bounded =
          new Recurrence.Builder(r)
              .until((ICalDate) null)
              .interval(Math.min(step, LONGEST_INTERVAL))
              .build();
      RecurrenceIterator it =
          RecurrenceIteratorFactory.createRecurrenceIterator(bounded, dateValue(start), WALL_CLOCK);
      List<LocalDateTime> out = new ArrayList<>();
      boolean first = true;
      while (it.hasNext()) {
        DateValue v = it.next();
        if (first && (v.year() > LAST_ICS_YEAR || !local(v).equals(start.local()))) {
          break;
        }
        first = false;
        if (v.year() > LAST_ICS_YEAR) {
          break; // and if COUNT is not reached, refused below
        }
        LocalDateTime t = local(v);
        if (limit != null && t.isAfter(limit)) {
          break;
        }
        if (out.size() == MAX_OCCURRENCES) {
          throw tooMany(l, "more than " + MAX_OCCURRENCES);
        }
        out.add(t);
      }
      if (first) {
        throw error(
            l.number(),
            "DTSTART \""
                + lines.first("DTSTART").shown()
                + "\" is not an occurrence of RRULE \""
                + l.shown()
                + "\"; RFC 5545 leaves such a recurrence undefined");
      }
      if (count != null && out.size() < count) {
        throw error(
            l.number(), "RRULE \"" + l.shown() + "\" repeats beyond the year " + LAST_ICS_YEAR);
      }
      return out;
    }

    /** The last wall-clock time, in DTSTART's clock, that UNTIL lets occur. */
    private LocalDateTime limit(ICalDate until, When start, Line l) {
      When u =
          new When(
              localOf(until, l),
              until.hasTime(),
              until.hasTime() && until.getRawComponents().isUtc() ? UTC : null);
      if (!u.hasTime() || !start.hasTime()) {
        return u.local().toLocalDate().atTime(LocalTime.MAX);
      }
      return u.in(start.clock());
    }

    private int positive(int n, String part, Line l) {
      if (n <= 0) {
        throw error(
            l.number(),
            part + " " + n + " in RRULE \"" + l.shown() + "\" is not a positive number");
      }
      return n;
    }

    private CalendarFormatException tooMany(Line rrule, String n) {
      return error(
          rrule.number(),
          "RRULE \""
              + rrule.shown()
              + "\" gives "
              + n
              + " occurrences; at most "
              + MAX_OCCURRENCES
              + " are accepted");
    }

    private static DateValue dateValue(When w) {
      LocalDateTime t = w.local();
      return w.hasTime()
          ? new DateTimeValueImpl(
              t.getYear(),
              t.getMonthValue(),
              t.getDayOfMonth(),
              t.getHour(),
              t.getMinute(),
              t.getSecond())
          : new DateValueImpl(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    }

    private static LocalDateTime local(DateValue v) {
      LocalDate d = LocalDate.of(v.year(), v.month(), v.day());
      return v instanceof DateTimeValue t
          ? d.atTime(t.hour(), t.minute(), t.second())
          : d.atStartOfDay();
    }

    // --- values ---

    /** A date or date-time value of a property, with its clock. */
    private When when(ICalDate value, ICalProperty property, TimezoneInfo zones, Line l) {
      LocalDateTime local = localOf(value, l);
      if (!value.hasTime()) {
        return new When(local, false, null);
      }
      if (value.getRawComponents().isUtc()) {
        return new When(local, true, UTC);
      }
      // The parser moves a TZID it resolved from the parameters to its own records.
      TimezoneAssignment assigned = zones.getTimezone(property);
      String tzid =
          assigned != null && assigned.getGlobalId() != null
              ? assigned.getGlobalId()
              : property.getParameters().getTimezoneId();
      return new When(local, true, tzid == null ? null : clock(tzid, l));
    }

    private LocalDateTime localOf(ICalDate value, Line l) {
      DateTimeComponents c = value.getRawComponents();
      try {
        LocalDate d = LocalDate.of(c.getYear(), c.getMonth(), c.getDate());
        return value.hasTime()
            ? d.atTime(c.getHour(), c.getMinute(), c.getSecond())
            : d.atStartOfDay();
      } catch (DateTimeException e) {
        throw error(
            l.number(),
            l.name().equals("RRULE")
                ? "UNTIL in RRULE \"" + l.shown() + "\" is not a date or date-time"
                : notADate(l));
      }
    }

    /** The clock a TZID names: a zone id, or a Windows zone name (CLDR's table). */
    private Clock clock(String tzid, Line l) {
      try {
        return new JavaZone(ZoneId.of(tzid));
      } catch (DateTimeException e) {
        // not a zone id: perhaps a Windows name
      }
      String windows = WindowsZones.IDS.get(tzid);
      if (windows == null) {
        throw error(
            l.number(),
            "TZID \""
                + tzid
                + "\" is not a time zone (neither a zone name nor"
                + " a Windows zone name)");
      }
      return new JavaZone(ZoneId.of(windows));
    }

    /** The calendar's own zone for UTC times: its X-WR-TIMEZONE, if any. */
    private @Nullable Clock feedZone(ICalendar calendar, Layout layout) {
      RawProperty p = calendar.getExperimentalProperty("X-WR-TIMEZONE");
      if (p == null || p.getValue() == null || p.getValue().isBlank()) {
        return null;
      }
      String tzid = p.getValue().trim();
      Line l =
          layout.calendar().stream()
              .filter(x -> x.name().equals("X-WR-TIMEZONE") && x.value().trim().equals(tzid))
              .findFirst()
              .orElse(new Line(0, "X-WR-TIMEZONE", tzid));
      return clock(tzid, l);
    }

    /** A DURATION as whole days covered: {@code P1D}, {@code P2W}, {@code PT24H}, {@code P1DT12H}. */
    private int days(Duration d, Line l) {
      long seconds =
          ((long) orZero(d.getWeeks()) * 7 + orZero(d.getDays())) * 86_400
              + (long) orZero(d.getHours()) * 3600
              + (long) orZero(d.getMinutes()) * 60
              + orZero(d.getSeconds());
      if (d.isPrior() || seconds <= 0) {
        throw error(l.number(), notADuration(l));
      }
      return (int) Math.min((seconds + 86_399) / 86_400, MAX_DAYS_PER_EVENT + 1);
    }

    private static int orZero(@Nullable Integer n) {
      return n == null ? 0 : n;
    }

    private static String notADate(Line l) {
      return l.name()
          + " \""
          + l.shown()
          + "\" is not an iCalendar date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)";
    }

    private static String notADuration(Line l) {
      return "DURATION \"" + l.shown() + "\" is not a positive duration (P1D, P2W, PT24H)";
    }
  }
}
