package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DangiCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KR lunar holidays year by year, 1990-2050, against an independent oracle: ICU4J's {@link
 * DangiCalendar} (the Korean lunisolar calendar, computed astronomically by ICU). Our dates come
 * from KASI's table (kr-lunar.txt), not from ICU. Every disagreement must be listed in {@link
 * #KNOWN_DIFFERENCES} with its reason; any other fails the test.
 */
class KoreanLunarIcuOracleTest {

  private static final NationalHolidays KR = NationalHolidays.of("KR");

  /** The lunar holidays: English name, lunar month, lunar day (never in a leap month). */
  private static final List<Object[]> LUNAR =
      List.of(
          new Object[] {"Seollal", 1, 1},
          new Object[] {"Buddha's Birthday", 4, 8},
          new Object[] {"Chuseok", 8, 15});

  /**
   * Disagreements with ICU, keyed "year name": ours (KASI) and ICU's date, and why. Empty means
   * every year agrees.
   */
  private static final Map<String, String[]> KNOWN_DIFFERENCES = Map.of();

  @Test
  void lunarHolidaysAgreeWithIcuDangiCalendarExceptListedYears() {
    List<String> unlisted = new ArrayList<>();
    int agreeingYears = 0;
    for (int year = 1990; year <= 2050; year++) {
      boolean yearAgrees = true;
      for (Object[] l : LUNAR) {
        String name = (String) l[0];
        LocalDate ours = ours(year, name);
        LocalDate icu = icu(year, (Integer) l[1], (Integer) l[2]);
        if (ours.equals(icu)) {
          continue;
        }
        yearAgrees = false;
        String[] listed = KNOWN_DIFFERENCES.get(year + " " + name);
        if (listed == null
            || !listed[0].equals(ours.toString())
            || !listed[1].equals(icu.toString())) {
          unlisted.add(year + " " + name + ": ours " + ours + ", ICU " + icu);
        }
      }
      if (yearAgrees) {
        agreeingYears++;
      }
    }
    System.out.println("KR lunar holidays: " + agreeingYears + " of 61 years agree with ICU");
    assertThat(unlisted).as("disagreements with ICU not in KNOWN_DIFFERENCES").isEmpty();
    assertThat(agreeingYears)
        .isEqualTo(
            61
                - (int)
                    KNOWN_DIFFERENCES.keySet().stream()
                        .map(k -> k.substring(0, 4))
                        .distinct()
                        .count());
  }

  private static LocalDate ours(int year, String name) {
    return KR.holidays(year, year).stream()
        .filter(h -> h.kind() == HolidayKind.LUNAR && h.name().equals(name))
        .findFirst()
        .orElseThrow()
        .date();
  }

  /** The Gregorian date in {@code year} of the lunar month/day (not leap) by ICU's Dangi calendar. */
  @SuppressWarnings("deprecation") // ICU marks DangiCalendar as a draft API; it is our oracle here
  private static LocalDate icu(int year, int month, int day) {
    DangiCalendar dangi = new DangiCalendar();
    dangi.setTimeZone(TimeZone.GMT_ZONE);
    LocalDate found = null;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      dangi.setTimeInMillis(d.toEpochDay() * 86_400_000L + 43_200_000L); // noon UTC of d
      if (dangi.get(Calendar.IS_LEAP_MONTH) == 0
          && dangi.get(Calendar.MONTH) + 1 == month
          && dangi.get(Calendar.DAY_OF_MONTH) == day) {
        assertThat(found).as("two dates for lunar %d/%d in %d", month, day, year).isNull();
        found = d;
      }
    }
    assertThat(found).as("lunar %d/%d in %d", month, day, year).isNotNull();
    return found;
  }
}
