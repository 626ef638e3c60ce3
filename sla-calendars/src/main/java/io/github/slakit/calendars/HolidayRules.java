package io.github.slakit.calendars;

import java.util.List;

/**
 * The rules of one built-in national holiday set. Implementations are stateless or immutable and
 * thread-safe; {@link NationalHolidays} caches what they compute.
 */
@FunctionalInterface
interface HolidayRules {

  /**
   * The holidays whose date lies in {@code year} (an observed day in late December for the next
   * year's 1 January included), in any order. Only called for years in {@link #firstYear()}..{@link
   * #lastYear()}.
   */
  List<Holiday> holidaysIn(int year);
}
