package io.github.slakit.calendars;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.spi.Described;
import de.focus_shift.jollyday.core.spi.HolidayCalendarConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayConfigurations;
import de.focus_shift.jollyday.core.spi.Limited;
import de.focus_shift.jollyday.core.spi.Movable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The public holidays of one country or region as jollyday computes them, with our corrections
 * applied on top (docs/HOLIDAYS.md).
 *
 * <ul>
 *   <li>Only jollyday's {@link HolidayType#PUBLIC_HOLIDAY}: no bank holidays, no observances.
 *   <li>Names: English from jollyday's descriptions; the local name in the country's language
 *       when jollyday has a translation in it, else the English. A holiday jollyday gives no
 *       name is "Public holiday".
 *   <li>Kinds: {@link HolidayKind#FIXED} for a holiday jollyday defines on a fixed date only,
 *       {@link HolidayKind#LUNAR} for an Islamic-calendar one, {@link HolidayKind#MOVABLE} for any
 *       other rule (Easter-based, n-th weekday, ...).
 *   <li>Moved days: when jollyday moves a holiday off a Saturday or Sunday by a rule that moves
 *       weekend days only, the holiday stays listed on its own date and the day it moves to is
 *       listed too, as a {@link HolidayKind#SUBSTITUTE} named "... (observed)" (both are days off,
 *       as for US). A holiday moved by a rule that also moves weekdays (Colombia's holidays moved
 *       to Monday) is listed on the day it moves to only, as {@link HolidayKind#MOVABLE}.
 * </ul>
 *
 * <p>Thread-safe: jollyday's manager caches in concurrent maps, the rest is immutable.
 */
final class JollydayHolidays implements HolidayRules {

  /** How one of jollyday's definitions of a holiday determines it, and in which years. */
  private record Def(int from, int to, boolean fixed, boolean islamic, boolean weekendMovesOnly) {
    boolean validIn(int year) {
      return from <= year && year <= to;
    }
  }

  /** How a holiday is determined in a year, over the definitions of its key valid then. */
  private record KeyInfo(boolean fixed, boolean islamic, boolean weekendMovesOnly) {
    static final KeyInfo UNKNOWN = new KeyInfo(false, false, false);

    HolidayKind kind() {
      return fixed ? HolidayKind.FIXED : islamic ? HolidayKind.LUNAR : HolidayKind.MOVABLE;
    }
  }

  /** The name of a holiday jollyday gives without a name. */
  static final String UNNAMED = "Public holiday";

  private final String code;
  private final HolidayManager manager;
  private final String[] path;
  private final @Nullable Locale local;
  private final Map<String, List<Def>> keys;
  private final List<JollydayCorrections.Line> corrections;

  /**
   * @param code the code, "DE" or "DE-BY"
   * @param manager the country's manager
   * @param config the country's configuration, for the kind of each holiday
   * @param region the region's id as jollyday spells it, or null for the country
   * @param local the country's language, or null when jollyday has no translation in it
   * @param corrections the corrections of this code (country lines and this region's lines)
   */
  JollydayHolidays(
      String code,
      HolidayManager manager,
      HolidayCalendarConfiguration config,
      @Nullable String region,
      @Nullable Locale local,
      List<JollydayCorrections.Line> corrections) {
    this.code = code;
    this.manager = manager;
    this.path = region == null ? new String[0] : new String[] {region};
    this.local = local;
    this.corrections = List.copyOf(corrections);
    Map<String, List<Def>> k = new HashMap<>();
    collect(config.holidays(), k);
    if (region != null) {
      config
          .subConfigurations()
          .filter(c -> c.hierarchy().equalsIgnoreCase(region))
          .forEach(c -> collect(c.holidays(), k));
    }
    k.replaceAll((key, defs) -> List.copyOf(defs));
    this.keys = Map.copyOf(k);
  }

  /** Whether the configuration (country and, if given, region) has Islamic-calendar holidays. */
  static boolean hasIslamicHolidays(HolidayCalendarConfiguration config, @Nullable String region) {
    if (!config.holidays().islamicHolidays().isEmpty()) {
      return true;
    }
    return region != null
        && config
            .subConfigurations()
            .filter(c -> c.hierarchy().equalsIgnoreCase(region))
            .anyMatch(c -> !c.holidays().islamicHolidays().isEmpty());
  }

  private static void collect(HolidayConfigurations h, Map<String, List<Def>> keys) {
    h.fixed().forEach(c -> put(keys, c, c, true, false, c));
    h.islamicHolidays().forEach(c -> put(keys, c, c, false, true, c));
    h.fixedWeekdays().forEach(c -> put(keys, c, c, false, false, c));
    h.christianHolidays().forEach(c -> put(keys, c, c, false, false, c));
    h.relativeToFixed().forEach(c -> put(keys, c, c, false, false, null));
    h.relativeToWeekdayInMonth().forEach(c -> put(keys, c, c, false, false, null));
    h.fixedWeekdayBetweenFixed().forEach(c -> put(keys, c, c, false, false, null));
    h.fixedWeekdayRelativeToFixed().forEach(c -> put(keys, c, c, false, false, null));
    h.ethiopianOrthodoxHolidays().forEach(c -> put(keys, c, c, false, false, null));
    h.relativeToEasterSunday().forEach(c -> put(keys, c, c, false, false, null));
  }

  private static void put(
      Map<String, List<Def>> keys,
      Described d,
      Limited limits,
      boolean fixed,
      boolean islamic,
      @Nullable Movable movable) {
    boolean weekendOnly =
        movable == null || movable.conditions().stream().allMatch(m -> weekend(m.substitute()));
    int from = limits.validFrom().map(Year::getValue).orElse(Integer.MIN_VALUE);
    int to = limits.validTo().map(Year::getValue).orElse(Integer.MAX_VALUE);
    @Nullable String key = d.descriptionPropertiesKey();
    if (key == null) {
      return; // jollyday's holiday then has an empty key and no name: it gets the kind MOVABLE
    }
    keys.computeIfAbsent(key, x -> new ArrayList<>())
        .add(new Def(from, to, fixed, islamic, weekendOnly));
  }

  /** The key's definitions valid in the year (all of them when none is), combined. */
  private KeyInfo info(String key, int year) {
    List<Def> defs = keys.getOrDefault(key, List.of());
    List<Def> valid = defs.stream().filter(d -> d.validIn(year)).toList();
    List<Def> use = valid.isEmpty() ? defs : valid;
    if (use.isEmpty()) {
      return KeyInfo.UNKNOWN;
    }
    return new KeyInfo(
        use.stream().allMatch(Def::fixed),
        use.stream().allMatch(Def::islamic),
        use.stream().allMatch(Def::weekendMovesOnly));
  }

  private static boolean weekend(DayOfWeek d) {
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  @Override
  public List<Holiday> holidaysIn(int year) {
    List<Holiday> out = new ArrayList<>();
    // A holiday can move across New Year: ask for the years on both sides too.
    for (int y = year - 1; y <= year + 1; y++) {
      Set<de.focus_shift.jollyday.core.Holiday> found;
      try {
        found = manager.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, path);
      } catch (DateTimeException e) {
        if (y == year) {
          throw e;
        }
        continue; // a neighbour year jollyday cannot compute (after the Hijri table's end)
      }
      for (de.focus_shift.jollyday.core.Holiday h : found) {
        add(out, h, year);
      }
    }
    for (JollydayCorrections.Line c : corrections) {
      c.applyTo(out, year);
    }
    return out;
  }

  private void add(List<Holiday> out, de.focus_shift.jollyday.core.Holiday h, int year) {
    String name = named(h.getDescription(Locale.ROOT));
    String localName = local == null ? name : named(h.getDescription(local));
    LocalDate actual = h.getActualDate();
    KeyInfo info = info(h.getPropertiesKey(), actual.getYear());
    LocalDate moved = h.getObservedDate().filter(d -> !d.equals(actual)).orElse(null);
    if (moved == null) {
      keep(out, year, new Holiday(actual, name, localName, info.kind()));
    } else if (info.weekendMovesOnly() && weekend(actual.getDayOfWeek())) {
      keep(out, year, new Holiday(actual, name, localName, info.kind()));
      keep(out, year, new Holiday(moved, name + " (observed)", localName, HolidayKind.SUBSTITUTE));
    } else {
      keep(out, year, new Holiday(moved, name, localName, HolidayKind.MOVABLE));
    }
  }

  /** jollyday's "undefined" for a holiday its data gives no name (IN-KA 5 November, IN-UP). */
  private static String named(String description) {
    return description.isBlank() || description.equals("undefined") ? UNNAMED : description;
  }

  private static void keep(List<Holiday> out, int year, Holiday h) {
    if (h.date().getYear() == year) {
      out.add(h);
    }
  }

  @Override
  public String toString() {
    return "jollyday " + code;
  }
}
