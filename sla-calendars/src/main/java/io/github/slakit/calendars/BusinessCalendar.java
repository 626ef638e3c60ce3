package io.github.slakit.calendars;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Business time of a support contract: weekly hours in a time zone, date-specific hours, breaks
 * and holidays, and the arithmetic every deadline needs (docs/POLICIES.md TIME-1..TIME-7).
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
 *   <li>A holiday removes the moments of its own local date only: the after-midnight part of the
 *       day before's overnight window is removed, but the after-midnight part of the holiday's own
 *       overnight window, which falls on the next (non-holiday) date, stays business time (the
 *       literal reading of TIME-5 and TIME-6 together).
 *   <li>A break is a wall-clock window of its date resolved like any window; it removes business
 *       time whichever date's window that time belongs to.
 *   <li>{@link Builder#addHoliday} and {@link Builder#removeHoliday} on the same date: the last
 *       call wins.
 * </ul>
 *
 * <p><b>Supported range.</b> Local years 1900..2299, or, with a national holiday set, the years
 * that set knows ({@link NationalHolidays#firstYear()}..{@link NationalHolidays#lastYear()}). An
 * operation that needs business time outside them throws a {@link CalendarException} naming the
 * year and the range; {@link #nextOpening} and {@link #previousClosing} answer empty when there is
 * no business time before the range's end (start).
 */
public final class BusinessCalendar {
  /**
   * The first local year of a calendar without a national holiday set, and the earliest any
   * calendar supports: instants before it are refused at the door by slakit's readers.
   */
  public static final int FIRST_YEAR = 1900;

  /** The last local year of a calendar without a national holiday set, and the latest any supports. */
  public static final int LAST_YEAR = 2299;

  private final CalendarSpec spec;
  private final @Nullable NationalHolidays national;
  private final BusinessTimeIndex index;

  private BusinessCalendar(
      CalendarSpec spec, @Nullable NationalHolidays national, int firstYear, int lastYear) {
    this.spec = spec;
    this.national = national;
    this.index = new BusinessTimeIndex(spec, firstYear, lastYear, this::holidayDatesOf);
  }

  /**
   * A builder for a calendar in the zone; no hours and no holidays until set.
   *
   * @param zone the zone in which the calendar's hours, dates and holidays are read
   * @return a new builder, closed every day
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * The default calendar of a country (TIME-8 reading): Monday-Friday 09:00-18:00 in the country's
   * main time zone, minus its public holidays. Its id is the code.
   *
   * @param countryCode a country ({@code KR}) or a country and region ({@code DE-BY}): any code
   *     {@link NationalHolidays#of(String)} accepts; a region has its country's main zone
   * @return the calendar, with the code in upper case as its id and its holiday country
   * @throws CalendarException when there is no holiday set for the code
   */
  public static BusinessCalendar ofCountry(String countryCode) {
    Objects.requireNonNull(countryCode, "countryCode");
    return ofCountry(countryCode, NationalHolidays.of(countryCode).mainZone());
  }

  /**
   * As {@link #ofCountry(String)}, in the given zone instead of the country's main one (a region
   * or a city in another zone of the country: {@code ofCountry("AU-WA", Australia/Perth)}).
   *
   * @param countryCode a code {@link NationalHolidays#of(String)} accepts, in any case
   * @param zone the zone in which the hours and the holidays' dates are read
   * @return the calendar, with the code in upper case as its id and its holiday country
   * @throws CalendarException when there is no holiday set for the code
   */
  public static BusinessCalendar ofCountry(String countryCode, ZoneId zone) {
    Objects.requireNonNull(countryCode, "countryCode");
    String cc = countryCode.toUpperCase(Locale.ROOT);
    return builder(zone)
        .id(cc)
        .weekly(
            Set.of(
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY),
            TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(18, 0)))
        .holidays(cc)
        .build();
  }

  /** The definition, for the JSON writer. */
  CalendarSpec spec() {
    return spec;
  }

  /**
   * A builder holding this calendar's definition, to derive a changed copy.
   *
   * @return a new builder; changing it leaves this calendar as it is
   */
  public Builder toBuilder() {
    Builder b = new Builder(spec.zone());
    b.id = spec.id();
    b.weekly.putAll(spec.weekly());
    b.dates.putAll(spec.dates());
    spec.breaks().forEach((d, l) -> b.breaks.put(d, new ArrayList<>(l)));
    b.country = spec.country();
    b.added.putAll(spec.added());
    b.removed.addAll(spec.removed());
    return b;
  }

  /**
   * The calendar's id, by which rules and subscriptions name it.
   *
   * @return the id ({@code "acme-seoul"}, {@code "KR"}); never null, empty when none was given
   */
  public String id() {
    return spec.id();
  }

  /**
   * The zone in which hours, dates and holidays are read.
   *
   * @return the calendar's zone
   */
  public ZoneId zone() {
    return spec.zone();
  }

  /**
   * The weekly hours: for each day of the week, the windows starting on it, in the order given
   * (empty for a closed day). Date-specific hours and breaks are not included.
   *
   * @return an unmodifiable map with every day of the week as a key
   */
  public Map<DayOfWeek, List<TimeWindow>> weekly() {
    return spec.weekly();
  }

  /**
   * The date-specific hours: for each date that has its own, the windows starting on it instead of
   * its weekly ones (an empty list closes the date), in date order. Breaks and holidays are not
   * included.
   *
   * @return an unmodifiable sorted map; empty when no date has its own hours
   */
  public NavigableMap<LocalDate, List<TimeWindow>> dates() {
    return spec.dates();
  }

  /**
   * The national holiday set this calendar takes out.
   *
   * @return its code in upper case ({@code KR}, {@code DE-BY}), or empty for a calendar with
   *     only the holidays added to it
   */
  public Optional<String> holidayCountry() {
    return Optional.ofNullable(spec.country());
  }

  /**
   * Whether the instant is business time (opening instant included, closing excluded).
   *
   * @param instant the instant to test
   * @return true when it falls in a business interval
   * @throws CalendarException when its local year is outside the supported range
   */
  public boolean isBusinessTime(Instant instant) {
    return index.isBusinessTime(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Whether the local date is a holiday of this calendar (national set plus added minus removed).
   *
   * @param date a date in the calendar's zone
   * @return true when {@link #holidays(LocalDate, LocalDate)} lists a holiday on it
   * @throws CalendarException when the national set has no data for the date's year
   */
  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !holidays(date, date).isEmpty();
  }

  /**
   * Whether the local date has any business time (TIME-7).
   *
   * @param date a date in the calendar's zone
   * @return true when a business interval starts on it
   * @throws CalendarException when the date's year is outside the supported range
   */
  public boolean isBusinessDay(LocalDate date) {
    return index.firstOpeningOn(Objects.requireNonNull(date, "date")) != null;
  }

  /**
   * The instant business time next starts: {@code instant} itself when it is business time, else
   * the start of the next business interval. Empty when there is none within the supported range.
   *
   * @param instant where to look from
   * @return the opening, or empty
   * @throws CalendarException when the instant itself is outside the supported range
   */
  public Optional<Instant> nextOpening(Instant instant) {
    return Optional.ofNullable(index.nextOpening(Objects.requireNonNull(instant, "instant")));
  }

  /**
   * The instant business time last ended: {@code instant} itself when it is business time or the
   * end of a business interval, else the end of the previous business interval. Empty when there is
   * none within the supported range.
   *
   * @param instant where to look back from
   * @return the closing, or empty
   * @throws CalendarException when the instant itself is outside the supported range
   */
  public Optional<Instant> previousClosing(Instant instant) {
    return Optional.ofNullable(index.previousClosing(Objects.requireNonNull(instant, "instant")));
  }

  /**
   * The earliest instant {@code t} with {@code between(from, t) == amount} (TIME-2): a deadline
   * that uses up a window exactly is that window's end. A zero amount gives {@link
   * #nextOpening(Instant) nextOpening(from)}.
   *
   * @param from where counting starts; it need not be business time
   * @param amount the business time to add, zero or more
   * @return the deadline
   * @throws IllegalArgumentException when the amount is negative
   * @throws CalendarException when the calendar has not enough business time in its range
   */
  public Instant add(Instant from, Duration amount) {
    Objects.requireNonNull(from, "from");
    checkAmount(amount);
    if (amount.isZero()) {
      return nextOpening(from).orElseThrow(() -> noBusinessTime("after", from));
    }
    return index.add(from, amount);
  }

  /**
   * The latest instant {@code t} with {@code between(t, from) == amount}: the inverse of {@link
   * #add}. A zero amount gives {@link #previousClosing(Instant) previousClosing(from)}.
   *
   * @param from where counting back starts; it need not be business time
   * @param amount the business time to take away, zero or more
   * @return the earliest start that leaves {@code amount} before {@code from}
   * @throws IllegalArgumentException when the amount is negative
   * @throws CalendarException when the calendar has not enough business time in its range
   */
  public Instant subtract(Instant from, Duration amount) {
    Objects.requireNonNull(from, "from");
    checkAmount(amount);
    if (amount.isZero()) {
      return previousClosing(from).orElseThrow(() -> noBusinessTime("before", from));
    }
    return index.subtract(from, amount);
  }

  private static void checkAmount(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount (" + amount + ") must not be negative");
    }
  }

  private CalendarException noBusinessTime(String where, Instant from) {
    return new CalendarException(
        String.format(
            Locale.ROOT,
            "calendar %s has no business time %s %s within its supported years %d..%d",
            spec.id().isEmpty() ? spec.zone() : spec.id(),
            where,
            from,
            index.firstYear(),
            index.lastYear()));
  }

  /**
   * The business time in {@code [from, to)}; negative (minus {@code between(to, from)}) when
   * {@code to} is before {@code from}.
   *
   * @param from one end, included
   * @param to the other end, excluded
   * @return the business time between them, exact to the nanosecond
   * @throws CalendarException when the span reaches outside the supported range
   */
  public Duration between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return to.isBefore(from) ? index.between(to, from).negated() : index.between(from, to);
  }

  /**
   * N business days after {@code from} (TIME-3): let {@code s} be {@code nextOpening(from)}; the
   * result is the same local time of day as {@code s} on the N-th business day after {@code s}'s
   * local date, clamped into that day's business time (not before its first opening, not after its
   * last closing). {@code days == 0} gives {@code s}.
   *
   * @param from where counting starts; it need not be business time
   * @param days the number of business days, zero or more
   * @return the deadline
   * @throws IllegalArgumentException when days is negative
   * @throws CalendarException when there are not enough business days in the supported range
   */
  public Instant addBusinessDays(Instant from, int days) {
    Objects.requireNonNull(from, "from");
    if (days < 0) {
      throw new IllegalArgumentException("days (" + days + ") must not be negative");
    }
    Instant s = nextOpening(from).orElseThrow(() -> noBusinessTime("after", from));
    if (days == 0) {
      return s;
    }
    ZonedDateTime local = s.atZone(spec.zone());
    LocalDate date = local.toLocalDate();
    for (int i = 0; i < days; i++) {
      LocalDate next = date.plusDays(1);
      if (next.getYear() > index.lastYear()) {
        throw index.outside(next.getYear(), days + " business days after " + from);
      }
      Instant open = index.nextOpening(WallClock.startOfDay(next, spec.zone().getRules()));
      if (open == null) {
        throw index.outside(index.lastYear() + 1, days + " business days after " + from);
      }
      date = open.atZone(spec.zone()).toLocalDate();
    }
    Instant wanted =
        WallClock.start(LocalDateTime.of(date, local.toLocalTime()), spec.zone().getRules());
    // date is a business day (an opening was found on it), so it has a first opening and a last
    // closing
    Instant first = Objects.requireNonNull(index.firstOpeningOn(date), "first opening");
    Instant last = Objects.requireNonNull(index.lastClosingOn(date), "last closing");
    if (wanted.isBefore(first)) {
      return first;
    }
    return wanted.isAfter(last) ? last : wanted;
  }

  /**
   * The business intervals that meet {@code [from, to)}, cut to it, in order, touching intervals
   * merged: the timeline a UI draws.
   *
   * @param from the start of the span, included
   * @param to the end of the span, excluded; not before {@code from}
   * @return the intervals, unmodifiable; empty when {@code from} equals {@code to}
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   * @throws CalendarException when the span reaches outside the supported range
   */
  public List<Interval> intervals(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    return from.equals(to) ? List.of() : List.copyOf(index.intervals(from, to));
  }

  /**
   * The holidays of this calendar in the local dates {@code from..to} inclusive, in date order:
   * the national set's, minus the removed dates, plus the added ones (TIME-6; the one place this
   * rule is written).
   * Added dates are listed as {@link HolidayKind#CUSTOM} with their name (as English and local
   * name), after any national holiday of the same date.
   *
   * @param from the first local date, included
   * @param to the last local date, included; not before {@code from}
   * @return the holidays, unmodifiable; empty when there is none
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   * @throws CalendarException when the national set has no data for a year of the span
   */
  public List<Holiday> holidays(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    List<Holiday> out = new ArrayList<>();
    if (national != null) {
      for (Holiday h : national.holidays(from.getYear(), to.getYear())) {
        if (!h.date().isBefore(from)
            && !h.date().isAfter(to)
            && !spec.removed().contains(h.date())) {
          out.add(h);
        }
      }
    }
    spec.added()
        .subMap(from, true, to, true)
        .forEach((d, name) -> out.add(new Holiday(d, name, name, HolidayKind.CUSTOM)));
    out.sort(Comparator.comparing(Holiday::date));
    return Collections.unmodifiableList(out);
  }

  /** The holiday dates of a local year, for the index. */
  private Set<LocalDate> holidayDatesOf(int year) {
    Set<LocalDate> dates = new HashSet<>();
    holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .forEach(h -> dates.add(h.date()));
    return dates;
  }

  /** Equal when the definitions are equal: id, zone, hours, dates, breaks and holidays. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar other && spec.equals(other.spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  /**
   * A short summary: {@code BusinessCalendar[KR, Asia/Seoul, MON-FRI 09:00-18:00, holidays KR +1
   * -0, 2 dates, 1 break date]}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BusinessCalendar[");
    if (!spec.id().isEmpty()) {
      sb.append(spec.id()).append(", ");
    }
    sb.append(spec.zone()).append(", ").append(weekSummary());
    if (spec.country() != null || !spec.added().isEmpty() || !spec.removed().isEmpty()) {
      sb.append(", holidays ")
          .append(spec.country() == null ? "-" : spec.country())
          .append(" +")
          .append(spec.added().size())
          .append(" -")
          .append(spec.removed().size());
    }
    if (!spec.dates().isEmpty()) {
      sb.append(", ")
          .append(spec.dates().size())
          .append(spec.dates().size() == 1 ? " date" : " dates");
    }
    if (!spec.breaks().isEmpty()) {
      sb.append(", ")
          .append(spec.breaks().size())
          .append(spec.breaks().size() == 1 ? " break date" : " break dates");
    }
    return sb.append(']').toString();
  }

  private String weekSummary() {
    List<String> parts = new ArrayList<>();
    DayOfWeek[] days = DayOfWeek.values();
    int i = 0;
    while (i < days.length) {
      List<TimeWindow> w = spec.weekly().getOrDefault(days[i], List.of());
      int j = i;
      while (j + 1 < days.length && spec.weekly().getOrDefault(days[j + 1], List.of()).equals(w)) {
        j++;
      }
      if (!w.isEmpty()) {
        String range = abbreviation(days[i]) + (j > i ? "-" + abbreviation(days[j]) : "");
        StringBuilder windows = new StringBuilder();
        for (TimeWindow t : w) {
          windows.append(windows.length() == 0 ? "" : ",").append(t);
        }
        parts.add(range + " " + windows);
      }
      i = j + 1;
    }
    return parts.isEmpty() ? "closed weekly" : String.join(", ", parts);
  }

  private static String abbreviation(DayOfWeek d) {
    return d.name().substring(0, 3);
  }

  /**
   * A span of business time {@code [start, end)}.
   *
   * @param start the opening instant (business time)
   * @param end the closing instant (not business time), after start
   */
  public record Interval(Instant start, Instant end) {
    /**
     * Checks the interval.
     *
     * @param start the opening instant (business time)
     * @param end the closing instant (not business time), after start
     * @throws IllegalArgumentException when {@code end} is not after {@code start}
     */
    public Interval {
      java.util.Objects.requireNonNull(start, "start");
      java.util.Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("interval end " + end + " must be after start " + start);
      }
    }

    /**
     * The interval's length.
     *
     * @return {@code end - start}, positive
     */
    public Duration duration() {
      return Duration.between(start, end);
    }
  }

  /**
   * Builds a {@link BusinessCalendar}. Not thread-safe; {@link #build()} may be called again after
   * further changes and returns an independent calendar each time.
   */
  public static final class Builder {
    private final ZoneId zone;
    private String id = "";
    private final Map<DayOfWeek, List<TimeWindow>> weekly = CalendarSpec.emptyWeek();
    private final NavigableMap<LocalDate, List<TimeWindow>> dates = new TreeMap<>();
    private final NavigableMap<LocalDate, List<TimeWindow>> breaks = new TreeMap<>();
    private @Nullable String country;
    private final NavigableMap<LocalDate, String> added = new TreeMap<>();
    private final TreeSet<LocalDate> removed = new TreeSet<>();

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Sets the calendar's id, by which rules and subscriptions name it.
     *
     * @param id the id ({@code "acme-seoul"}); empty for none, the default
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Replaces the weekly windows of a day of the week; an empty list closes it.
     *
     * @param day the day of the week
     * @param windows the windows starting on that day, which may overlap (their union counts)
     * @return this builder
     */
    public Builder weekly(DayOfWeek day, List<TimeWindow> windows) {
      Objects.requireNonNull(day, "day");
      weekly.put(day, copyOf(windows, "weekly(" + day + ")"));
      return this;
    }

    /**
     * Replaces the weekly windows of each of the given days, like {@link #weekly(DayOfWeek, List)};
     * no window closes them.
     *
     * @param days the days of the week to set
     * @param windows the windows each of them gets
     * @return this builder
     */
    public Builder weekly(Set<DayOfWeek> days, TimeWindow... windows) {
      Objects.requireNonNull(days, "days");
      List<TimeWindow> list = copyOf(Arrays.asList(windows), "weekly(" + days + ")");
      for (DayOfWeek day : days) {
        weekly.put(Objects.requireNonNull(day, "days contains null"), list);
      }
      return this;
    }

    /**
     * Adds one weekly window to each of the given days, after the windows they have.
     *
     * @param days the days of the week to extend
     * @param window the window to add to each
     * @return this builder
     */
    public Builder addWeekly(Set<DayOfWeek> days, TimeWindow window) {
      Objects.requireNonNull(days, "days");
      Objects.requireNonNull(window, "window");
      for (DayOfWeek day : days) {
        Objects.requireNonNull(day, "days contains null");
        List<TimeWindow> l = new ArrayList<>(weekly.get(day));
        l.add(window);
        weekly.put(day, List.copyOf(l));
      }
      return this;
    }

    /**
     * Replaces the windows starting on a date (half day, special opening); empty closes it.
     *
     * @param date the local date whose weekly hours are replaced
     * @param windows the windows starting on it
     * @return this builder
     */
    public Builder date(LocalDate date, List<TimeWindow> windows) {
      Objects.requireNonNull(date, "date");
      dates.put(date, copyOf(windows, "date(" + date + ")"));
      return this;
    }

    /**
     * Takes a wall-clock window out of a date's business time; a date may have several.
     *
     * @param date the local date of the break
     * @param window the wall-clock window removed, whichever day's window that time belongs to
     * @return this builder
     */
    public Builder breakOn(LocalDate date, TimeWindow window) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(window, "window");
      breaks.computeIfAbsent(date, d -> new ArrayList<>()).add(window);
      return this;
    }

    /**
     * Uses the public holidays of a country or region ({@code null} for none): a code {@link
     * NationalHolidays#of(String)} accepts, {@code KR} or {@code DE-BY}.
     *
     * @param countryCode the code in any case, or {@code null} for no national set
     * @return this builder; an unknown code is refused by {@link #build()}
     */
    public Builder holidays(@Nullable String countryCode) {
      this.country = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * Adds a holiday (a company closure, a newly declared public holiday); it undoes an earlier
     * {@link #removeHoliday} of the date, and replaces the name of an earlier addition.
     *
     * @param date the local date closed, 00:00-24:00
     * @param name the holiday's name, listed by {@link BusinessCalendar#holidays}
     * @return this builder
     */
    public Builder addHoliday(LocalDate date, String name) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(name, "name");
      removed.remove(date);
      added.put(date, name);
      return this;
    }

    /**
     * Removes a date from the built-in national set (the office opens that day); it undoes an
     * earlier {@link #addHoliday} of the date.
     *
     * @param date the local date that is not a holiday
     * @return this builder
     */
    public Builder removeHoliday(LocalDate date) {
      Objects.requireNonNull(date, "date");
      added.remove(date);
      removed.add(date);
      return this;
    }

    private static List<TimeWindow> copyOf(List<TimeWindow> windows, String where) {
      Objects.requireNonNull(windows, where + ": windows");
      for (TimeWindow w : windows) {
        Objects.requireNonNull(w, where + ": windows contains null");
      }
      return List.copyOf(windows);
    }

    /**
     * The calendar.
     *
     * @return a new immutable calendar; later changes to this builder do not reach it
     * @throws CalendarException when the holiday country is unknown, or a date, break or holiday
     *     lies outside the supported years
     */
    public BusinessCalendar build() {
      NationalHolidays national = country == null ? null : NationalHolidays.of(country);
      int first = national == null ? FIRST_YEAR : national.firstYear();
      int last = national == null ? LAST_YEAR : national.lastYear();
      checkYears("date", dates.keySet(), first, last);
      checkYears("breakOn", breaks.keySet(), first, last);
      checkYears("addHoliday", added.keySet(), first, last);
      checkYears("removeHoliday", removed, first, last);
      Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(weekly);
      NavigableMap<LocalDate, List<TimeWindow>> breakCopy = new TreeMap<>();
      breaks.forEach((d, l) -> breakCopy.put(d, List.copyOf(l)));
      CalendarSpec spec =
          new CalendarSpec(
              id,
              zone,
              Collections.unmodifiableMap(week),
              Collections.unmodifiableNavigableMap(new TreeMap<>(dates)),
              Collections.unmodifiableNavigableMap(breakCopy),
              country,
              Collections.unmodifiableNavigableMap(new TreeMap<>(added)),
              Collections.unmodifiableNavigableSet(new TreeSet<>(removed)));
      return new BusinessCalendar(spec, national, first, last);
    }

    private void checkYears(String what, Set<LocalDate> dates, int first, int last) {
      for (LocalDate d : dates) {
        if (d.getYear() < first || d.getYear() > last) {
          throw new CalendarException(
              String.format(
                  Locale.ROOT,
                  "%s(%s): year %d is outside the supported years %d..%d%s",
                  what,
                  d,
                  d.getYear(),
                  first,
                  last,
                  country == null ? "" : " of the " + country + " holidays"));
        }
      }
    }
  }
}
