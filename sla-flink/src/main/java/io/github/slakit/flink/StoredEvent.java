package io.github.slakit.flink;

import io.github.slakit.core.CaseEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A case's event as the job keeps it in Flink state: a record of a string, an instant and a
 * number, which Flink serializes without Kryo ({@link CaseEvent} holds an {@link Optional}, which
 * it would not).
 *
 * @param type the event's type ({@code AGENT_RESPONDED})
 * @param at when it happened
 * @param severity the new severity of a {@code SEVERITY_CHANGED}, else 0
 */
public record StoredEvent(String type, Instant at, int severity) {
  /**
   * Checks the event.
   *
   * @param type the event's type
   * @param at when it happened
   * @param severity the new severity, or 0
   */
  public StoredEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
  }

  /**
   * The stored form of an event.
   *
   * @param e the event
   * @return its stored form
   */
  public static StoredEvent of(CaseEvent e) {
    return new StoredEvent(e.type().name(), e.at(), e.severity().orElse(0));
  }

  /** {@return the event} */
  public CaseEvent event() {
    return new CaseEvent(
        CaseEvent.Type.valueOf(type), at, severity == 0 ? Optional.empty() : Optional.of(severity));
  }
}
