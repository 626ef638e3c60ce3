package io.github.slakit.oncall;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A schedule's final timeline over {@code [from, to)}: the shifts (after layers and overrides,
 * ONCALL-4) and the gaps where nobody is on call. Shifts and gaps together cover the range
 * exactly, without overlapping, each list in order; a shift or gap that runs past either end is
 * cut to the range.
 *
 * @param from the first instant of the range
 * @param to the first instant after it
 * @param shifts the shifts, in order
 * @param gaps the gaps, in order
 */
public record Timeline(Instant from, Instant to, List<Shift> shifts, List<Gap> gaps) {
  /**
   * Checks and copies the lists.
   *
   * @param from the first instant of the range
   * @param to the first instant after it, not before {@code from}
   * @param shifts the shifts, in order
   * @param gaps the gaps, in order
   */
  public Timeline {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    shifts = List.copyOf(shifts);
    gaps = List.copyOf(gaps);
  }
}
