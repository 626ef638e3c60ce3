package io.github.slakit.calendars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public holidays of the Republic of Korea, 1990-2050 (docs/POLICIES.md KR-1..KR-5; Regulation on
 * Holidays of Government Offices, 관공서의 공휴일에 관한 규정).
 *
 * <p>History encoded (sources in {@code docs/HOLIDAYS.md}): 1-2 January until 1998 (1-3 until
 * 1989, before this set's range), 1 January only from 1999; Arbor Day (5 April) until 2005; Armed
 * Forces Day (1 October) until 1990; Constitution Day (17 July) until 2007 and again from 2026;
 * Hangeul Day (9 October) until 1990 and from 2013; Labour Day (1 May) from 2026. Seollal and
 * Chuseok are three days each throughout.
 *
 * <p>Lunar dates come from {@code kr-lunar.txt} (KASI's Korean lunisolar table), declared days
 * (elections, temporary holidays) from {@code kr-declared.txt}; both are loaded on first use.
 *
 * <p>Substitute holidays (KR-3): from 2014 a Seollal or Chuseok block with a day on a Sunday or on
 * another public holiday, and Children's Day on a Saturday, Sunday or another public holiday; from
 * 2021 Independence Movement Day, Liberation Day, National Foundation Day and Hangeul Day on a
 * Saturday or Sunday; from 2023 also Buddha's Birthday and Christmas; from 2026 also Labour Day
 * and Constitution Day. The substitute is the first day after the holiday (after the whole block
 * for Seollal and Chuseok) that is neither a Saturday, a Sunday nor a holiday, substitutes already
 * given included, so several chain. One block or day gives at most one substitute.
 *
 * <p>Stateless apart from its lazily loaded, immutable data; thread-safe.
 */
final class KoreanHolidays implements HolidayRules {

  static final int FIRST_YEAR = 1990;
  static final int LAST_YEAR = 2050;

  static final String LUNAR_FILE = "kr-lunar.txt";
  static final String DECLARED_FILE = "kr-declared.txt";

  static final String SUBSTITUTE_LOCAL_NAME = "대체공휴일";

  /** A holiday that can give a substitute day, and the rule that says when. */
  private enum Trigger {
    NONE,
    /** Seollal and Chuseok blocks (2014+): a Sunday or another holiday. */
    BLOCK,
    /** Children's Day (2014+): Saturday, Sunday or another holiday. */
    CHILDREN,
    /** Saturday or Sunday, from the year given with the holiday. */
    WEEKEND
  }

  @Override
  public List<Holiday> holidaysIn(int year) {
    Builder b = new Builder(year);

    b.fixed(1, 1, "New Year's Day", "1월 1일", Trigger.NONE, 0);
    if (year <= 1998) {
      b.fixed(1, 2, "New Year holiday", "1월 2일", Trigger.NONE, 0);
    }
    LocalDate[] lunar =
        java.util.Objects.requireNonNull(Data.LUNAR.get(year), "no lunar dates for " + year);
    b.block(lunar[0], "Seollal", "설날");
    b.fixed(3, 1, "Independence Movement Day", "3ㆍ1절", Trigger.WEEKEND, 2021);
    if (year <= 2005) {
      b.fixed(4, 5, "Arbor Day", "식목일", Trigger.NONE, 0);
    }
    if (year >= 2026) {
      b.fixed(5, 1, "Labour Day", "노동절", Trigger.WEEKEND, 2026);
    }
    b.fixed(5, 5, "Children's Day", "어린이날", Trigger.CHILDREN, 2014);
    b.add(lunar[1], "Buddha's Birthday", "부처님 오신 날", HolidayKind.LUNAR, Trigger.WEEKEND, 2023);
    b.fixed(6, 6, "Memorial Day", "현충일", Trigger.NONE, 0);
    if (year <= 2007 || year >= 2026) {
      b.fixed(7, 17, "Constitution Day", "제헌절", Trigger.WEEKEND, 2026);
    }
    b.fixed(8, 15, "Liberation Day", "광복절", Trigger.WEEKEND, 2021);
    b.block(lunar[2], "Chuseok", "추석");
    if (year <= 1990) {
      b.fixed(10, 1, "Armed Forces Day", "국군의 날", Trigger.NONE, 0);
    }
    b.fixed(10, 3, "National Foundation Day", "개천절", Trigger.WEEKEND, 2021);
    if (year <= 1990 || year >= 2013) {
      b.fixed(10, 9, "Hangeul Day", "한글날", Trigger.WEEKEND, 2021);
    }
    b.fixed(12, 25, "Christmas Day", "기독탄신일", Trigger.WEEKEND, 2023);
    for (Holiday declared : Data.DECLARED.getOrDefault(year, List.of())) {
      b.list.add(declared);
    }
    return b.withSubstitutes();
  }

  /** Collects one year's holidays and what may give a substitute. */
  private static final class Builder {
    private final int year;
    private final List<Holiday> list = new ArrayList<>();

    /** Holidays that may give a substitute, with their rule. */
    private final List<Candidate> candidates = new ArrayList<>();

    Builder(int year) {
      this.year = year;
    }

    void fixed(int month, int day, String name, String localName, Trigger trigger, int since) {
      add(LocalDate.of(year, month, day), name, localName, HolidayKind.FIXED, trigger, since);
    }

    void add(
        LocalDate date,
        String name,
        String localName,
        HolidayKind kind,
        Trigger trigger,
        int since) {
      Holiday h = new Holiday(date, name, localName, kind);
      list.add(h);
      if (trigger != Trigger.NONE && year >= since) {
        candidates.add(new Candidate(name, List.of(h), trigger));
      }
    }

    /** A three-day lunar block: the day before, the day of and the day after. */
    void block(LocalDate day, String name, String localName) {
      List<Holiday> days =
          List.of(
              new Holiday(
                  day.minusDays(1), "Day before " + name, localName + " 전날", HolidayKind.LUNAR),
              new Holiday(day, name, localName, HolidayKind.LUNAR),
              new Holiday(
                  day.plusDays(1), "Day after " + name, localName + " 다음 날", HolidayKind.LUNAR));
      list.addAll(days);
      if (year >= 2014) {
        candidates.add(new Candidate(name, days, Trigger.BLOCK));
      }
    }

    List<Holiday> withSubstitutes() {
      Set<LocalDate> taken = new HashSet<>();
      for (Holiday h : list) {
        taken.add(h.date());
      }
      List<Candidate> ordered = new ArrayList<>(candidates);
      ordered.sort((a, b) -> a.last().compareTo(b.last()));
      List<Holiday> substitutes = new ArrayList<>();
      for (Candidate c : ordered) {
        if (!c.triggered(list)) {
          continue;
        }
        LocalDate d = c.last().plusDays(1);
        while (isWeekend(d) || taken.contains(d)) {
          d = d.plusDays(1);
        }
        taken.add(d);
        substitutes.add(
            new Holiday(
                d,
                "Substitute holiday (" + c.name + ")",
                SUBSTITUTE_LOCAL_NAME,
                HolidayKind.SUBSTITUTE));
      }
      list.addAll(substitutes);
      return list;
    }
  }

  /** A holiday (or a three-day block) that may give a substitute day. */
  private record Candidate(String name, List<Holiday> days, Trigger trigger) {
    LocalDate last() {
      return days.get(days.size() - 1).date();
    }

    boolean triggered(List<Holiday> all) {
      for (Holiday own : days) {
        LocalDate d = own.date();
        DayOfWeek dow = d.getDayOfWeek();
        boolean onOther = onAnotherHoliday(d, all);
        boolean hit =
            switch (trigger) {
              case BLOCK -> dow == DayOfWeek.SUNDAY || onOther;
              case CHILDREN -> isWeekend(d) || onOther;
              case WEEKEND -> isWeekend(d);
              case NONE -> false;
            };
        if (hit) {
          return true;
        }
      }
      return false;
    }

    /** Whether a holiday other than this one (or its block) falls on the date. */
    private boolean onAnotherHoliday(LocalDate d, List<Holiday> all) {
      for (Holiday h : all) {
        if (h.date().equals(d) && !days.contains(h)) {
          return true;
        }
      }
      return false;
    }
  }

  static boolean isWeekend(LocalDate d) {
    DayOfWeek dow = d.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  /** The shipped data, loaded when first needed (not at NationalHolidays' class init). */
  private static final class Data {
    /** Per year: Seollal (lunar 1/1), Buddha's Birthday (4/8), Chuseok (8/15). */
    static final Map<Integer, LocalDate[]> LUNAR = loadLunar();

    static final Map<Integer, List<Holiday>> DECLARED = loadDeclared();

    private static Map<Integer, LocalDate[]> loadLunar() {
      Map<Integer, LocalDate[]> map = new HashMap<>();
      forEachLine(
          LUNAR_FILE,
          (line, no) -> {
            String[] f = line.trim().split("\\s+");
            if (f.length < 4) {
              throw bad(LUNAR_FILE, no, line, "expected: year seollal buddha chuseok");
            }
            int year = Integer.parseInt(f[0]);
            LocalDate[] dates = {
              parse(f[1], no, line, LUNAR_FILE),
              parse(f[2], no, line, LUNAR_FILE),
              parse(f[3], no, line, LUNAR_FILE)
            };
            for (LocalDate d : dates) {
              if (d.getYear() != year) {
                throw bad(LUNAR_FILE, no, line, d + " is not in " + year);
              }
            }
            map.put(year, dates);
          });
      for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        if (!map.containsKey(y)) {
          throw new CalendarException(LUNAR_FILE + ": no line for year " + y);
        }
      }
      return Map.copyOf(map);
    }

    private static Map<Integer, List<Holiday>> loadDeclared() {
      Map<Integer, List<Holiday>> map = new HashMap<>();
      forEachLine(
          DECLARED_FILE,
          (line, no) -> {
            String[] f = line.split("\\|");
            if (f.length != 4 || f[3].isBlank()) {
              throw bad(DECLARED_FILE, no, line, "expected: date | name | local name | source");
            }
            LocalDate date = parse(f[0].trim(), no, line, DECLARED_FILE);
            map.computeIfAbsent(date.getYear(), y -> new ArrayList<>())
                .add(new Holiday(date, f[1].trim(), f[2].trim(), HolidayKind.DECLARED));
          });
      Map<Integer, List<Holiday>> frozen = new HashMap<>();
      map.forEach((y, l) -> frozen.put(y, List.copyOf(l)));
      return Map.copyOf(frozen);
    }

    private interface LineHandler {
      void line(String line, int lineNumber);
    }

    private static void forEachLine(String file, LineHandler handler) {
      try (InputStream in = KoreanHolidays.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new CalendarException("holiday data file " + file + " is missing");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
          no++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          handler.line(line, no);
        }
      } catch (IOException e) {
        throw new CalendarException("cannot read holiday data file " + file, e);
      }
    }

    private static LocalDate parse(String text, int no, String line, String file) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw bad(file, no, line, "\"" + text + "\" is not a date (yyyy-MM-dd)");
      }
    }

    private static CalendarException bad(String file, int no, String line, String why) {
      return new CalendarException(file + ":" + no + ": " + why + ": " + line);
    }
  }
}
