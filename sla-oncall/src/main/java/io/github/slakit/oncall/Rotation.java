package io.github.slakit.oncall;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.WallClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A layer made ready to answer: its zone's rules, its turn in seconds, its first hand-off as an
 * instant, and its restrictions as a calendar of weekly windows (so that restriction windows
 * resolve across daylight saving exactly as business hours do, TIME-4).
 */
final class Rotation {
  /** A visible stretch of one turn: {@code [start, end)} with its participant. */
  record Piece(Instant start, Instant end, String person) {}

  final Source source;
  private final String[] people;
  private final ZoneRules rules;
  private final LocalDateTime start;
  private final long turnSeconds;

  /** The first hand-off: before it, the layer has nobody. */
  final Instant first;

  /** The restrictions as weekly windows; null when the layer is always shown. */
  private final @Nullable BusinessCalendar shown;

  Rotation(Layer layer, int index, ZoneId scheduleZone) {
    this.source = new Source(Source.Kind.LAYER, index, layer.name().orElse(""));
    this.people = layer.participants().toArray(String[]::new);
    ZoneId zone = layer.zone().orElse(scheduleZone);
    this.rules = zone.getRules();
    this.start = layer.start();
    this.turnSeconds = layer.turn().getSeconds();
    this.first = handoff(0);
    if (layer.restrictions().isEmpty()) {
      this.shown = null;
    } else {
      BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
      for (Restriction r : layer.restrictions()) {
        b.addWeekly(r.days(), r.window());
      }
      this.shown = b.build();
    }
  }

  /** The instant turn {@code k} starts: its local start resolved by TIME-4 (ONCALL-4). */
  Instant handoff(long k) {
    return WallClock.start(start.plusSeconds(Math.multiplyExact(k, turnSeconds)), rules);
  }

  /**
   * The turn in force at {@code t}, at or after the first hand-off: the last turn whose hand-off is
   * not after {@code t} (a turn whose hand-off falls in a gap together with the next one's has no
   * time of its own).
   */
  long turnAt(Instant t) {
    LocalDateTime local =
        LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), rules.getOffset(t));
    long k = Math.max(0, Math.floorDiv(Duration.between(start, local).getSeconds(), turnSeconds));
    while (k > 0 && handoff(k).isAfter(t)) {
      k--;
    }
    while (!handoff(k + 1).isAfter(t)) {
      k++;
    }
    return k;
  }

  String person(long turn) {
    return people[(int) Math.floorMod(turn, (long) people.length)];
  }

  /** Who the layer shows at {@code t}, or null. */
  @Nullable String at(Instant t) {
    if (t.isBefore(first) || shown != null && !shown.isBusinessTime(t)) {
      return null;
    }
    return person(turnAt(t));
  }

  /** The layer's visible stretches within {@code [from, to)}, in order, cut to the range. */
  void pieces(Instant from, Instant to, List<Piece> out) {
    Instant lo = from.isBefore(first) ? first : from;
    if (!lo.isBefore(to)) {
      return;
    }
    List<BusinessCalendar.Interval> windows =
        shown == null ? List.of(new BusinessCalendar.Interval(lo, to)) : shown.intervals(lo, to);
    if (windows.isEmpty()) {
      return;
    }
    long k = turnAt(windows.get(0).start());
    Instant turnStart = handoff(k);
    Instant turnEnd = handoff(k + 1);
    int w = 0;
    while (w < windows.size()) {
      BusinessCalendar.Interval window = windows.get(w);
      if (!turnEnd.isAfter(window.start())) { // the turn ends before this window: its turn
        k = turnAt(window.start());
        turnStart = handoff(k);
        turnEnd = handoff(k + 1);
        continue;
      }
      Instant s = turnStart.isAfter(window.start()) ? turnStart : window.start();
      Instant e = turnEnd.isBefore(window.end()) ? turnEnd : window.end();
      if (s.isBefore(e)) {
        out.add(new Piece(s, e, person(k)));
      }
      if (turnEnd.isBefore(window.end())) {
        k++;
        turnStart = turnEnd;
        turnEnd = handoff(k + 1);
      } else {
        w++;
      }
    }
  }
}
