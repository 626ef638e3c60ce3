package io.github.slakit.calendars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads a committed test-vector file: lines "yyyy-MM-dd TAB name", '#' comments. */
final class Vectors {
  private Vectors() {}

  /** Per year, the set of dates the file lists. */
  static Map<Integer, TreeSet<LocalDate>> datesByYear(String resource) {
    Map<Integer, TreeSet<LocalDate>> byYear = new TreeMap<>();
    try (InputStream in = Vectors.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        LocalDate d = LocalDate.parse(line.substring(0, 10));
        byYear.computeIfAbsent(d.getYear(), y -> new TreeSet<>()).add(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byYear;
  }

  /** Per year, the set of dates that are holidays in our set. */
  static TreeSet<LocalDate> ourDates(NationalHolidays set, int year) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    set.holidays(year, year).forEach(h -> dates.add(h.date()));
    return dates;
  }
}
