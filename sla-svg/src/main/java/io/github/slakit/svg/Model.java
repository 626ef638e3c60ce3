package io.github.slakit.svg;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.Decision.EscalationStep;
import io.github.slakit.core.Pause;
import io.github.slakit.oncall.Schedule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one picture shows, gathered from a status or a decision and its inputs: the chart draws
 * this and nothing else.
 *
 * @param title the first line: the case, vendor and subscription
 * @param subtitle the lines under it: the moment, the state, the zone and calendar
 * @param description a sentence for screen readers and the page's index
 * @param calendar the calendar whose hours, holidays and date hours are drawn
 * @param scale the time axis
 * @param at the moment asked, for a status
 * @param events the case's events up to the moment, the opening first, in LIFE-1's order
 * @param pauses the case's pauses
 * @param metrics one row per metric and cycle (status) or per target (decision)
 * @param notCovered why the contract does not cover the case
 * @param steps the escalation steps
 * @param schedules the on-call schedules to draw, in order
 */
record Model(
    String title,
    List<String> subtitle,
    String description,
    BusinessCalendar calendar,
    Scale scale,
    Optional<Instant> at,
    List<Event> events,
    List<Pause> pauses,
    List<Row> metrics,
    List<String> notCovered,
    List<EscalationStep> steps,
    List<Schedule> schedules) {

  /** An event's instant, its short label and the words of its tooltip. */
  record Event(Instant at, String kind, String label) {}

  /**
   * A metric's cycle or a decision's target.
   *
   * @param name the metric, as people read it ({@code Initial response})
   * @param key {@code INITIAL_RESPONSE/1}: what the drawing's data attributes name
   * @param state the second line ({@code MET, 16 % used})
   * @param start when the clock started; empty for a target whose clock starts at a later event
   * @param deadline where the deadline stands
   * @param countedTo the stop or the moment (a status); empty for a decision, which has none
   * @param counting the spans of {@code [start, countedTo)} the clock counted: its business time
   *     (all of it for 24x7) outside the pauses that pause it
   * @param pauses the pauses that pause this metric, within {@code [start, countedTo)}
   * @param metAt when it was met
   * @param breachedAt the deadline it missed
   * @param alarms its alarms still to come
   */
  record Row(
      String name,
      String key,
      String state,
      Optional<Instant> start,
      Optional<Instant> deadline,
      Optional<Instant> countedTo,
      List<Span> counting,
      List<Pause> pauses,
      Optional<Instant> metAt,
      Optional<Instant> breachedAt,
      List<Alarm> alarms) {}

  /** A half-open span of time. */
  record Span(Instant start, Instant end) {}
}
