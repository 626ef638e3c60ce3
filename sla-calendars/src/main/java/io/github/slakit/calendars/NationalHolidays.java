package io.github.slakit.calendars;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The public holidays of a country, or of a region of one: our own checked sets for KR, FR, US and
 * CZ, and jollyday's data for every other country jollyday knows and for its regions.
 *
 * <p>Immutable and thread-safe. One instance per code, shared ({@code of("KR") == of("kr")});
 * each year's holidays are computed on first use and kept, so {@link #isHoliday(LocalDate)} is a
 * bit test after that.
 *
 * <p><b>Codes.</b> An ISO 3166-1 alpha-2 country code ({@code DE}), or a country and one of its
 * regions as jollyday names them, ISO 3166-2 style ({@code DE-BY}: Bavaria, {@code GB-ENG}:
 * England, {@code CH-ZH}: Zurich), any case. A region's set is its country's holidays plus the
 * region's own. {@link #supported()} lists every code, {@link #isSupported(String)} tells one.
 *
 * <p><b>Our own sets</b>, each checked year by year against an independent source
 * (docs/HOLIDAYS.md); they have no regions:
 *
 * <ul>
 *   <li><b>KR</b> 1990-2050 (docs/POLICIES.md KR-1..KR-5): fixed and lunar holidays with their history,
 *       substitute holidays (KR-3), and declared days (elections, temporary holidays: KR-4) as
 *       shipped data. Lunar dates follow KASI's Korean lunisolar table, certain up to 2027; see
 *       {@code docs/HOLIDAYS.md}.
 *   <li><b>FR</b> 1982-2200: the eleven national public holidays of metropolitan France (no
 *       Alsace-Moselle extras: Good Friday, 26 December). Whit Monday is listed every year,
 *       2005-2007 included (see {@code FrenchHolidays}).
 *   <li><b>US</b> 1971-2200: the federal holidays (5 U.S.C. 6103). Each is listed on its own date;
 *       when that is a Saturday or Sunday the observed Friday before or Monday after is listed too,
 *       as a {@link HolidayKind#SUBSTITUTE} day. Both count as days off. An observed day can fall in
 *       the previous year (2021-12-31 for New Year's Day 2022) and then belongs to that year.
 *   <li><b>CZ</b> 1990-2200: the state and other holidays that are days off (Act No. 245/2000 Coll.
 *       and, before August 2000, Act No. 93/1951 Coll. as amended), with their history: 9 May in
 *       1990-1991 and 8 May from 1992, 28 September and 17 November from 2000, Good Friday from
 *       2016. 1 January is listed twice from 2001 (two holidays). No substitute days: a holiday on
 *       a weekend is not moved (see {@code CzechHolidays}).
 * </ul>
 *
 * <p><b>Every other country</b> (jollyday 2.19.0, with our corrections as data): 1990-2200, or
 * 1990-2173 where there are Islamic-calendar holidays (jollyday computes them with Java's
 * HijrahChronology, whose table ends in 2174), or the years the corrections cover (JP 1990-2050).
 * Only jollyday's public holidays (no bank holidays, no observances). The main zone is the
 * country's capital's; a region has its country's. Names, kinds and moved days: see {@code
 * docs/HOLIDAYS.md}.
 *
 * <p>A date that is two holidays at once appears once per holiday in {@link #holidays(int, int)}.
 */
public final class NationalHolidays {

  private static final Map<String, NationalHolidays> SETS = new TreeMap<>();

  static {
    register(
        "KR",
        "Asia/Seoul",
        KoreanHolidays.FIRST_YEAR,
        KoreanHolidays.LAST_YEAR,
        new KoreanHolidays());
    register(
        "FR",
        "Europe/Paris",
        FrenchHolidays.FIRST_YEAR,
        FrenchHolidays.LAST_YEAR,
        new FrenchHolidays());
    register(
        "US", "America/New_York", UsHolidays.FIRST_YEAR, UsHolidays.LAST_YEAR, new UsHolidays());
    register(
        "CZ",
        "Europe/Prague",
        CzechHolidays.FIRST_YEAR,
        CzechHolidays.LAST_YEAR,
        new CzechHolidays());
  }

  private static void register(
      String country, String zone, int firstYear, int lastYear, HolidayRules rules) {
    SETS.put(country, new NationalHolidays(country, ZoneId.of(zone), firstYear, lastYear, rules));
  }

  private static final Set<String> COUNTRIES =
      Collections.unmodifiableSortedSet(new TreeSet<>(SETS.keySet()));

  /** A country code, or a country code and a region: DE, DE-BY, FR-75C. */
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

  /** The jollyday sets made so far, by code. */
  private static final Map<String, NationalHolidays> OTHERS = new ConcurrentHashMap<>();

  /** Every supported code, computed on first use of {@link #supported()}. */
  private static volatile @Nullable SortedSet<String> supported;

  /** A set of jollyday's (for JollydaySets). */
  static NationalHolidays create(
      String code, ZoneId zone, int firstYear, int lastYear, HolidayRules rules) {
    return new NationalHolidays(code, zone, firstYear, lastYear, rules);
  }

  private final String country;
  private final ZoneId zone;
  private final HolidayRules rules;
  private final int firstYear;
  private final int lastYear;
  private final AtomicReferenceArray<YearSet> years;

  private NationalHolidays(
      String country, ZoneId zone, int firstYear, int lastYear, HolidayRules rules) {
    this.country = country;
    this.zone = zone;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.rules = rules;
    this.years = new AtomicReferenceArray<>(lastYear - firstYear + 1);
  }

  /**
   * The codes of our own checked sets, sorted: {@code CZ}, {@code FR}, {@code KR}, {@code US}.
   * Every other country comes from jollyday: {@link #supported()} lists all codes.
   *
   * @return an unmodifiable set of upper-case codes
   */
  public static Set<String> countries() {
    return COUNTRIES;
  }

  /**
   * Every code {@link #of(String)} accepts, upper case and sorted: our own sets, every country
   * jollyday knows (ISO 3166-1 alpha-2, and XK for Kosovo) and each of their regions ({@code
   * DE-BY}). The first call reads every country's data (a few seconds).
   *
   * @return an unmodifiable sorted set of upper-case codes, computed once
   */
  public static SortedSet<String> supported() {
    SortedSet<String> all = supported;
    if (all == null) {
      TreeSet<String> codes = new TreeSet<>(SETS.keySet());
      codes.addAll(JollydaySets.supported());
      all = Collections.unmodifiableSortedSet(codes);
      supported = all;
    }
    return all;
  }

  /**
   * Whether {@link #of(String)} accepts the code (any case, surrounding blanks ignored), without
   * reading every country's data as {@link #supported()} does.
   *
   * @param code a country ({@code KR}) or a country and region ({@code DE-BY})
   * @return true when there is a holiday set for it
   */
  public static boolean isSupported(String code) {
    Objects.requireNonNull(code, "code");
    String key = code.trim().toUpperCase(Locale.ROOT);
    if (SETS.containsKey(key) || OTHERS.containsKey(key)) {
      return true;
    }
    return CODE.matcher(key).matches()
        && !SETS.containsKey(key.substring(0, 2))
        && JollydaySets.supports(key);
  }

  /**
   * The holiday set of a country or region.
   *
   * @param code an ISO 3166-1 alpha-2 code ({@code DE}) or a country and region ({@code DE-BY}),
   *     any case, surrounding blanks ignored
   * @return the set, shared: one instance per code, thread-safe
   * @throws CalendarException naming the code when there is no set for it: {@code "ZZ" is not a
   *     country or region with public holidays (ISO 3166-1 alpha-2, or a region such as DE-BY)}
   */
  public static NationalHolidays of(String code) {
    Objects.requireNonNull(code, "countryCode");
    String key = code.trim().toUpperCase(Locale.ROOT);
    NationalHolidays set = SETS.get(key);
    if (set != null) {
      return set;
    }
    set = OTHERS.get(key);
    if (set != null) {
      return set;
    }
    if (!CODE.matcher(key).matches()) {
      throw unknown(code, "");
    }
    if (SETS.containsKey(key.substring(0, 2))) {
      throw unknown(code, "; " + key.substring(0, 2) + " has national holidays only, no regions");
    }
    NationalHolidays made = OTHERS.computeIfAbsent(key, JollydaySets::create);
    if (made == null) {
      throw unknown(code, "");
    }
    return made;
  }

  private static CalendarException unknown(String code, String more) {
    return new CalendarException(
        "\""
            + code
            + "\" is not a country or region with public holidays (ISO 3166-1 alpha-2,"
            + " or a region such as DE-BY)"
            + more);
  }

  /**
   * The set's code.
   *
   * @return the code in upper case: the country ({@code DE}) or the country and region ({@code
   *     DE-BY})
   */
  public String country() {
    return country;
  }

  /**
   * The country's main time zone, for {@link BusinessCalendar#ofCountry(String)} (TIME-8):
   * Asia/Seoul, Europe/Paris, America/New_York, Europe/Prague for our own sets; for the others,
   * the zone of the country's capital (Europe/Berlin; Australia/Sydney for AU). A region has its
   * country's zone. A calendar in another zone: {@link BusinessCalendar#ofCountry(String,
   * ZoneId)}.
   *
   * @return the zone
   */
  public ZoneId mainZone() {
    return zone;
  }

  /**
   * The first year for which this set is known.
   *
   * @return a year (KR: 1990); earlier years are refused
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * The last year for which this set is known.
   *
   * @return a year (KR: 2050); later years are refused
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Whether the date is a holiday of this set (substitute, observed and declared days included).
   *
   * @param date a local date
   * @return true when a holiday of the set falls on it
   * @throws CalendarException when the date's year is outside {@link #firstYear()}..{@link
   *     #lastYear()}
   */
  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return year(date.getYear()).contains(date.getDayOfYear());
  }

  /**
   * The holidays of the years {@code fromYear..toYear} inclusive, in date order; a date that is
   * two holidays at once (Chuseok on National Foundation Day) is listed once per holiday.
   *
   * @param fromYear the first year, included
   * @param toYear the last year, included; not before {@code fromYear}
   * @return the holidays, unmodifiable
   * @throws CalendarException when a year is outside the known range
   * @throws IllegalArgumentException when {@code fromYear > toYear}
   */
  public List<Holiday> holidays(int fromYear, int toYear) {
    if (fromYear > toYear) {
      throw new IllegalArgumentException(
          "fromYear (" + fromYear + ") must not be after toYear (" + toYear + ")");
    }
    checkYear(fromYear);
    checkYear(toYear);
    if (fromYear == toYear) {
      return year(fromYear).holidays;
    }
    List<Holiday> all = new ArrayList<>();
    for (int y = fromYear; y <= toYear; y++) {
      all.addAll(year(y).holidays);
    }
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "NationalHolidays[" + country() + " " + firstYear + "-" + lastYear + "]";
  }

  private void checkYear(int year) {
    if (year < firstYear || year > lastYear) {
      throw new CalendarException(
          country()
              + " holidays are known for "
              + firstYear
              + "-"
              + lastYear
              + " only, not for year "
              + year);
    }
  }

  private YearSet year(int year) {
    checkYear(year);
    int i = year - firstYear;
    YearSet set = years.get(i);
    if (set == null) {
      // Computing twice in a race is harmless: both results are equal and immutable.
      set = YearSet.of(year, rules.holidaysIn(year));
      years.compareAndSet(i, null, set);
      set = years.get(i);
    }
    return set;
  }

  /** One year's holidays: the sorted list and a bit per day of the year. */
  private static final class YearSet {
    private final List<Holiday> holidays;
    private final long[] days = new long[6]; // bit (dayOfYear - 1)

    private YearSet(List<Holiday> holidays) {
      this.holidays = holidays;
      for (Holiday h : holidays) {
        int bit = h.date().getDayOfYear() - 1;
        days[bit >>> 6] |= 1L << bit;
      }
    }

    static YearSet of(int year, List<Holiday> unsorted) {
      List<Holiday> sorted = new ArrayList<>(unsorted);
      for (Holiday h : sorted) {
        if (h.date().getYear() != year) {
          throw new IllegalStateException(h + " is not in year " + year);
        }
      }
      sorted.sort(Comparator.comparing(Holiday::date)); // stable: rule order within a date
      return new YearSet(List.copyOf(sorted));
    }

    boolean contains(int dayOfYear) {
      int bit = dayOfYear - 1;
      return (days[bit >>> 6] & (1L << bit)) != 0;
    }
  }
}
