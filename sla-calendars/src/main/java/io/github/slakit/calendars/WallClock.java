package io.github.slakit.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Wall-clock times to instants by docs/POLICIES.md TIME-4. A time in a daylight-saving gap resolves to
 * the transition instant (the first instant after the gap), whether it starts or ends a window; a
 * time in an overlap resolves to its first occurrence when it starts a window and to its second
 * when it ends one.
 *
 * <p>{@link #start} is public: on-call rotations hand off by the same rule (ONCALL-4), so that
 * every wall-clock time slakit resolves is resolved in one place. Stateless and thread-safe.
 */
public final class WallClock {
  private WallClock() {}

  /**
   * The instant a window (or a turn of a rotation) starting at {@code time} opens: {@code time}
   * itself where it occurs once, the first instant after the gap where it does not occur (a
   * spring-forward gap), its first occurrence where it occurs twice (a fall-back overlap).
   *
   * @param time a local date-time
   * @param rules the rules of the zone it is read in
   * @return the instant it resolves to; never earlier than the instant of an earlier local time
   */
  public static Instant start(LocalDateTime time, ZoneRules rules) {
    return resolve(time, rules, true);
  }

  /** The instant a window ending at {@code time} closes. */
  static Instant end(LocalDateTime time, ZoneRules rules) {
    return resolve(time, rules, false);
  }

  /** The first instant of a local date (a date starting in a gap starts at the transition). */
  static Instant startOfDay(LocalDate date, ZoneRules rules) {
    return resolve(date.atStartOfDay(), rules, true);
  }

  private static Instant resolve(LocalDateTime time, ZoneRules rules, boolean first) {
    List<ZoneOffset> offsets = rules.getValidOffsets(time);
    if (offsets.size() == 1) {
      return time.toInstant(offsets.get(0));
    }
    if (offsets.isEmpty()) {
      return rules.getTransition(time).getInstant();
    }
    Instant a = time.toInstant(offsets.get(0));
    Instant b = time.toInstant(offsets.get(1));
    boolean aFirst = a.isBefore(b);
    return first == aFirst ? a : b;
  }
}
