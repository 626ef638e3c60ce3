package io.github.slakit.oncall;

import io.github.slakit.calendars.TimeWindow;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A time of day when a layer is shown, on some days of the week: {@code MON-FRI 09:00-18:00}. A
 * layer with restrictions has someone only inside their union; outside, the layers below show
 * through, while its rotation keeps turning underneath (ONCALL-4). A window whose end is not after
 * its start crosses midnight and belongs to the day it starts on, as calendar windows do
 * (TIME-5); its wall-clock times resolve by TIME-4 in the layer's zone.
 *
 * @param days the days of the week the window starts on; not empty
 * @param window the wall-clock window of each of those days
 */
public record Restriction(Set<DayOfWeek> days, TimeWindow window) {
  /**
   * Checks and copies the days.
   *
   * @param days the days of the week the window starts on; not empty
   * @param window the wall-clock window of each of those days
   * @throws IllegalArgumentException when {@code days} is empty
   */
  public Restriction {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(window, "window");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a restriction needs at least one day of the week");
    }
    days = Collections.unmodifiableSet(EnumSet.copyOf(days));
  }

  /**
   * The same window every day of the week (PagerDuty's daily restriction, Opsgenie's time of day).
   *
   * @param window the wall-clock window
   * @return the restriction
   */
  public static Restriction daily(TimeWindow window) {
    return new Restriction(EnumSet.allOf(DayOfWeek.class), window);
  }

  /**
   * The window on the given days.
   *
   * @param days the days of the week the window starts on; not empty
   * @param window the wall-clock window
   * @return the restriction
   */
  public static Restriction on(Set<DayOfWeek> days, TimeWindow window) {
    return new Restriction(days, window);
  }
}
