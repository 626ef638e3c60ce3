package io.github.slakit.calendars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads a committed test-vector file: lines "yyyy-MM-dd TAB name", '#' comments. */
final class Vectors {
  private Vectors() {}

  /** Per year, the set of dates the file lists. */
  static Map<Integer, TreeSet<LocalDate>> datesByYear(String resource) {
    Map<Integer, TreeSet<LocalDate>> byYear = new TreeMap<>();
    for (String line : lines(resource)) {
      LocalDate d = LocalDate.parse(line.substring(0, 10));
      byYear.computeIfAbsent(d.getYear(), y -> new TreeSet<>()).add(d);
    }
    return byYear;
  }

  /** The dates the file lists under exactly this name (the text after the TAB). */
  static TreeSet<LocalDate> datesNamed(String resource, String name) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (String line : lines(resource)) {
      if (line.substring(11).equals(name)) {
        dates.add(LocalDate.parse(line.substring(0, 10)));
      }
    }
    return dates;
  }

  /** The data lines of the file: no blank lines, no '#' comments. */
  private static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Vectors.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** Per year, the set of dates that are holidays in our set. */
  static TreeSet<LocalDate> ourDates(NationalHolidays set, int year) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    set.holidays(year, year).forEach(h -> dates.add(h.date()));
    return dates;
  }

  /**
   * Year by year over the set's whole range, where our days off and the file's disagree, compared
   * as sets of dates: "+date" only ours, "-date" only the file's.
   */
  static List<String> differences(String country, String resource) {
    NationalHolidays set = NationalHolidays.of(country);
    Map<Integer, TreeSet<LocalDate>> theirs = datesByYear(resource);
    List<String> diffs = new ArrayList<>();
    for (int y = set.firstYear(); y <= set.lastYear(); y++) {
      TreeSet<LocalDate> ours = ourDates(set, y);
      TreeSet<LocalDate> other = theirs.getOrDefault(y, new TreeSet<>());
      for (LocalDate d : ours) {
        if (!other.contains(d)) {
          diffs.add("+" + d);
        }
      }
      for (LocalDate d : other) {
        if (!ours.contains(d)) {
          diffs.add("-" + d);
        }
      }
    }
    return diffs;
  }
}
