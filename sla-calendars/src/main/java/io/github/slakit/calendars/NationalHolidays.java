package io.github.slakit.calendars;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A built-in national holiday set: KR, FR or US.
 *
 * <p>Immutable and thread-safe.
 */
public final class NationalHolidays {
  // Implementation arrives with the holiday sets; see HolidayRules (package-private).
  private NationalHolidays() {}

  /** The ISO 3166 alpha-2 codes of the built-in sets: {@code KR}, {@code FR}, {@code US}. */
  public static Set<String> countries() {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The built-in set of a country.
   *
   * @throws CalendarException naming the code when there is no built-in set for it
   */
  public static NationalHolidays of(String countryCode) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The country code, upper case. */
  public String country() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The country's main time zone (TIME-8): Asia/Seoul, Europe/Paris, America/New_York. */
  public ZoneId mainZone() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The first year for which this set is known. */
  public int firstYear() {
    throw new UnsupportedOperationException("not yet");
  }

  /** The last year for which this set is known. */
  public int lastYear() {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Whether the date is a holiday of this set.
   *
   * @throws CalendarException when the date's year is outside {@link #firstYear()}..{@link
   *     #lastYear()}
   */
  public boolean isHoliday(LocalDate date) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The holidays of the years {@code fromYear..toYear} inclusive, in date order; a date that is
   * two holidays at once (Chuseok on National Foundation Day) is listed once per holiday.
   *
   * @throws CalendarException when a year is outside the known range
   */
  public List<Holiday> holidays(int fromYear, int toYear) {
    throw new UnsupportedOperationException("not yet");
  }
}
