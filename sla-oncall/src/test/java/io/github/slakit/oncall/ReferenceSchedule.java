package io.github.slakit.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A slow, obviously-correct reading of ONCALL-4, independent of {@link Schedule}: it answers for
 * one minute at a time, finds a hand-off as the earliest minute whose wall-clock time has reached
 * the hand-off time (so a time in a gap is the first instant after it, a time that occurs twice its
 * first occurrence), counts turns one by one from the first hand-off, and looks at the restriction
 * windows of the local dates around a minute, each resolved by TIME-4 on its own (a start as a
 * hand-off is, an end likewise but at its second occurrence in an overlap).
 *
 * <p>Exact for schedules whose times are whole minutes in zones whose offsets are whole minutes.
 */
final class ReferenceSchedule {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** One layer, ready to step through. */
  private static final class Layer {
    final io.github.slakit.oncall.Layer layer;
    final ZoneId zone;
    long turn; // the turn counted so far
    Instant nextHandoff;

    Layer(io.github.slakit.oncall.Layer layer, ZoneId zone) {
      this.layer = layer;
      this.zone = zone;
      this.turn = -1;
      this.nextHandoff = handoff(0);
    }

    /** Whether a window of a restriction, on the local date of t or the day before, holds t. */
    boolean shown(Instant t) {
      if (layer.restrictions().isEmpty()) {
        return true;
      }
      LocalDate date = LocalDate.ofInstant(t, zone);
      for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
        for (Restriction r : layer.restrictions()) {
          if (!r.days().contains(d.getDayOfWeek())) {
            continue;
          }
          LocalDateTime open = d.atTime(r.window().start());
          LocalDateTime close =
              (r.window().crossesMidnight() ? d.plusDays(1) : d).atTime(r.window().end());
          if (!t.isBefore(wallClock(open, zone)) && t.isBefore(wallEnd(close, zone))) {
            return true;
          }
        }
      }
      return false;
    }

    Instant handoff(long k) {
      return wallClock(layer.start().plus(layer.turn().multipliedBy(k)), zone);
    }

    /**
     * The participant at minute {@code t}; minutes must be asked in increasing order. The turns
     * are counted one hand-off at a time from the first.
     */
    String at(Instant t) {
      while (!nextHandoff.isAfter(t)) {
        turn++;
        nextHandoff = handoff(turn + 1);
      }
      if (turn < 0 || !shown(t)) {
        return null;
      }
      return layer.participants().get((int) (turn % layer.participants().size()));
    }
  }

  /**
   * The earliest whole minute whose wall-clock time in the zone is {@code time} or later: from the
   * minute java.time gives for it (moved forward past a gap, at its earlier offset in an overlap),
   * step back while the minute before also shows {@code time} or later.
   */
  static Instant wallClock(LocalDateTime time, ZoneId zone) {
    Instant t = ZonedDateTime.ofLocal(time, zone, null).withEarlierOffsetAtOverlap().toInstant();
    while (!LocalDateTime.ofInstant(t.minus(MINUTE), zone).isBefore(time)) {
      t = t.minus(MINUTE);
    }
    return t;
  }

  /** The end of a window: its second occurrence in an overlap, else as {@link #wallClock}. */
  static Instant wallEnd(LocalDateTime time, ZoneId zone) {
    return zone.getRules().getValidOffsets(time).size() == 2
        ? ZonedDateTime.ofLocal(time, zone, null).withLaterOffsetAtOverlap().toInstant()
        : wallClock(time, zone);
  }

  private final Schedule schedule;

  ReferenceSchedule(Schedule schedule) {
    this.schedule = schedule;
  }

  /**
   * Who is on call at each minute of {@code [from, to)} ({@code from} a whole minute), null for
   * nobody; with the source ("layer 2", "override 1") in {@code sources}.
   */
  String[] minutes(Instant from, Instant to, String[] sources) {
    List<Layer> layers = new ArrayList<>();
    for (io.github.slakit.oncall.Layer l : schedule.layers()) {
      layers.add(new Layer(l, l.zone().orElse(schedule.zone())));
    }
    int n = (int) Duration.between(from, to).toMinutes();
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      Instant t = from.plus(MINUTE.multipliedBy(i));
      String who = null;
      String source = null;
      for (int k = 0; k < layers.size(); k++) {
        String p = layers.get(k).at(t);
        if (p != null) {
          who = p;
          source = "layer " + (k + 1);
        }
      }
      List<ScheduleOverride> overrides = schedule.overrides();
      for (int k = 0; k < overrides.size(); k++) {
        ScheduleOverride o = overrides.get(k);
        if (!t.isBefore(o.start()) && t.isBefore(o.end())) {
          who = o.person();
          source = "override " + (k + 1);
        }
      }
      out[i] = who;
      sources[i] = source;
    }
    return out;
  }
}
