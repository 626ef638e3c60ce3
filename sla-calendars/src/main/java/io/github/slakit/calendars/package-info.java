/**
 * Business time for support contracts: {@link io.github.slakit.calendars.BusinessCalendar} and how
 * to build one (builder, {@link io.github.slakit.calendars.CalendarJson}, {@link
 * io.github.slakit.calendars.IcsHolidays}), and the built-in {@link
 * io.github.slakit.calendars.NationalHolidays}. Nothing here accepts or returns null unless it
 * says so.
 */
@NullMarked
package io.github.slakit.calendars;

import org.jspecify.annotations.NullMarked;
