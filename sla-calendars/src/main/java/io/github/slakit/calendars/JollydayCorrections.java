package io.github.slakit.calendars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Our corrections to jollyday's data, read from {@code jollyday-corrections.tsv}: per country or
 * region, holidays to add and to remove, on one date or on the same day every year of a range, and
 * the years a corrected set covers. Every line names its source, defined in the file by an
 * {@code @source} line. A country's lines apply to its regions too; a region's lines to it only.
 *
 * <p>A removal names the holiday it removes (jollyday's English name) and removes only that one
 * on its date. Immutable.
 */
final class JollydayCorrections {

  static final String RESOURCE = "jollyday-corrections.tsv";

  private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
  private static final Pattern ONE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEARLY = Pattern.compile("(\\d{4})\\.\\.(\\d{4}) (\\d{2}-\\d{2})");
  private static final Pattern YEARS = Pattern.compile("(\\d{4})\\.\\.(\\d{4})");

  /** One correction: an addition or removal, on a date or yearly over {@code from..to}. */
  record Line(
      int lineNo,
      String code,
      boolean add,
      int from,
      int to,
      @Nullable MonthDay day,
      @Nullable LocalDate date,
      HolidayKind kind,
      String name,
      String localName,
      String source) {

    /** The date of this line in the year, if it has one there. */
    Optional<LocalDate> dateIn(int year) {
      if (date != null) {
        return date.getYear() == year ? Optional.of(date) : Optional.empty();
      }
      if (year < from || year > to || day == null || !day.isValidYear(year)) {
        return Optional.empty();
      }
      return Optional.of(day.atYear(year));
    }

    /** Applies this line to the year's list: adds its holiday or removes the one it names. */
    void applyTo(List<Holiday> holidays, int year) {
      dateIn(year)
          .ifPresent(
              d -> {
                if (add) {
                  holidays.add(new Holiday(d, name, localName, kind));
                } else {
                  holidays.removeIf(h -> h.date().equals(d) && h.name().equals(name));
                }
              });
    }

    /** Whether this line applies to the code: the same code, or the code's country. */
    boolean appliesTo(String target) {
      return target.equals(code) || target.startsWith(code + "-");
    }
  }

  private final List<Line> lines;
  private final Map<String, int[]> years;
  private final Map<String, String> sources;

  private JollydayCorrections(
      List<Line> lines, Map<String, int[]> years, Map<String, String> sources) {
    this.lines = List.copyOf(lines);
    this.years = Map.copyOf(years);
    this.sources = Map.copyOf(sources);
  }

  /** The corrections shipped in the jar. */
  static JollydayCorrections shipped() {
    try (InputStream in = JollydayCorrections.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the file's text; a malformed line is an {@link IllegalStateException} naming it. */
  static JollydayCorrections parse(String text) {
    List<Line> lines = new ArrayList<>();
    Map<String, int[]> years = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    List<String[]> pending = new ArrayList<>();
    List<Integer> pendingNo = new ArrayList<>();
    int no = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      for (String raw; (raw = r.readLine()) != null; ) {
        no++;
        if (raw.isBlank() || raw.startsWith("#")) {
          continue;
        }
        String[] f = raw.split("\t", -1);
        if (f[0].equals("@source")) {
          if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
            throw bad(no, "a source line is: @source TAB tag TAB text");
          }
          sources.put(f[1], f[2]);
        } else {
          pending.add(f);
          pendingNo.add(no);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < pending.size(); i++) {
      String[] f = pending.get(i);
      int n = pendingNo.get(i);
      if (f.length != 7) {
        throw bad(
            n,
            "7 tab-separated fields expected: code, op, dates, kind, name, local name, "
                + "source");
      }
      String code = f[0];
      if (!CODE.matcher(code).matches()) {
        throw bad(n, "\"" + code + "\" is not a country or region code");
      }
      String source = f[6];
      if (!sources.containsKey(source)) {
        throw bad(n, "source \"" + source + "\" is not defined by an @source line");
      }
      switch (f[1]) {
        case "years" -> {
          Matcher m = YEARS.matcher(f[2]);
          if (!m.matches()) {
            throw bad(n, "years are yyyy..yyyy");
          }
          years.put(code, new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        case "+", "-" -> lines.add(line(n, f, code, source));
        default -> throw bad(n, "the operation is +, - or years, not \"" + f[1] + "\"");
      }
    }
    return new JollydayCorrections(lines, years, sources);
  }

  private static Line line(int n, String[] f, String code, String source) {
    boolean add = f[1].equals("+");
    String name = f[4];
    if (name.isBlank()) {
      throw bad(n, "a name is needed");
    }
    HolidayKind kind = HolidayKind.CUSTOM;
    String localName = name;
    if (add) {
      try {
        kind = HolidayKind.valueOf(f[3]);
      } catch (IllegalArgumentException e) {
        throw bad(n, "\"" + f[3] + "\" is not a holiday kind");
      }
      localName = f[5].isBlank() ? name : f[5];
    } else if (!f[3].isEmpty() || !f[5].isEmpty()) {
      throw bad(n, "a removal has no kind and no local name");
    }
    try {
      if (ONE_DATE.matcher(f[2]).matches()) {
        LocalDate d = LocalDate.parse(f[2]);
        return new Line(
            n, code, add, d.getYear(), d.getYear(), null, d, kind, name, localName, source);
      }
      Matcher m = YEARLY.matcher(f[2]);
      if (m.matches()) {
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (from > to) {
          throw bad(n, "the years run backwards");
        }
        return new Line(
            n,
            code,
            add,
            from,
            to,
            MonthDay.parse("--" + m.group(3)),
            null,
            kind,
            name,
            localName,
            source);
      }
    } catch (DateTimeException e) {
      throw bad(n, "\"" + f[2] + "\" is not a date");
    }
    throw bad(n, "dates are yyyy-MM-dd or yyyy..yyyy MM-dd");
  }

  private static IllegalStateException bad(int line, String what) {
    return new IllegalStateException(RESOURCE + " line " + line + ": " + what);
  }

  /** The lines that apply to a code (its own and its country's), in file order. */
  List<Line> linesFor(String code) {
    return lines.stream().filter(l -> l.appliesTo(code)).toList();
  }

  /** Every line. */
  List<Line> lines() {
    return lines;
  }

  /** The years the corrections of a code (or its country) cover, when they limit the range. */
  Optional<int[]> yearsFor(String code) {
    int[] y = years.get(code);
    if (y == null && code.indexOf('-') > 0) {
      y = years.get(code.substring(0, code.indexOf('-')));
    }
    return Optional.ofNullable(y).map(int[]::clone);
  }

  /** The text of a source tag. */
  String source(String tag) {
    return Objects.requireNonNull(sources.get(tag), tag);
  }
}
