package io.github.slakit.calendars;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One public holiday: its date, an English and a local name, and how its date is determined.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the local date that is a holiday, 00:00-24:00 in the calendar's zone (TIME-6)
 * @param name the English name ("Chuseok", "Substitute holiday for Children's Day")
 * @param localName the name in the country's language ("추석", "Lundi de Pâques")
 * @param kind how the date is determined
 */
public record Holiday(LocalDate date, String name, String localName, HolidayKind kind) {
  /**
   * Checks that every component is given.
   *
   * @param date the local date that is a holiday, 00:00-24:00 in the calendar's zone (TIME-6)
   * @param name the English name ("Chuseok", "Substitute holiday for Children's Day")
   * @param localName the name in the country's language ("추석", "Lundi de Pâques")
   * @param kind how the date is determined
   * @throws NullPointerException naming the component that is null
   */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(localName, "localName");
    Objects.requireNonNull(kind, "kind");
  }
}
