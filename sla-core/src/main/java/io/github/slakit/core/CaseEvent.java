package io.github.slakit.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a case at an instant: a reply, a wait, a change of severity, a
 * resolution (docs/LIFECYCLE.md). The clocks of a case's metrics are a function of its events.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what happened
 * @param at when it happened
 * @param severity the new severity, 1 (most urgent) to 4: present exactly for {@link
 *     Type#SEVERITY_CHANGED}
 */
public record CaseEvent(Type type, Instant at, Optional<Integer> severity) {
  /**
   * Checks the event.
   *
   * @param type what happened
   * @param at when it happened
   * @param severity the new severity: present exactly for {@link Type#SEVERITY_CHANGED}
   * @throws IllegalArgumentException when the severity is missing, misplaced or not 1..4
   */
  public CaseEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(severity, "severity");
    if (severity.isPresent() != (type == Type.SEVERITY_CHANGED)) {
      throw new IllegalArgumentException(
          type == Type.SEVERITY_CHANGED
              ? "SEVERITY_CHANGED needs the new severity"
              : type + " has no severity");
    }
    severity.ifPresent(
        s -> {
          if (s < 1 || s > 4) {
            throw new IllegalArgumentException("severity (" + s + ") must be 1..4");
          }
        });
  }

  /**
   * An event of a type that carries nothing but its instant.
   *
   * @param type what happened; not {@link Type#SEVERITY_CHANGED}
   * @param at when it happened
   * @return the event
   */
  public static CaseEvent of(Type type, Instant at) {
    return new CaseEvent(type, at, Optional.empty());
  }

  /**
   * A change of the case's severity.
   *
   * @param at when it changed
   * @param severity the new severity, 1 (most urgent) to 4
   * @return the event
   */
  public static CaseEvent severityChanged(Instant at, int severity) {
    return new CaseEvent(Type.SEVERITY_CHANGED, at, Optional.of(severity));
  }

  /**
   * The kinds of event. Events at one instant apply in the order of this enum (LIFE-1), so that a
   * wait and its end at one instant are a pause of zero length.
   */
  public enum Type {
    /** The case opened; it is the case's {@code openedAt} and needs no event. */
    OPENED,
    /** A resolved case opened again: {@code RESOLUTION} starts a new cycle. */
    REOPENED,
    /** The severity changed: running cycles take the new severity's target (LIFE-6). */
    SEVERITY_CHANGED,
    /**
     * The case went to the vendor's next tier (Veeam's global support centre): starts the clocks
     * a ruleset counts from there, such as Veeam's days with the HQ engineer.
     */
    ESCALATED,
    /** The case waits on the customer: a pause until the customer responds (LIFE-2). */
    WAITING_ON_CUSTOMER,
    /** The case waits on a third party or the vendor: a pause until the agent responds. */
    WAITING_ON_VENDOR,
    /** The customer replied. */
    CUSTOMER_RESPONDED,
    /** An agent replied in public: stops the response clocks. */
    AGENT_RESPONDED,
    /** The case was resolved: stops {@code RESOLUTION} and ends the response clocks. */
    RESOLVED,
    /** The case was closed: final; later events are ignored. */
    CLOSED
  }
}
