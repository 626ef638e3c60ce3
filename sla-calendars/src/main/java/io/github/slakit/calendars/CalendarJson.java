package io.github.slakit.calendars;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.calendars.internal.JsonReader;
import io.github.slakit.calendars.internal.TextFiles;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the calendar JSON of the contract (docs/JSON.md, "Calendar"):
 *
 * <pre>{@code
 * {
 *   "id": "acme-seoul",
 *   "zone": "Asia/Seoul",
 *   "weekly": { "MON": ["09:00-12:00", "13:00-18:00"], "SUN": ["22:00-06:00"] },
 *   "dates": { "2026-12-24": ["09:00-13:00"] },
 *   "breaks": { "2026-03-10": ["12:00-13:00"] },
 *   "holidays": { "country": "KR", "add": ["2026-05-01"], "remove": [], "ics": "closures.ics" }
 * }
 * }</pre>
 *
 * <p>{@code zone} and {@code weekly} are required; a day missing from {@code weekly} is closed.
 * {@code holidays}, {@code dates} and {@code breaks} are optional. {@code holidays.country} is a
 * code {@link NationalHolidays#of} accepts: a country ({@code KR}) or a country and region
 * ({@code DE-BY}). {@code holidays.ics} (a slakit
 * extension) names an iCalendar file, relative to the calendar file, whose events are added as
 * holidays (see {@link IcsHolidays}). An entry of {@code holidays.add} is a date, or an object
 * {@code {"date": "2026-12-31", "name": "Year-end closure"}} that names it. A field the contract
 * does not list is refused, with the nearest known name; every problem raises one {@link
 * CalendarFormatException} naming the file, the field path and the value.
 *
 * <p>Stateless and thread-safe.
 */
public final class CalendarJson {
  /** The name of a holiday added by date alone. */
  static final String CONTRACT_HOLIDAY = "Contract holiday";

  private CalendarJson() {}

  /**
   * The JSON form of a calendar, which {@link #parse} reads back to an equal calendar. Added
   * holidays are written as {@code {"date", "name"}} objects when they have a name of their own
   * (from an iCalendar feed, say), as plain dates otherwise; {@code holidays.ics} is not written,
   * its events are among the added dates.
   *
   * @param calendar the calendar to write
   * @return pretty-printed JSON text; every day of the week is listed, closed ones as {@code []}
   */
  public static String write(BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    CalendarSpec spec = calendar.spec();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    if (!spec.id().isEmpty()) {
      root.put("id", spec.id());
    }
    root.put("zone", spec.zone().getId());
    ObjectNode weekly = root.putObject("weekly");
    for (DayOfWeek d : DayOfWeek.values()) {
      windows(weekly.putArray(dayKey(d)), spec.weekly().getOrDefault(d, List.of()));
    }
    if (!spec.dates().isEmpty()) {
      ObjectNode dates = root.putObject("dates");
      spec.dates().forEach((date, ws) -> windows(dates.putArray(date.toString()), ws));
    }
    if (!spec.breaks().isEmpty()) {
      ObjectNode breaks = root.putObject("breaks");
      spec.breaks().forEach((date, ws) -> windows(breaks.putArray(date.toString()), ws));
    }
    if (spec.country() != null || !spec.added().isEmpty() || !spec.removed().isEmpty()) {
      ObjectNode h = root.putObject("holidays");
      if (spec.country() != null) {
        h.put("country", spec.country());
      }
      ArrayNode add = h.putArray("add");
      spec.added()
          .forEach(
              (date, name) -> {
                if (CONTRACT_HOLIDAY.equals(name)) {
                  add.add(date.toString());
                } else {
                  add.addObject().put("date", date.toString()).put("name", name);
                }
              });
      ArrayNode remove = h.putArray("remove");
      spec.removed().forEach(d -> remove.add(d.toString()));
    }
    try {
      return JsonReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static void windows(ArrayNode array, List<TimeWindow> windows) {
    windows.forEach(w -> array.add(w.toString()));
  }

  /**
   * Reads a calendar file. A {@code holidays.ics} it names is read relative to the file's folder.
   *
   * @param file the file, read as strict UTF-8, at most 16 MiB
   * @return the calendar; its id is the file's {@code id}, empty when it has none
   * @throws CalendarFormatException naming the file, and the field path and value where the
   *     content is wrong; also when the file cannot be read or is not JSON
   */
  public static BusinessCalendar read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    String text;
    try {
      text = TextFiles.readUtf8(file);
    } catch (TextFiles.Unreadable e) {
      throw new CalendarFormatException(source, "", String.valueOf(e.getMessage()));
    }
    return parseIn(text, source, file.toAbsolutePath().getParent());
  }

  /**
   * Reads a calendar from JSON text.
   *
   * @param json the calendar's JSON text
   * @param source a name for the text in error messages (a file name), may be empty
   * @return the calendar
   * @throws CalendarFormatException as {@link #read(Path)}, and when the text names a {@code
   *     holidays.ics} (there is no folder to resolve it against)
   */
  public static BusinessCalendar parse(String json, @Nullable String source) {
    Objects.requireNonNull(json, "json");
    return parseIn(json, source, null);
  }

  /**
   * Reads a calendar from JSON text already read from a file (within the caller's own size cap, say):
   * as {@link #read(Path)} without reading the file again, a {@code holidays.ics} it names being
   * read relative to {@code folder}.
   *
   * @param json the calendar's JSON text
   * @param source a name for the text in error messages (the file's name), may be empty
   * @param folder the folder a {@code holidays.ics} it names is in (the file's folder)
   * @return the calendar
   * @throws CalendarFormatException as {@link #read(Path)}
   */
  public static BusinessCalendar parse(String json, @Nullable String source, Path folder) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(folder, "folder");
    return parseIn(json, source, folder);
  }

  private static BusinessCalendar parseIn(
      String json, @Nullable String source, @Nullable Path baseDir) {
    Reader reader = new Reader(source == null ? "" : source, "", baseDir);
    return reader.calendar(reader.in.parse(json));
  }

  /**
   * Reads a calendar embedded in another document (a subscription's {@code calendar} field):
   * messages name the source and prefix field paths with {@code path}, and {@code holidays.ics} is
   * refused (there is no folder to resolve it against).
   *
   * @param json the calendar object's JSON text
   * @param source the file name for messages, may be empty
   * @param path the path of the calendar in its document ({@code "subscription.calendar"})
   * @return the calendar
   * @throws CalendarFormatException as {@link #read(Path)}
   */
  public static BusinessCalendar parseEmbedded(String json, @Nullable String source, String path) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(path, "path");
    Reader reader = new Reader(source == null ? "" : source, path, null);
    return reader.calendar(reader.in.parse(json, path));
  }

  private static final List<String> CALENDAR_FIELDS =
      List.of("id", "zone", "weekly", "dates", "breaks", "holidays");
  private static final List<String> HOLIDAYS_FIELDS = List.of("country", "add", "remove", "ics");

  static String dayKey(DayOfWeek d) {
    return d.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
  }

  /**
   * Walks one calendar object with the shared reader, keeping the path for messages: {@code root}
   * is the calendar's path in its document, empty for a calendar file.
   */
  private static final class Reader {
    final JsonReader<CalendarFormatException> in;
    private final String root;
    private final @Nullable Path baseDir;

    Reader(String source, String root, @Nullable Path baseDir) {
      this.in =
          new JsonReader<>((path, problem) -> new CalendarFormatException(source, path, problem));
      this.root = root;
      this.baseDir = baseDir;
    }

    BusinessCalendar calendar(JsonNode node) {
      in.object(node, root);
      in.known(node, root, CALENDAR_FIELDS, "a calendar");
      ZoneId zone = in.zone(in.required(node, root, "zone"), path("zone"));
      BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
      in.optionalText(node, root, "id").ifPresent(b::id);
      String weeklyPath = path("weekly");
      JsonNode weekly = in.required(node, root, "weekly");
      if (!weekly.isObject()) {
        throw in.error(weeklyPath, weekly, "an object of days (MON..SUN)");
      }
      for (Map.Entry<String, JsonNode> e : weekly.properties()) {
        String at = JsonReader.path(weeklyPath, e.getKey());
        b.weekly(day(e.getKey(), at), windows(e.getValue(), at));
      }
      dated(node, "dates", b::date);
      dated(node, "breaks", (date, ws) -> ws.forEach(w -> b.breakOn(date, w)));
      in.optional(node, root, "holidays").ifPresent(h -> holidays(h, b));
      try {
        return b.build();
      } catch (CalendarException | IllegalArgumentException e) {
        throw in.error(root, String.valueOf(e.getMessage()));
      }
    }

    /** The path of a field of the calendar object. */
    private String path(String field) {
      return JsonReader.path(root, field);
    }

    private DayOfWeek day(String key, String at) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (dayKey(d).equals(key)) {
          return d;
        }
      }
      throw in.error(at, "is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
    }

    private List<TimeWindow> windows(JsonNode v, String field) {
      if (!v.isArray()) {
        throw in.error(field, v, "a list of windows (\"HH:MM-HH:MM\")");
      }
      List<TimeWindow> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        out.add(in.parsed(v.get(i), field + "[" + i + "]", TimeWindow::parse, "a time window"));
      }
      return out;
    }

    private void dated(JsonNode node, String field, BiConsumer<LocalDate, List<TimeWindow>> sink) {
      String at = path(field);
      in.optional(node, root, field)
          .ifPresent(
              v -> {
                if (!v.isObject()) {
                  throw in.error(at, v, "an object of dates");
                }
                for (Map.Entry<String, JsonNode> e : v.properties()) {
                  String p = JsonReader.path(at, e.getKey());
                  LocalDate date = in.date(JsonNodeFactory.instance.textNode(e.getKey()), p);
                  sink.accept(date, windows(e.getValue(), p));
                }
              });
    }

    private void holidays(JsonNode h, BusinessCalendar.Builder b) {
      String hp = path("holidays");
      in.object(h, hp);
      in.known(h, hp, HOLIDAYS_FIELDS, "holidays");
      in.optional(h, hp, "country")
          .ifPresent(
              country -> {
                String at = JsonReader.path(hp, "country");
                String cc = in.text(country, at);
                if (!NationalHolidays.isSupported(cc)) {
                  throw in.error(
                      at,
                      country,
                      "a country or region with public holidays"
                          + " (ISO 3166-1 alpha-2, or a region such as DE-BY)");
                }
                b.holidays(cc);
              });
      added(h, hp, b);
      for (LocalDate d : dates(h, hp, "remove")) {
        b.removeHoliday(d);
      }
      in.optional(h, hp, "ics")
          .ifPresent(
              ics -> {
                String at = JsonReader.path(hp, "ics");
                String name = in.text(ics, at);
                if (baseDir == null) {
                  throw in.error(
                      at,
                      JsonReader.show(ics)
                          + " cannot be resolved: this calendar is not read from a file");
                }
                for (Holiday x : IcsHolidays.read(baseDir.resolve(name))) {
                  b.addHoliday(x.date(), x.name());
                }
              });
    }

    /** {@code holidays.add}: dates, or objects {@code {"date": ..., "name": ...}}. */
    private void added(JsonNode h, String hp, BusinessCalendar.Builder b) {
      String field = JsonReader.path(hp, "add");
      JsonNode v = in.optional(h, hp, "add").orElse(null);
      if (v == null) {
        return;
      }
      if (!v.isArray()) {
        throw in.error(field, v, "a list of dates");
      }
      for (int i = 0; i < v.size(); i++) {
        JsonNode d = v.get(i);
        String at = field + "[" + i + "]";
        if (d.isObject()) {
          in.known(d, at, List.of("date", "name"), "a holiday");
          LocalDate date = in.date(in.required(d, at, "date"), JsonReader.path(at, "date"));
          b.addHoliday(date, in.optionalText(d, at, "name").orElse(CONTRACT_HOLIDAY));
        } else {
          b.addHoliday(in.date(d, at), CONTRACT_HOLIDAY);
        }
      }
    }

    private List<LocalDate> dates(JsonNode h, String hp, String name) {
      String field = JsonReader.path(hp, name);
      List<LocalDate> out = new ArrayList<>();
      in.optional(h, hp, name)
          .ifPresent(
              v -> {
                if (!v.isArray()) {
                  throw in.error(field, v, "a list of dates");
                }
                for (int i = 0; i < v.size(); i++) {
                  out.add(in.date(v.get(i), field + "[" + i + "]"));
                }
              });
      return out;
    }
  }
}
