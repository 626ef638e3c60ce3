package io.github.slakit.core;

import io.github.slakit.core.CaseStatus.Alarm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One case's SLA clocks as a value that a stream processor steps, event by event and timer by
 * timer, without knowing anything of business time (docs/LIFECYCLE.md, "Stepping a case"): the
 * case, its subscription, the events so far and the alarms asked for.
 *
 * <pre>{@code
 * CaseClocks clocks = CaseClocks.open(supportCase, subscription, StatusOptions.DEFAULTS);
 * clocks = clocks.apply(CaseEvent.of(CaseEvent.Type.AGENT_RESPONDED, answered));
 * CaseClocks.Step step = clocks.at(engine, now);
 * step.status();  // what engine.status(supportCase, subscription, events, now) gives
 * step.due();     // set a timer at each; when one fires at t, send clocks.firing(engine, t)
 * }</pre>
 *
 * <p>Every answer is {@link SlaEngine#status} on the events held, so it is the single-JVM answer by
 * construction; this type only adds which instants to wake up at, and which alarms fire at one of
 * them. Immutable and thread-safe: {@link #apply} returns a new value.
 */
public final class CaseClocks {
  private final SupportCase supportCase;
  private final Subscription subscription;
  private final List<CaseEvent> events;
  private final StatusOptions options;

  private CaseClocks(
      SupportCase supportCase,
      Subscription subscription,
      List<CaseEvent> events,
      StatusOptions options) {
    this.supportCase = supportCase;
    this.subscription = subscription;
    this.events = events;
    this.options = options;
  }

  /**
   * The clocks of a case that has just opened: no event yet.
   *
   * @param supportCase the case
   * @param subscription the subscription of the case's customer
   * @param options which alarms to list, and what to do with those outside business hours
   * @return the clocks, holding no event
   */
  public static CaseClocks open(
      SupportCase supportCase, Subscription subscription, StatusOptions options) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(options, "options");
    return new CaseClocks(supportCase, subscription, List.of(), options);
  }

  /**
   * These clocks with one more event. An event equal to one already held (same type, instant and
   * severity) is held once, so that a source that delivers an event twice changes nothing.
   *
   * @param event the event, at any instant from the case's opening on (earlier than events already
   *     held too: the answers order events by instant, LIFE-1)
   * @return the clocks with the event; these clocks when it was already held
   * @throws SlaInputException when the event is before the case's opening, or an {@code OPENED}
   *     event is not at it, as {@link SlaEngine#status} refuses them (the message names {@code
   *     event})
   */
  public CaseClocks apply(CaseEvent event) {
    Objects.requireNonNull(event, "event");
    return applyAll(List.of(event), "event");
  }

  /**
   * These clocks with more events, as {@link #apply(CaseEvent)} each, checked first: when one is
   * refused, none is added.
   *
   * @param more the events, in any order
   * @return the clocks with the events not already held
   * @throws SlaInputException when an event is refused; the message names it {@code events[N]}, its
   *     place in {@code more}, as {@link SlaEngine#status} does
   */
  public CaseClocks apply(List<CaseEvent> more) {
    List<CaseEvent> copy = List.copyOf(more);
    return applyAll(copy, null);
  }

  private CaseClocks applyAll(List<CaseEvent> more, @Nullable String path) {
    for (int i = 0; i < more.size(); i++) {
      SlaEngine.checkEvent(
          supportCase, subscription, more.get(i), path != null ? path : "events[" + i + "]");
    }
    Set<CaseEvent> held = new HashSet<>(events);
    List<CaseEvent> all = new ArrayList<>(events);
    for (CaseEvent e : more) {
      if (held.add(e)) {
        all.add(e);
      }
    }
    return all.size() == events.size()
        ? this
        : new CaseClocks(supportCase, subscription, List.copyOf(all), options);
  }

  /**
   * These clocks with the case or the subscription as a later message gives them (a corrected
   * impact, a renewed contract); the events held stay, and are checked against the case's opening
   * again.
   *
   * @param supportCase the case, which keeps its id
   * @param subscription the subscription
   * @return the clocks with them
   * @throws IllegalArgumentException when the case's id differs from this case's
   * @throws SlaInputException when an event held is before the case's new opening
   */
  public CaseClocks with(SupportCase supportCase, Subscription subscription) {
    Objects.requireNonNull(supportCase, "supportCase");
    Objects.requireNonNull(subscription, "subscription");
    if (!supportCase.id().equals(this.supportCase.id())) {
      throw new IllegalArgumentException(
          "case " + supportCase.id() + " is not case " + this.supportCase.id());
    }
    return new CaseClocks(supportCase, subscription, List.of(), options).apply(events);
  }

  /** {@return the case} */
  public SupportCase supportCase() {
    return supportCase;
  }

  /** {@return the subscription of the case's customer} */
  public Subscription subscription() {
    return subscription;
  }

  /** {@return the events held, each once, in the order they were applied} */
  public List<CaseEvent> events() {
    return events;
  }

  /** {@return which alarms the answers list} */
  public StatusOptions options() {
    return options;
  }

  /**
   * Where the clocks stand at a moment: {@link SlaEngine#status} of the case, the subscription and
   * the events held (those after the moment are ignored, LIFE-1).
   *
   * @param engine the engine whose rulesets and calendars decide
   * @param at the moment asked, at or after the case's opening
   * @return the status, equal to {@code engine.status(supportCase(), subscription(), events(), at,
   *     options())}
   * @throws SlaInputException as {@link SlaEngine#status}
   * @throws SlaRulesException when the vendor's rules fail
   */
  public CaseStatus status(SlaEngine engine, Instant at) {
    return engine.status(supportCase, subscription, events, at, options);
  }

  /**
   * The status at a moment, and every instant after it at which an alarm may fire given the events
   * held: the alarms the status lists, and those that the events held after the moment (applied
   * early, as a stream delivers them ahead of its watermark) bring, such as the alarms of a clock
   * that such an event resumes, less those that such an event takes away. A caller keeps one timer
   * at each instant and no other; each fires something under the events held ({@link #firing}), and
   * an event applied later may take it away, which {@link #firing} tells when the timer comes.
   *
   * @param engine the engine whose rulesets and calendars decide
   * @param at the moment, at or after the case's opening: where alarms have fired up to
   * @return the status at the moment and the instants strictly after it, ascending and distinct
   * @throws SlaInputException as {@link SlaEngine#status}
   * @throws SlaRulesException when the vendor's rules fail
   */
  public Step at(SlaEngine engine, Instant at) {
    CaseStatus status = status(engine, at);
    TreeSet<Instant> later = new TreeSet<>();
    for (CaseEvent e : events) {
      if (e.at().isAfter(at)) {
        later.add(e.at());
      }
    }
    // Between two events the alarms do not change (LIFE-7): the status at one event lists every
    // alarm up to the next event, and the status there lists those after it.
    TreeSet<Instant> due = new TreeSet<>();
    CaseStatus from = status;
    for (Instant next : later) {
      addUpTo(due, from, next);
      from = status(engine, next);
    }
    addUpTo(due, from, null);
    return new Step(status, List.copyOf(due));
  }

  private static void addUpTo(TreeSet<Instant> due, CaseStatus status, @Nullable Instant until) {
    for (Alarm a : status.alarms()) {
      if (until == null || !a.at().isAfter(until)) {
        due.add(a.at());
      }
    }
  }

  /**
   * The alarms that fire at an instant: those the status just before it (one nanosecond earlier,
   * so counting the events before the instant and none at it) lists at that instant. An event at
   * the instant itself does not take its alarm away: the share was used by then. The same events
   * give the same alarms whenever this is asked, so a timer that fires late, or twice, or after
   * more events arrived, is checked against them.
   *
   * @param engine the engine whose rulesets and calendars decide
   * @param instant the instant a timer fired for
   * @return the alarms due exactly then, in the status's order; empty when none is (any more)
   * @throws SlaInputException as {@link SlaEngine#status}
   * @throws SlaRulesException when the vendor's rules fail
   */
  public List<Alarm> firing(SlaEngine engine, Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (!instant.isAfter(supportCase.openedAt().toInstant())) {
      return List.of();
    }
    List<Alarm> out = new ArrayList<>();
    for (Alarm a : status(engine, instant.minusNanos(1)).alarms()) {
      if (a.at().equals(instant)) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the other value holds an equal case, subscription, events in the same order and
   * options.
   *
   * @param o the other value
   * @return true when they are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CaseClocks c
        && supportCase.equals(c.supportCase)
        && subscription.equals(c.subscription)
        && events.equals(c.events)
        && options.equals(c.options);
  }

  /** {@return a hash of the case, the subscription, the events and the options} */
  @Override
  public int hashCode() {
    return Objects.hash(supportCase, subscription, events, options);
  }

  /** {@return the case's id and the number of events held, for logs} */
  @Override
  public String toString() {
    return "CaseClocks[" + supportCase.id() + ", " + events.size() + " events]";
  }

  /**
   * What one step gives: the status at the moment, and the instants after it to wake up at.
   *
   * @param status the status at the moment ({@link SlaEngine#status})
   * @param due the instants strictly after the moment at which an alarm may fire, ascending and
   *     distinct; empty when no clock with a target runs
   */
  public record Step(CaseStatus status, List<Instant> due) {
    /**
     * Checks the step and copies its instants.
     *
     * @param status the status at the moment
     * @param due the instants to wake up at
     */
    public Step {
      Objects.requireNonNull(status, "status");
      due = List.copyOf(due);
    }
  }
}
