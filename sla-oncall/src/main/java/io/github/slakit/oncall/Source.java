package io.github.slakit.oncall;

import io.github.slakit.calendars.internal.JsonFields;
import java.util.Objects;

/**
 * Where an on-call answer comes from: a layer of the schedule or an override, by its position in
 * the schedule's list (from 1) and, for a layer, its name.
 *
 * @param kind a layer or an override
 * @param index the position in the schedule's layers or overrides, from 1
 * @param name the layer's name ({@code ""} when it has none, and for an override)
 */
public record Source(Kind kind, int index, String name) {
  /** A layer's rotation or an override. */
  public enum Kind {
    /** A layer's rotation. */
    LAYER,
    /** A one-off override. */
    OVERRIDE
  }

  /**
   * Checks the source.
   *
   * @param kind a layer or an override
   * @param index the position, from 1
   * @param name the layer's name, or {@code ""}
   * @throws IllegalArgumentException when {@code index} is below 1
   */
  public Source {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (index < 1) {
      throw new IllegalArgumentException("index " + index + " must be 1 or more");
    }
  }

  /**
   * {@code layer 2 "Seoul"}, {@code layer 1}, {@code override 3}: how messages and the harness name
   * a source.
   *
   * @return the source in words
   */
  @Override
  public String toString() {
    return (kind == Kind.LAYER ? "layer " : "override ")
        + index
        + (name.isEmpty() ? "" : " " + JsonFields.quote(name));
  }
}
