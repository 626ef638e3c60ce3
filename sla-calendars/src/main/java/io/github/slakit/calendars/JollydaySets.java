package io.github.slakit.calendars;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.focus_shift.jollyday.core.spi.HolidayCalendarConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayCalendarConfigurationService;
import io.github.slakit.calendars.jollyday.ReadableConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The countries and regions whose holidays come from jollyday: the country table
 * ({@code jollyday-countries.tsv}: code, main zone, language of the local names), one jollyday
 * manager per country, and the sets built from them with our corrections. Thread-safe.
 */
final class JollydaySets {

  static final String COUNTRIES = "jollyday-countries.tsv";

  /** The years of every jollyday set, unless the corrections say otherwise. */
  static final int FIRST_YEAR = 1990;

  static final int LAST_YEAR = 2200;

  /**
   * The last year of a set with Islamic-calendar holidays: jollyday computes them with Java's
   * HijrahChronology, whose Umm al-Qura table ends in AH 1600 (November 2174); 2174 fails.
   */
  static final int LAST_HIJRI_YEAR = 2173;

  /** A row of the country table. */
  record Country(String code, ZoneId zone, @Nullable Locale language) {}

  private static final Map<String, Country> TABLE = readTable();
  private static final JollydayCorrections CORRECTIONS = JollydayCorrections.shipped();

  /** Per country: its manager and configuration, built on first use. */
  private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

  private record Loaded(
      HolidayManager manager, HolidayCalendarConfiguration config, Map<String, String> regions) {}

  private JollydaySets() {}

  /** The country table, by code. */
  static Map<String, Country> table() {
    return TABLE;
  }

  /** The shipped corrections. */
  static JollydayCorrections corrections() {
    return CORRECTIONS;
  }

  /** Every supported code, countries and their regions, sorted. Loads every country. */
  static SortedSet<String> supported() {
    SortedSet<String> all = new TreeSet<>();
    for (String cc : TABLE.keySet()) {
      all.add(cc);
      for (String r : load(cc).regions().keySet()) {
        all.add(cc + "-" + r);
      }
    }
    return Collections.unmodifiableSortedSet(all);
  }

  /** Whether the code (upper case, "DE" or "DE-BY") is a jollyday country or region of one. */
  static boolean supports(String code) {
    int dash = code.indexOf('-');
    String cc = dash < 0 ? code : code.substring(0, dash);
    if (!TABLE.containsKey(cc)) {
      return false;
    }
    return dash < 0 || load(cc).regions().containsKey(code.substring(dash + 1));
  }

  /** The set of a supported code (upper case), with the shipped corrections; null if none. */
  static @Nullable NationalHolidays create(String code) {
    return create(code, true);
  }

  /** As {@link #create(String)}, optionally without the corrections (for tests). */
  static @Nullable NationalHolidays create(String code, boolean corrected) {
    if (!supports(code)) {
      return null;
    }
    int dash = code.indexOf('-');
    String cc = dash < 0 ? code : code.substring(0, dash);
    Country country = java.util.Objects.requireNonNull(TABLE.get(cc), cc); // supports(code)
    Loaded l = load(cc);
    String region = dash < 0 ? null : l.regions().get(code.substring(dash + 1));
    int first = FIRST_YEAR;
    int last =
        JollydayHolidays.hasIslamicHolidays(l.config(), region) ? LAST_HIJRI_YEAR : LAST_YEAR;
    List<JollydayCorrections.Line> lines = List.of();
    if (corrected) {
      lines = CORRECTIONS.linesFor(code);
      int[] years = CORRECTIONS.yearsFor(code).orElse(null);
      if (years != null) {
        first = years[0];
        last = years[1];
      }
    }
    JollydayHolidays rules =
        new JollydayHolidays(code, l.manager(), l.config(), region, country.language(), lines);
    return NationalHolidays.create(code, country.zone(), first, last, rules);
  }

  /**
   * The manager of a country. It is made from the URL of jollyday's own calendar file rather than
   * from the country code, so that it is a manager of ours in jollyday's cache, not the one other
   * users of jollyday in the same program get for the code; then its configuration service is
   * wrapped (see package {@code io.github.slakit.calendars.jollyday}: without it jollyday fails
   * on the module path) and it is initialised again from the wrapped service.
   */
  private static Loaded load(String cc) {
    return LOADED.computeIfAbsent(cc, JollydaySets::newManager);
  }

  private static Loaded newManager(String cc) {
    ManagerParameter byCode = ManagerParameters.create(calendar(cc));
    URL file = byCode.createResourceUrl();
    HolidayManager m = HolidayManager.getInstance(ManagerParameters.create(file));
    HolidayCalendarConfigurationService service = m.getConfigurationService();
    if (!ReadableConfiguration.isWrapped(service)) {
      m.setConfigurationService(ReadableConfiguration.service(service));
      m.init(m.getManagerParameter());
    }
    HolidayCalendarConfiguration config =
        m.getConfigurationService().getHolidayCalendarConfiguration(m.getManagerParameter());
    Map<String, String> regions = new TreeMap<>();
    config
        .subConfigurations()
        .forEach(
            c -> {
              String id = c.hierarchy().toUpperCase(Locale.ROOT);
              if (id.matches("[A-Z0-9]{1,3}")) {
                regions.put(id, c.hierarchy());
              }
            });
    return new Loaded(m, config, Collections.unmodifiableMap(regions));
  }

  private static HolidayCalendar calendar(String cc) {
    for (HolidayCalendar c : HolidayCalendar.values()) {
      if (c.getId().equalsIgnoreCase(cc)) {
        return c;
      }
    }
    throw new IllegalStateException(COUNTRIES + " names " + cc + ", which jollyday does not have");
  }

  private static Map<String, Country> readTable() {
    Map<String, Country> table = new TreeMap<>();
    try (InputStream in = JollydaySets.class.getResourceAsStream(COUNTRIES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + COUNTRIES);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Objects.checkIndex(2, f.length);
        Locale language = f[2].equals("-") ? null : Locale.forLanguageTag(f[2]);
        table.put(f[0], new Country(f[0], ZoneId.of(f[1]), language));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(table);
  }
}
