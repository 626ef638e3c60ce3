package io.github.slakit.core;

import io.github.slakit.core.Decision.TraceEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a case's SLA clocks stand at a moment (docs/LIFECYCLE.md): per metric and cycle, its
 * target, the clock's time elapsed and remaining, its state and deadline; and the alarms still to
 * come, so that a caller sets timers instead of polling.
 *
 * <p>A pure function of the case, the subscription, the events, the ruleset, the calendars and the
 * moment (TERM-2): events after the moment are ignored. Immutable and thread-safe.
 *
 * @param caseId the case's id
 * @param subscriptionId the subscription's id
 * @param vendor the ruleset id
 * @param rulesetVersion the version of the ruleset that decided
 * @param at the moment asked
 * @param caseState whether the case is open, resolved or closed at the moment
 * @param severity the severity in force at the moment, after the rules
 * @param requestedSeverity the severity requested at the moment: the case's, or the last change's
 * @param notCovered why the contract does not cover the case; then no clock runs
 * @param metrics one per metric and cycle, in the order of the ruleset's metrics, cycles ascending
 * @param alarms the alarms after the moment, by instant
 * @param warnings things the reader should know (an event that did not apply)
 * @param trace the rules and clauses behind the answer
 */
public record CaseStatus(
    String caseId,
    String subscriptionId,
    String vendor,
    String rulesetVersion,
    Instant at,
    CaseState caseState,
    Severity severity,
    Optional<Integer> requestedSeverity,
    List<Notice> notCovered,
    List<MetricStatus> metrics,
    List<Alarm> alarms,
    List<Notice> warnings,
    List<TraceEntry> trace) {

  /**
   * Checks the status and copies its lists.
   *
   * @param caseId the case's id
   * @param subscriptionId the subscription's id
   * @param vendor the ruleset id
   * @param rulesetVersion the version of the ruleset that decided
   * @param at the moment asked
   * @param caseState whether the case is open, resolved or closed at the moment
   * @param severity the severity in force at the moment
   * @param requestedSeverity the severity requested at the moment
   * @param notCovered why the contract does not cover the case
   * @param metrics one per metric and cycle
   * @param alarms the alarms after the moment
   * @param warnings things the reader should know
   * @param trace the rules and clauses behind the answer
   */
  public CaseStatus {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(rulesetVersion, "rulesetVersion");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(caseState, "caseState");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(requestedSeverity, "requestedSeverity");
    notCovered = List.copyOf(notCovered);
    metrics = List.copyOf(metrics);
    alarms = List.copyOf(alarms);
    warnings = List.copyOf(warnings);
    trace = List.copyOf(trace);
  }

  /**
   * Whether the contract covers the case.
   *
   * @return true when no reason says otherwise
   */
  public boolean covered() {
    return notCovered.isEmpty();
  }

  /**
   * The latest cycle of a metric.
   *
   * @param metric the metric's name ({@link Metrics#INITIAL_RESPONSE})
   * @return its cycle with the highest number; empty when the metric has none
   */
  public Optional<MetricStatus> metric(String metric) {
    MetricStatus last = null;
    for (MetricStatus m : metrics) {
      if (m.metric().equals(metric)) {
        last = m;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * What differs between {@code earlier}, an answer for the same case, and this one: after a
   * calendar or a ruleset changed and the case was replayed (an "SLA repair"), which deadlines
   * moved, which states changed, which cycles appeared or went. Per metric and cycle, in this
   * answer's order, then the cycles only {@code earlier} had; the severity first when it differs.
   * Elapsed figures that differ only because the moments differ are not listed.
   *
   * @param earlier an earlier answer for the same case
   * @return the changes; empty when nothing listed differs
   */
  public List<Change> changesSince(CaseStatus earlier) {
    Objects.requireNonNull(earlier, "earlier");
    List<Change> out = new java.util.ArrayList<>();
    if (!severity.equals(earlier.severity)) {
      out.add(
          new Change(
              "",
              0,
              "severity",
              Optional.of(String.valueOf(earlier.severity.level())),
              Optional.of(String.valueOf(severity.level()))));
    }
    java.util.Map<String, MetricStatus> before = new java.util.LinkedHashMap<>();
    for (MetricStatus m : earlier.metrics) {
      before.put(m.metric() + "/" + m.cycle(), m);
    }
    for (MetricStatus m : metrics) {
      MetricStatus b = before.remove(m.metric() + "/" + m.cycle());
      if (b == null) {
        out.add(
            new Change(
                m.metric(), m.cycle(), "cycle", Optional.empty(), Optional.of(m.state().name())));
        continue;
      }
      compare(out, m, "state", b.state().name(), m.state().name());
      compare(
          out, m, "target", b.target().map(TimeSpan::toString), m.target().map(TimeSpan::toString));
      compare(
          out,
          m,
          "deadline",
          b.deadline().map(Instant::toString),
          m.deadline().map(Instant::toString));
      compare(out, m, "metAt", b.metAt().map(Instant::toString), m.metAt().map(Instant::toString));
      compare(
          out,
          m,
          "breachedAt",
          b.breachedAt().map(Instant::toString),
          m.breachedAt().map(Instant::toString));
    }
    for (MetricStatus b : before.values()) {
      out.add(
          new Change(
              b.metric(), b.cycle(), "cycle", Optional.of(b.state().name()), Optional.empty()));
    }
    return List.copyOf(out);
  }

  private static void compare(
      List<Change> out, MetricStatus m, String field, String before, String after) {
    compare(out, m, field, Optional.of(before), Optional.of(after));
  }

  private static void compare(
      List<Change> out,
      MetricStatus m,
      String field,
      Optional<String> before,
      Optional<String> after) {
    if (!before.equals(after)) {
      out.add(new Change(m.metric(), m.cycle(), field, before, after));
    }
  }

  /**
   * One difference between two answers for a case ({@link #changesSince}).
   *
   * @param metric the metric, or {@code ""} for the case's own fields (the severity)
   * @param cycle the cycle, or 0 for the case's own fields
   * @param field {@code state}, {@code target}, {@code deadline}, {@code metAt}, {@code
   *     breachedAt}, {@code severity}, or {@code cycle} when the cycle is new or gone
   * @param before the value before, as text (an instant in ISO-8601, a span as {@link
   *     TimeSpan#toString()} prints it); empty when absent
   * @param after the value now; empty when absent
   */
  public record Change(
      String metric, int cycle, String field, Optional<String> before, Optional<String> after) {
    /**
     * Checks the change.
     *
     * @param metric the metric, or {@code ""}
     * @param cycle the cycle, or 0
     * @param field the field that differs
     * @param before the value before
     * @param after the value now
     */
    public Change {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /** Whether the case is open. */
  public enum CaseState {
    /** Open (never resolved, or reopened). */
    OPEN,
    /** Resolved, and not reopened since. */
    RESOLVED,
    /** Closed: final. */
    CLOSED
  }

  /**
   * One cycle of a metric's clock at the moment asked.
   *
   * @param metric the metric's name
   * @param cycle the cycle's number, from 1
   * @param state where it stands
   * @param target the target in force (the amount and its clock); empty when there is none
   * @param clock the clock that counts the elapsed time: the target's, or for a cycle without a
   *     target the response target's (else the subscription calendar's business hours)
   * @param calendar the id of the calendar that counts a business clock; empty for 24x7
   * @param startedAt when the cycle started
   * @param elapsed the clock's time from the start to the stop or the moment, pauses removed
   * @param paused the clock's time the pauses removed
   * @param remaining the target minus the elapsed time (negative once breached); empty without a
   *     target
   * @param percentUsed 100 x elapsed / target, rounded down; empty without a target
   * @param deadline where the deadline stands (for a paused cycle: if the clock resumed at the
   *     moment); empty without a target
   * @param stoppedAt when the cycle stopped, if it did
   * @param metAt when it was met, if it was
   * @param breachedAt the deadline it missed, if it did
   */
  public record MetricStatus(
      String metric,
      int cycle,
      MetricState state,
      Optional<TimeSpan> target,
      ClockKind clock,
      Optional<String> calendar,
      Instant startedAt,
      Duration elapsed,
      Duration paused,
      Optional<Duration> remaining,
      Optional<Integer> percentUsed,
      Optional<Instant> deadline,
      Optional<Instant> stoppedAt,
      Optional<Instant> metAt,
      Optional<Instant> breachedAt) {
    /**
     * Checks the cycle's status.
     *
     * @param metric the metric's name
     * @param cycle the cycle's number, from 1
     * @param state where it stands
     * @param target the target in force
     * @param clock the clock that counts the elapsed time
     * @param calendar the calendar of a business clock
     * @param startedAt when the cycle started
     * @param elapsed the clock's time elapsed, pauses removed
     * @param paused the clock's time the pauses removed
     * @param remaining the target minus the elapsed time
     * @param percentUsed 100 x elapsed / target, rounded down
     * @param deadline where the deadline stands
     * @param stoppedAt when the cycle stopped
     * @param metAt when it was met
     * @param breachedAt the deadline it missed
     * @throws IllegalArgumentException when the cycle is below 1
     */
    public MetricStatus {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(calendar, "calendar");
      Objects.requireNonNull(startedAt, "startedAt");
      Objects.requireNonNull(elapsed, "elapsed");
      Objects.requireNonNull(paused, "paused");
      Objects.requireNonNull(remaining, "remaining");
      Objects.requireNonNull(percentUsed, "percentUsed");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(stoppedAt, "stoppedAt");
      Objects.requireNonNull(metAt, "metAt");
      Objects.requireNonNull(breachedAt, "breachedAt");
      if (cycle < 1) {
        throw new IllegalArgumentException("cycle (" + cycle + ") counts from 1");
      }
    }
  }

  /**
   * An alarm still to come: when a share of a running cycle's target will be used.
   *
   * @param metric the metric's name
   * @param cycle its cycle
   * @param percent the share of the target, in percent
   * @param at when to raise it
   * @param inBusinessHours whether {@code at} is business time on the metric's own clock (always
   *     for 24x7; a window's end is outside)
   * @param dueAt the instant the share is used, when the alarm was moved to the next opening
   */
  public record Alarm(
      String metric,
      int cycle,
      int percent,
      Instant at,
      boolean inBusinessHours,
      Optional<Instant> dueAt) {
    /**
     * Checks the alarm.
     *
     * @param metric the metric's name
     * @param cycle its cycle
     * @param percent the share of the target, in percent
     * @param at when to raise it
     * @param inBusinessHours whether {@code at} is business time on the metric's clock
     * @param dueAt the instant the share is used, when the alarm was moved
     */
    public Alarm {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(dueAt, "dueAt");
    }

    /**
     * A key that names this alarm in every answer that lists it: the metric, the cycle and the
     * percent, so that a notifier can send each alarm once.
     *
     * @return {@code metric/cycle/percent}
     */
    public String key() {
      return metric + "/" + cycle + "/" + percent;
    }
  }
}
