package io.github.slakit.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.calendars.TimeWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads an inline calendar (CONTRACT.md, "Calendar") through the public builder of
 * sla-calendars. Kept alone in this class so that the shared calendar reader can replace it.
 */
final class CalendarJson {
  private CalendarJson() {}

  private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY,
      "TUE", DayOfWeek.TUESDAY, "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY,
      "FRI", DayOfWeek.FRIDAY, "SAT", DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

  static BusinessCalendar read(JsonInput in, JsonNode node, String p) {
    in.object(node, p);
    ZoneId zone = in.zone(in.required(node, p, "zone"), JsonInput.path(p, "zone"));
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    b.id(in.optionalText(node, p, "id").orElse("inline"));
    in.optional(node, p, "weekly").ifPresent(w -> {
      String wp = JsonInput.path(p, "weekly");
      in.object(w, wp);
      for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        DayOfWeek day = DAYS.get(e.getKey());
        if (day == null) {
          throw in.error(wp, "\"" + e.getKey() + "\" is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
        }
        b.weekly(day, windows(in, e.getValue(), JsonInput.path(wp, e.getKey())));
      }
    });
    in.optional(node, p, "dates").ifPresent(d -> byDate(in, d, JsonInput.path(p, "dates"),
        (date, windows) -> b.date(date, windows)));
    in.optional(node, p, "breaks").ifPresent(d -> byDate(in, d, JsonInput.path(p, "breaks"),
        (date, windows) -> windows.forEach(w -> b.breakOn(date, w))));
    in.optional(node, p, "holidays").ifPresent(h -> {
      String hp = JsonInput.path(p, "holidays");
      in.object(h, hp);
      in.optionalText(h, hp, "country").ifPresent(c -> {
        try {
          b.holidays(c);
        } catch (CalendarException e) {
          throw in.error(JsonInput.path(hp, "country"), h.get("country"),
              "a country with built-in holidays: " + e.getMessage());
        }
      });
      dates(in, h, hp, "add").forEach(d -> b.addHoliday(d, "Contract holiday"));
      dates(in, h, hp, "remove").forEach(b::removeHoliday);
    });
    try {
      return b.build();
    } catch (CalendarException e) {
      throw in.error(p, e.getMessage());
    }
  }

  private interface DateWindows {
    void accept(LocalDate date, List<TimeWindow> windows);
  }

  private static void byDate(JsonInput in, JsonNode node, String p, DateWindows sink) {
    in.object(node, p);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      LocalDate date = in.parsed(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()),
          p, LocalDate::parse, "a date (YYYY-MM-DD)");
      sink.accept(date, windows(in, e.getValue(), JsonInput.path(p, e.getKey())));
    }
  }

  private static List<TimeWindow> windows(JsonInput in, JsonNode node, String p) {
    if (!node.isArray()) {
      throw in.error(p, node, "a list of time windows ([\"09:00-18:00\"])");
    }
    List<TimeWindow> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String ip = p + "[" + i + "]";
      JsonNode w = node.get(i);
      out.add(in.parsed(w, ip, TimeWindow::parse, "a time window (HH:MM-HH:MM)"));
    }
    return out;
  }

  private static List<LocalDate> dates(JsonInput in, JsonNode obj, String p, String field) {
    List<LocalDate> out = new ArrayList<>();
    in.optional(obj, p, field).ifPresent(a -> {
      String ap = JsonInput.path(p, field);
      if (!a.isArray()) {
        throw in.error(ap, a, "a list of dates");
      }
      for (int i = 0; i < a.size(); i++) {
        out.add(in.parsed(a.get(i), ap + "[" + i + "]", LocalDate::parse, "a date (YYYY-MM-DD)"));
      }
    });
    return out;
  }
}
