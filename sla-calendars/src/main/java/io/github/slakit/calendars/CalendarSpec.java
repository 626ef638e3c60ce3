package io.github.slakit.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import org.jspecify.annotations.Nullable;

/**
 * A calendar's definition, immutable: what {@link BusinessCalendar#equals} compares and {@link
 * BusinessCalendar#toBuilder()} copies. Every collection is an unmodifiable copy.
 */
record CalendarSpec(
    String id,
    ZoneId zone,
    Map<DayOfWeek, List<TimeWindow>> weekly,
    NavigableMap<LocalDate, List<TimeWindow>> dates,
    NavigableMap<LocalDate, List<TimeWindow>> breaks,
    @Nullable String country,
    NavigableMap<LocalDate, String> added,
    NavigableSet<LocalDate> removed) {

  /** The windows starting on a date: its date-specific ones if it has an entry, else the weekly. */
  List<TimeWindow> windowsOn(LocalDate date) {
    List<TimeWindow> special = dates.get(date);
    return special != null ? special : weekly.getOrDefault(date.getDayOfWeek(), List.of());
  }

  List<TimeWindow> breaksOn(LocalDate date) {
    return breaks.getOrDefault(date, List.of());
  }

  /** Whether any date can have a window at all (an all-closed calendar has none). */
  boolean hasAnyWindow() {
    return weekly.values().stream().anyMatch(l -> !l.isEmpty())
        || dates.values().stream().anyMatch(l -> !l.isEmpty());
  }

  static Map<DayOfWeek, List<TimeWindow>> emptyWeek() {
    Map<DayOfWeek, List<TimeWindow>> m = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      m.put(d, List.of());
    }
    return m;
  }
}
