package io.github.slakit.core;

import io.github.slakit.core.CaseEvent.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one metric's clock runs over a case's life (docs/LIFECYCLE.md): which events start a cycle,
 * which stop it, which waits pause it, and where its target comes from. The built-in metrics have
 * the definitions of LIFE-4 ({@link #defaults()}); a ruleset may pause them differently and add
 * its own ({@link Ruleset#metrics()}).
 *
 * <p>Rules that hold for every metric: a cycle starts at one of {@code startsOn} while none runs
 * and the case is open, and only once unless {@code repeats}; a cycle that starts on {@code
 * CUSTOMER_RESPONDED} starts only after the first agent response; {@code RESOLVED} and {@code
 * CLOSED} end every running cycle, as its own stop (MET or BREACHED) when they are among {@code
 * stopsOn}, else as {@link MetricState#STOPPED}. An event in both {@code stopsOn} and {@code
 * startsOn} of a metric that {@code repeats} restarts it: the running cycle stops, a new one starts
 * at the same instant ({@link #CUSTOMER_UPDATE} at each agent response).
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric the metric's name, as decisions' targets name it
 * @param startsOn the events that start a cycle ({@code OPENED}: the case's opening)
 * @param stopsOn the events that stop a running cycle as its own stop
 * @param repeats whether a new cycle may start after one ended
 * @param pausedBy the waits that pause it ({@code WAITING_ON_CUSTOMER}, {@code WAITING_ON_VENDOR})
 * @param targetFrom the metric whose target it takes when the decision gives none of its own
 *     ({@code NEXT_RESPONSE} takes the response target); empty for none
 * @param clause the policy clause that defines the clock
 */
public record MetricDefinition(
    String metric,
    Set<Type> startsOn,
    Set<Type> stopsOn,
    boolean repeats,
    Set<Type> pausedBy,
    Optional<String> targetFrom,
    String clause) {

  /** The waits, which pause every metric by default (LIFE-2). */
  public static final Set<Type> WAITS =
      Set.copyOf(EnumSet.of(Type.WAITING_ON_CUSTOMER, Type.WAITING_ON_VENDOR));

  /**
   * Checks the definition.
   *
   * @param metric the metric's name
   * @param startsOn the events that start a cycle
   * @param stopsOn the events that stop a running cycle as its own stop
   * @param repeats whether a new cycle may start after one ended
   * @param pausedBy the waits that pause it
   * @param targetFrom the metric whose target it takes when the decision gives none
   * @param clause the policy clause that defines the clock
   * @throws IllegalArgumentException when an event cannot start or stop a clock, a set is empty,
   *     an event both starts and stops a clock that does not repeat, or {@code pausedBy} holds
   *     something other than a wait
   */
  public MetricDefinition {
    Objects.requireNonNull(metric, "metric");
    if (metric.isBlank()) {
      throw new IllegalArgumentException("a metric needs a name");
    }
    startsOn = Set.copyOf(startsOn);
    stopsOn = Set.copyOf(stopsOn);
    pausedBy = Set.copyOf(pausedBy);
    Objects.requireNonNull(targetFrom, "targetFrom");
    Objects.requireNonNull(clause, "clause");
    if (startsOn.isEmpty()) {
      throw new IllegalArgumentException(metric + ": a metric needs an event that starts it");
    }
    for (Type t : startsOn) {
      if (t == Type.SEVERITY_CHANGED
          || t == Type.RESOLVED
          || t == Type.CLOSED
          || WAITS.contains(t)) {
        throw new IllegalArgumentException(metric + ": " + t + " cannot start a clock");
      }
    }
    if (stopsOn.isEmpty()) {
      throw new IllegalArgumentException(metric + ": a metric needs an event that stops it");
    }
    for (Type t : stopsOn) {
      if (t == Type.OPENED
          || t == Type.SEVERITY_CHANGED
          || WAITS.contains(t)
          || (startsOn.contains(t) && !repeats)) {
        throw new IllegalArgumentException(metric + ": " + t + " cannot stop this clock");
      }
    }
    if (!WAITS.containsAll(pausedBy)) {
      throw new IllegalArgumentException(metric + ": only waits pause a clock, not " + pausedBy);
    }
  }

  /**
   * The first response (LIFE-4): from the opening to the first agent response, once; a reopen
   * does not restart it. Its target is the decision's {@link Metrics#INITIAL_RESPONSE}.
   */
  public static final MetricDefinition INITIAL_RESPONSE =
      new MetricDefinition(
          Metrics.INITIAL_RESPONSE,
          Set.of(Type.OPENED),
          Set.of(Type.AGENT_RESPONDED),
          false,
          WAITS,
          Optional.empty(),
          "LIFE-4");

  /**
   * The next response (LIFE-4): from a customer response after the first agent response, while
   * none runs, to the next agent response; its target is the response target unless the rules
   * give {@link Metrics#NEXT_RESPONSE} one of its own.
   */
  public static final MetricDefinition NEXT_RESPONSE =
      new MetricDefinition(
          Metrics.NEXT_RESPONSE,
          Set.of(Type.CUSTOMER_RESPONDED),
          Set.of(Type.AGENT_RESPONDED),
          true,
          WAITS,
          Optional.of(Metrics.INITIAL_RESPONSE),
          "LIFE-4");

  /**
   * The resolution (LIFE-4): from the opening to {@code RESOLVED} (or {@code CLOSED}), a new cycle
   * at each {@code REOPENED}. No built-in vendor publishes its target.
   */
  public static final MetricDefinition RESOLUTION =
      new MetricDefinition(
          Metrics.RESOLUTION,
          Set.of(Type.OPENED, Type.REOPENED),
          Set.of(Type.RESOLVED, Type.CLOSED),
          true,
          WAITS,
          Optional.empty(),
          "LIFE-4");

  /**
   * Customer updates (UPDATE-1): while the case is open the customer gets a public update at least
   * every N hours. A cycle runs from the opening, each reopen and each agent response (which also
   * stops the running one: it is met when the response came in time) to the next agent response.
   * Not among {@link #defaults()}: a ruleset declares it ({@code {"metric": "CUSTOMER_UPDATE"}} in
   * its vendor.json) and sets N per level and severity with {@code
   * decision.target("CUSTOMER_UPDATE", span)}; where it sets none, {@link
   * #customerUpdateDefault(int, Optional)} gives it.
   */
  public static final MetricDefinition CUSTOMER_UPDATE =
      new MetricDefinition(
          Metrics.CUSTOMER_UPDATE,
          Set.of(Type.OPENED, Type.REOPENED, Type.AGENT_RESPONDED),
          Set.of(Type.AGENT_RESPONDED),
          true,
          WAITS,
          Optional.empty(),
          "UPDATE-1");

  /**
   * The default interval of customer updates where a ruleset that declares {@link
   * #CUSTOMER_UPDATE} sets no target (UPDATE-1, the project's default, not from any vendor's
   * guide): every 4 hours at severity 1, 8 at severity 2, 24 at severity 3, none at severity 4; on
   * the clock of the response target (24x7 hours when it is 24x7, else business hours of its
   * calendar; business hours of the subscription's calendar without a response target).
   *
   * @param severity the severity in force, 1..4
   * @param responseTarget the response target in force, if any
   * @return the interval, or empty at severity 4
   */
  public static Optional<TimeSpan> customerUpdateDefault(
      int severity, Optional<TimeSpan> responseTarget) {
    long hours =
        switch (severity) {
          case 1 -> 4;
          case 2 -> 8;
          case 3 -> 24;
          default -> 0;
        };
    if (hours == 0) {
      return Optional.empty();
    }
    if (responseTarget.isPresent() && responseTarget.get().clock() == ClockKind.ELAPSED) {
      return Optional.of(TimeSpan.elapsedHours(hours));
    }
    TimeSpan business = TimeSpan.businessHours(hours);
    return Optional.of(
        responseTarget.flatMap(TimeSpan::calendar).map(business::on).orElse(business));
  }

  /**
   * The metrics slakit knows by name: {@link #defaults()} and {@link #CUSTOMER_UPDATE}. A
   * vendor.json entry that names one of them keeps what it does not say.
   *
   * @return the known definitions
   */
  public static List<MetricDefinition> known() {
    return List.of(INITIAL_RESPONSE, NEXT_RESPONSE, RESOLUTION, CUSTOMER_UPDATE);
  }

  /**
   * The three built-in metrics.
   *
   * @return {@link #INITIAL_RESPONSE}, {@link #NEXT_RESPONSE}, {@link #RESOLUTION}, in this order
   */
  public static List<MetricDefinition> defaults() {
    return List.of(INITIAL_RESPONSE, NEXT_RESPONSE, RESOLUTION);
  }

  /**
   * The built-in metrics that {@code own} does not replace, then {@code own} in its order: the
   * metrics of a ruleset that defines {@code own}.
   *
   * @param own the ruleset's definitions
   * @return the built-ins with {@code own} replacing or following them
   */
  public static List<MetricDefinition> withDefaults(List<MetricDefinition> own) {
    java.util.Map<String, MetricDefinition> out = new java.util.LinkedHashMap<>();
    for (MetricDefinition d : defaults()) {
      out.put(d.metric(), d);
    }
    for (MetricDefinition d : own) {
      out.put(d.metric(), d);
    }
    return List.copyOf(out.values());
  }

  /**
   * This definition paused by other waits.
   *
   * @param waits a subset of {@link #WAITS}; empty for a clock no wait pauses
   * @return a copy paused by {@code waits}
   */
  public MetricDefinition pausedBy(Set<Type> waits) {
    return new MetricDefinition(metric, startsOn, stopsOn, repeats, waits, targetFrom, clause);
  }

  /**
   * Whether the clock starts at the case's opening, so that a decision can give its deadline.
   *
   * @return true when {@code startsOn} holds {@code OPENED}
   */
  public boolean startsAtOpening() {
    return startsOn.contains(Type.OPENED);
  }
}
