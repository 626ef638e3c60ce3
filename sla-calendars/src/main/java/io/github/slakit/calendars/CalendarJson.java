package io.github.slakit.calendars;

import io.github.slakit.calendars.internal.JsonFields;
import io.github.slakit.calendars.internal.TextFiles;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
  /** Strict: a key given twice and anything after the calendar are errors. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

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
      spec.added().forEach((date, name) -> {
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
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
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
    return parse(text, source, file.toAbsolutePath().getParent());
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
    return parse(json, source, null);
  }

  private static BusinessCalendar parse(String json, @Nullable String source, @Nullable Path baseDir) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new CalendarFormatException(source, where, "not valid JSON: " + JsonFields.describe(e));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new CalendarFormatException(source, "", "is empty, expected a calendar object");
    }
    return fromTree(tree, source, "", baseDir);
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
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CalendarFormatException(source, path, "not valid JSON: " + JsonFields.describe(e));
    }
    return fromTree(tree, source, path, null);
  }

  /** Reads a calendar from a parsed tree; {@code baseDir} resolves {@code holidays.ics} (or null). */
  static BusinessCalendar fromTree(JsonNode node, @Nullable String source, @Nullable String path,
      @Nullable Path baseDir) {
    Objects.requireNonNull(node, "node");
    return new Reader(source == null ? "" : source, path == null ? "" : path, baseDir).calendar(node);
  }

  private static final List<String> CALENDAR_FIELDS =
      List.of("id", "zone", "weekly", "dates", "breaks", "holidays");
  private static final List<String> HOLIDAYS_FIELDS = List.of("country", "add", "remove", "ics");

  static String dayKey(DayOfWeek d) {
    return d.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
  }

  /** Walks one calendar object, keeping the path for messages. */
  private static final class Reader {
    private final String source;
    private final String root;
    private final @Nullable Path baseDir;

    Reader(String source, String root, @Nullable Path baseDir) {
      this.source = source;
      this.root = root;
      this.baseDir = baseDir;
    }

    private CalendarFormatException error(String field, String problem) {
      String p = root.isEmpty() ? field : field.isEmpty() ? root : root + "." + field;
      return new CalendarFormatException(source, p, problem);
    }

    BusinessCalendar calendar(JsonNode node) {
      if (!node.isObject()) {
        throw error("", show(node) + " is not a calendar object");
      }
      known(node, "", CALENDAR_FIELDS, "a calendar");
      ZoneId zone = zone(required(node, "zone"));
      BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
      JsonNode id = node.get("id");
      if (id != null && !id.isNull()) {
        b.id(text(id, "id"));
      }
      JsonNode weekly = required(node, "weekly");
      if (!weekly.isObject()) {
        throw error("weekly", show(weekly) + " is not an object of days (MON..SUN)");
      }
      for (Map.Entry<String, JsonNode> e : weekly.properties()) {
        DayOfWeek day = day(e.getKey());
        b.weekly(day, windows(e.getValue(), "weekly." + e.getKey()));
      }
      dated(node, "dates", b::date);
      dated(node, "breaks", (date, ws) -> ws.forEach(w -> b.breakOn(date, w)));
      holidays(node.get("holidays"), b);
      try {
        return b.build();
      } catch (CalendarException | IllegalArgumentException e) {
        throw error("", String.valueOf(e.getMessage()));
      }
    }

    /** Refuses a field of {@code node} (at {@code field}) that is not among {@code names}. */
    private void known(JsonNode node, String field, List<String> names, String what) {
      JsonFields.firstUnknown(node, names, what).ifPresent(u -> {
        throw error(field, u.message());
      });
    }

    private JsonNode required(JsonNode node, String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        throw error(field, "is required");
      }
      return v;
    }

    private String text(JsonNode v, String field) {
      if (!v.isTextual()) {
        throw error(field, show(v) + " is not a string");
      }
      return v.asText();
    }

    private ZoneId zone(JsonNode v) {
      String s = text(v, "zone");
      try {
        return ZoneId.of(s);
      } catch (DateTimeException e) {
        throw error("zone", show(v) + " is not a time zone (an IANA id such as \"Asia/Seoul\")");
      }
    }

    private DayOfWeek day(String key) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (dayKey(d).equals(key)) {
          return d;
        }
      }
      throw error("weekly." + key, "is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
    }

    private List<TimeWindow> windows(JsonNode v, String field) {
      if (!v.isArray()) {
        throw error(field, show(v) + " is not a list of windows (\"HH:MM-HH:MM\")");
      }
      List<TimeWindow> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        JsonNode w = v.get(i);
        String at = field + "[" + i + "]";
        if (!w.isTextual()) {
          throw error(at, show(w) + " is not a time window");
        }
        try {
          out.add(TimeWindow.parse(w.asText()));
        } catch (IllegalArgumentException e) {
          throw error(at, show(w) + " is not a time window");
        }
      }
      return out;
    }

    private LocalDate date(String s, String field, JsonNode shown) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeException e) {
        throw error(field, show(shown) + " is not a date (YYYY-MM-DD)");
      }
    }

    private void dated(JsonNode node, String field, java.util.function.BiConsumer<LocalDate, List<TimeWindow>> sink) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return;
      }
      if (!v.isObject()) {
        throw error(field, show(v) + " is not an object of dates");
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        String at = field + "." + e.getKey();
        LocalDate date = date(e.getKey(), at, JsonNodeFactory.instance.textNode(e.getKey()));
        sink.accept(date, windows(e.getValue(), at));
      }
    }

    private void holidays(JsonNode h, BusinessCalendar.Builder b) {
      if (h == null || h.isNull()) {
        return;
      }
      if (!h.isObject()) {
        throw error("holidays", show(h) + " is not an object");
      }
      known(h, "holidays", HOLIDAYS_FIELDS, "holidays");
      JsonNode country = h.get("country");
      if (country != null && !country.isNull()) {
        String cc = text(country, "holidays.country");
        if (!NationalHolidays.isSupported(cc)) {
          throw error("holidays.country", show(country) + " is not a country or region with public"
              + " holidays (ISO 3166-1 alpha-2, or a region such as DE-BY)");
        }
        b.holidays(cc);
      }
      added(h.get("add"), b);
      for (LocalDate d : dates(h.get("remove"), "holidays.remove")) {
        b.removeHoliday(d);
      }
      JsonNode ics = h.get("ics");
      if (ics != null && !ics.isNull()) {
        String name = text(ics, "holidays.ics");
        if (baseDir == null) {
          throw error("holidays.ics", show(ics) + " cannot be resolved: this calendar is not read from a file");
        }
        Path file = baseDir.resolve(name);
        for (Holiday x : IcsHolidays.read(file)) {
          b.addHoliday(x.date(), x.name());
        }
      }
    }

    /** {@code holidays.add}: dates, or objects {@code {"date": ..., "name": ...}}. */
    private void added(JsonNode v, BusinessCalendar.Builder b) {
      String field = "holidays.add";
      if (v == null || v.isNull()) {
        return;
      }
      if (!v.isArray()) {
        throw error(field, show(v) + " is not a list of dates");
      }
      for (int i = 0; i < v.size(); i++) {
        JsonNode d = v.get(i);
        String at = field + "[" + i + "]";
        if (d.isObject()) {
          known(d, at, List.of("date", "name"), "a holiday");
          JsonNode date = d.get("date");
          if (date == null || !date.isTextual()) {
            throw error(at + ".date", (date == null ? "is required" : show(date) + " is not a date (YYYY-MM-DD)"));
          }
          JsonNode name = d.get("name");
          b.addHoliday(date(date.asText(), at + ".date", date),
              name == null || name.isNull() ? CONTRACT_HOLIDAY : text(name, at + ".name"));
        } else if (d.isTextual()) {
          b.addHoliday(date(d.asText(), at, d), CONTRACT_HOLIDAY);
        } else {
          throw error(at, show(d) + " is not a date (YYYY-MM-DD)");
        }
      }
    }

    private List<LocalDate> dates(JsonNode v, String field) {
      List<LocalDate> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        throw error(field, show(v) + " is not a list of dates");
      }
      for (int i = 0; i < v.size(); i++) {
        JsonNode d = v.get(i);
        String at = field + "[" + i + "]";
        if (!d.isTextual()) {
          throw error(at, show(d) + " is not a date (YYYY-MM-DD)");
        }
        out.add(date(d.asText(), at, d));
      }
      return out;
    }

    private static String show(JsonNode v) {
      String s = v.isTextual() ? JsonFields.quote(v.textValue()) : v.toString();
      return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
  }
}
