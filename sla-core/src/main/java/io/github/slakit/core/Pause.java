package io.github.slakit.core;

import io.github.slakit.core.CaseEvent.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A span in which a case waited (LIFE-2): from a {@code WAITING_ON_CUSTOMER} to the next {@code
 * CUSTOMER_RESPONDED}, from a {@code WAITING_ON_VENDOR} to the next {@code AGENT_RESPONDED}, or to
 * the {@code RESOLVED} or {@code CLOSED} that ends every wait. Which metrics a wait pauses is the
 * ruleset's ({@link MetricDefinition#pausedBy()}); a pause removes from a clock only the clock's
 * own time it overlaps.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the wait: {@link Type#WAITING_ON_CUSTOMER} or {@link Type#WAITING_ON_VENDOR}
 * @param start when the wait began
 * @param end when it ended; the moment asked when it still lasts then
 * @param lasting whether the wait still lasts at the moment asked (then {@code end} is that
 *     moment)
 */
public record Pause(Type kind, Instant start, Instant end, boolean lasting) {
  /**
   * Checks the pause.
   *
   * @param kind the wait: {@link Type#WAITING_ON_CUSTOMER} or {@link Type#WAITING_ON_VENDOR}
   * @param start when the wait began
   * @param end when it ended, or the moment asked
   * @param lasting whether the wait still lasts at the moment asked
   * @throws IllegalArgumentException when {@code kind} is not a wait, or {@code end} is before
   *     {@code start} (or equal to it for a pause that ended: a wait and its end at one instant
   *     are no pause)
   */
  public Pause {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!MetricDefinition.WAITS.contains(kind)) {
      throw new IllegalArgumentException(kind + " is not a wait");
    }
    if (lasting ? end.isBefore(start) : !end.isAfter(start)) {
      throw new IllegalArgumentException(
          "a pause from " + start + " must end after it, not at " + end);
    }
  }

  /**
   * The pauses of a case, as {@link SlaEngine#status} applies its events (LIFE-1, LIFE-2): the
   * events up to {@code at}, in LIFE-1's order; a wait while the case is resolved or closed does
   * not apply, a second wait of the same kind while one lasts does not start another, and a wait
   * and its end at one instant give no pause.
   *
   * @param events the case's events, in any order; those after {@code at} are ignored
   * @param at the moment asked: a wait that has not ended by then ends there, {@code lasting}
   * @return the pauses by start, then by kind; a pause still lasting at the moment may be of zero
   *     length (a wait that began at the moment)
   */
  public static List<Pause> of(List<CaseEvent> events, Instant at) {
    Objects.requireNonNull(at, "at");
    return replay(sortedUpTo(List.copyOf(events), at), at);
  }

  /** Events up to the moment, in the order LIFE-1 applies them. */
  static List<CaseEvent> sortedUpTo(List<CaseEvent> events, Instant at) {
    List<CaseEvent> out = new ArrayList<>();
    for (CaseEvent e : events) {
      if (!e.at().isAfter(at)) {
        out.add(e);
      }
    }
    out.sort(
        Comparator.comparing(CaseEvent::at)
            .thenComparing(CaseEvent::type)
            .thenComparing(e -> -e.severity().orElse(0)));
    return out;
  }

  /** The pauses of events already sorted by {@link #sortedUpTo}. */
  static List<Pause> replay(List<CaseEvent> sorted, Instant at) {
    List<Pause> out = new ArrayList<>();
    Map<Type, Instant> waiting = new LinkedHashMap<>();
    boolean open = true;
    for (CaseEvent e : sorted) {
      Instant t = e.at();
      switch (e.type()) {
        case WAITING_ON_CUSTOMER, WAITING_ON_VENDOR -> {
          if (open) {
            waiting.putIfAbsent(e.type(), t);
          }
        }
        case CUSTOMER_RESPONDED -> end(Type.WAITING_ON_CUSTOMER, t, waiting, out);
        case AGENT_RESPONDED -> end(Type.WAITING_ON_VENDOR, t, waiting, out);
        case REOPENED -> open = true;
        case RESOLVED -> {
          endAll(t, waiting, out);
          open = false;
        }
        case CLOSED -> {
          endAll(t, waiting, out);
          // final: nothing after it applies
          out.sort(ORDER);
          return List.copyOf(out);
        }
        default -> {}
      }
    }
    for (Map.Entry<Type, Instant> w : waiting.entrySet()) {
      out.add(new Pause(w.getKey(), w.getValue(), at, true));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  private static final Comparator<Pause> ORDER =
      Comparator.comparing(Pause::start).thenComparing(Pause::kind);

  private static void end(Type wait, Instant t, Map<Type, Instant> waiting, List<Pause> out) {
    Instant from = waiting.remove(wait);
    if (from != null && from.isBefore(t)) {
      out.add(new Pause(wait, from, t, false));
    }
  }

  private static void endAll(Instant t, Map<Type, Instant> waiting, List<Pause> out) {
    for (Type w : List.copyOf(waiting.keySet())) {
      end(w, t, waiting, out);
    }
  }
}
