package io.github.slakit.core;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a case's status lists as alarms (LIFE-7): at which shares of the target, and what to do with
 * an alarm that falls outside business hours.
 *
 * <p>Immutable and thread-safe.
 *
 * @param alarmPercents the shares of the target, in percent (1..100), ascending and distinct
 * @param offHours what to do with an alarm outside its clock's business hours
 */
public record StatusOptions(List<Integer> alarmPercents, OffHours offHours) {
  /**
   * Checks the options and sorts the percents.
   *
   * @param alarmPercents the shares of the target, in percent (1..100)
   * @param offHours what to do with an alarm outside business hours
   * @throws IllegalArgumentException when a percent is not 1..100
   */
  public StatusOptions {
    Objects.requireNonNull(offHours, "offHours");
    for (Integer p : alarmPercents) {
      if (p == null || p < 1 || p > 100) {
        throw new IllegalArgumentException("an alarm percent must be 1..100, not " + p);
      }
    }
    alarmPercents = List.copyOf(new TreeSet<>(alarmPercents));
  }

  /** Alarms at 50, 75, 90 and 100 % of the target, off-hours alarms marked, not moved. */
  public static final StatusOptions DEFAULTS =
      new StatusOptions(List.of(50, 75, 90, 100), OffHours.MARK);

  /**
   * These options with alarms at other shares.
   *
   * @param percents the shares of the target, in percent (1..100)
   * @return a copy with those alarms
   */
  public StatusOptions withAlarmPercents(List<Integer> percents) {
    return new StatusOptions(percents, offHours);
  }

  /**
   * These options with another policy for alarms outside business hours.
   *
   * @param policy what to do with them
   * @return a copy with that policy
   */
  public StatusOptions withOffHours(OffHours policy) {
    return new StatusOptions(alarmPercents, policy);
  }

  /** What to do with an alarm that falls outside its clock's business hours. */
  public enum OffHours {
    /** Keep its instant; {@code inBusinessHours} says it is outside. */
    MARK,
    /** Move it to the clock's next opening, keeping the instant it was due as {@code dueAt}. */
    NEXT_OPENING
  }
}
