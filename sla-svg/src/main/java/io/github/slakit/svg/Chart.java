package io.github.slakit.svg;

import static io.github.slakit.svg.Xml.escape;
import static io.github.slakit.svg.Xml.num;

import io.github.slakit.calendars.BusinessCalendar.Interval;
import io.github.slakit.calendars.Holiday;
import io.github.slakit.calendars.TimeWindow;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.Decision.EscalationStep;
import io.github.slakit.core.Decision.Timing;
import io.github.slakit.core.Pause;
import io.github.slakit.oncall.Gap;
import io.github.slakit.oncall.Schedule;
import io.github.slakit.oncall.Shift;
import io.github.slakit.oncall.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link Model} as SVG: a title, the time axis, then one lane per kind of thing (the
 * calendar, the events, the pauses, a row per metric, the escalation steps, one per on-call
 * schedule), and a legend. Lines that cross every lane (days, business hours, holidays, daylight
 * saving changes, the moment asked) are drawn behind or over the lanes.
 *
 * <p>Colours are the Okabe-Ito palette, which stays distinct under the common colour-vision
 * deficiencies; every kind of thing also has its own shape or pattern and a text label, so that
 * nothing is told by colour alone and a grey print still reads.
 */
final class Chart {
  // Okabe-Ito
  static final String BLACK = "#000000";
  static final String ORANGE = "#E69F00"; // pauses
  static final String SKY = "#56B4E9"; // business hours
  static final String GREEN = "#009E73"; // met
  static final String YELLOW = "#F0E442"; // alarms
  static final String BLUE = "#0072B2"; // elapsed
  static final String VERMILLION = "#D55E00"; // breach
  static final String PURPLE = "#CC79A7"; // holidays
  static final String GREY = "#767676";
  static final String LIGHT_GREY = "#D9D9D9";

  static final String FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
  static final int FONT_SIZE = 11;
  static final int ROW = 14; // a row of labels
  static final int BAR = 14; // a bar's height
  static final int LANE_GAP = 8;
  static final int MARGIN = 12;

  private final Model m;
  private final Scale s;
  private final String p; // id prefix
  private final StringBuilder fg = new StringBuilder();
  private final List<String> legend = new ArrayList<>();
  private double y;

  Chart(Model model, String idPrefix) {
    this.m = model;
    this.s = model.scale();
    this.p = idPrefix;
  }

  /** An estimate of a label's width in pixels, for laying labels out so they do not overlap. */
  static double textWidth(String text, int size) {
    return text.codePointCount(0, text.length()) * size * 0.62;
  }

  String draw() {
    double width = s.right() + MARGIN;
    y = MARGIN;
    StringBuilder head = new StringBuilder();
    // title
    y += 15;
    head.append(text(MARGIN, y, m.title(), 15, "bold", "start", "title"));
    for (String line : m.subtitle()) {
      y += 16;
      head.append(text(MARGIN, y, line, 12, "normal", "start", "subtitle"));
    }
    y += 12;
    double axisTop = y;
    String axis = axis();
    double lanesTop = y;
    lanes();
    double lanesBottom = y;
    StringBuilder bg = background(axisTop, lanesTop, lanesBottom);
    StringBuilder over = overlay(axisTop, lanesBottom);
    y += LANE_GAP + 4;
    String legendSvg = legendSvg(width);
    double height = y + MARGIN;

    StringBuilder out = new StringBuilder(16384);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(p)
        .append("title ")
        .append(p)
        .append("desc\" font-family=\"")
        .append(FONT)
        .append("\" font-size=\"")
        .append(FONT_SIZE)
        .append("\">\n");
    out.append("<title id=\"")
        .append(p)
        .append("title\">")
        .append(escape(m.title()))
        .append("</title>\n");
    out.append("<desc id=\"")
        .append(p)
        .append("desc\">")
        .append(escape(m.description()))
        .append("</desc>\n");
    out.append(defs());
    out.append("<rect x=\"0\" y=\"0\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" fill=\"#FFFFFF\"/>\n");
    out.append(head).append(bg).append(axis).append(fg).append(over).append(legendSvg);
    out.append("</svg>\n");
    return out.toString();
  }

  // ---------------------------------------------------------------- patterns

  private String defs() {
    return "<defs>\n"
        + pattern("pause", 8, 45, ORANGE, 3, null)
        + pattern("holiday", 10, -45, PURPLE, 2, null)
        + pattern("overrun", 6, -45, VERMILLION, 2, "#FFFFFF")
        + pattern("gap", 6, 45, GREY, 1, "#FFFFFF")
        + "</defs>\n";
  }

  private String pattern(
      String id, int size, int angle, String colour, int stroke, @Nullable String ground) {
    StringBuilder sb = new StringBuilder();
    sb.append("<pattern id=\"")
        .append(p)
        .append(id)
        .append("\" patternUnits=\"userSpaceOnUse\" width=\"")
        .append(size)
        .append("\" height=\"")
        .append(size)
        .append("\" patternTransform=\"rotate(")
        .append(angle)
        .append(")\">");
    if (ground != null) {
      sb.append("<rect width=\"")
          .append(size)
          .append("\" height=\"")
          .append(size)
          .append("\" fill=\"")
          .append(ground)
          .append("\"/>");
    }
    sb.append("<rect width=\"")
        .append(stroke)
        .append("\" height=\"")
        .append(size)
        .append("\" fill=\"")
        .append(colour)
        .append("\"/></pattern>\n");
    return sb.toString();
  }

  private String fill(String id) {
    return "url(#" + p + id + ")";
  }

  // ---------------------------------------------------------------- axis and background

  /** Day names and local hours over the plot; sets {@code y} below it. */
  private String axis() {
    StringBuilder sb = new StringBuilder("<g class=\"axis\">\n");
    double dayRow = y + 12;
    double hourRow = y + 26;
    LocalDate first = s.date(s.from);
    LocalDate last = s.date(s.to.minusNanos(1));
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      double x0 = s.clampedX(s.startOf(d));
      double x1 = s.clampedX(s.startOf(d.plusDays(1)));
      String full = Scale.day(d);
      String label =
          x1 - x0 >= textWidth(full, FONT_SIZE) + 4
              ? full
              : x1 - x0 >= textWidth("00", FONT_SIZE) + 2
                  ? Integer.toString(d.getDayOfMonth())
                  : "";
      if (!label.isEmpty()) {
        sb.append(text((x0 + x1) / 2, dayRow, label, FONT_SIZE, "bold", "middle", "day"));
      }
    }
    int step = hourStep(s.hourWidth());
    if (step > 0) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        for (int h = step; h < 24; h += step) {
          Instant t = s.hourMark(d, h);
          if (t != null && s.contains(t)) {
            double x = s.x(t);
            sb.append(line(x, hourRow + 3, x, hourRow + 7, GREY, 1, null, "hour"));
            sb.append(text(x, hourRow, Scale.two(h), 9, "normal", "middle", "hour"));
          }
        }
      }
    }
    sb.append("</g>\n");
    y = hourRow + 10;
    return sb.toString();
  }

  /** Hours between two marks so that marks are at least 22 pixels apart; 0 for none. */
  static int hourStep(double hourWidth) {
    for (int step : new int[] {1, 2, 3, 6, 12}) {
      if (hourWidth * step >= 22) {
        return step;
      }
    }
    return 0;
  }

  private StringBuilder background(double axisTop, double top, double bottom) {
    StringBuilder sb = new StringBuilder("<g class=\"background\">\n");
    sb.append(rect(s.left, top, s.width, bottom - top, "#FFFFFF", LIGHT_GREY, null, "plot"));
    // business hours, faintly, behind every lane
    for (Interval i : m.calendar().intervals(s.from, s.to)) {
      sb.append(span("business-hours-band", i.start(), i.end(), top, bottom - top))
          .append(" fill=\"" + SKY + "\" fill-opacity=\"0.12\"/>\n");
    }
    // holidays: the local day, hatched
    for (Holiday h : holidays()) {
      sb.append(
              span(
                  "holiday-band",
                  s.startOf(h.date()),
                  s.startOf(h.date().plusDays(1)),
                  axisTop,
                  bottom - axisTop))
          .append(" data-date=\"" + h.date() + "\" fill=\"" + fill("holiday"))
          .append("\" fill-opacity=\"0.45\"/>\n");
    }
    // local midnights
    LocalDate first = s.date(s.from);
    LocalDate last = s.date(s.to.minusNanos(1));
    for (LocalDate d = first.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      double x = s.x(s.startOf(d));
      sb.append(line(x, axisTop, x, bottom, "#A0A0A0", 1, null, "midnight"));
    }
    sb.append("</g>\n");
    return sb;
  }

  /** Daylight saving changes and the moment asked, over every lane. */
  private StringBuilder overlay(double top, double bottom) {
    StringBuilder sb = new StringBuilder("<g class=\"overlay\">\n");
    for (ZoneOffsetTransition t : transitions()) {
      sb.append(across("dst", t.getInstant(), top, bottom, 1, "1 3"));
    }
    if (m.at().isPresent() && s.contains(m.at().get())) {
      sb.append(across("now", m.at().get(), top, bottom, 1.5, "6 3"));
    }
    sb.append("</g>\n");
    return sb;
  }

  List<ZoneOffsetTransition> transitions() {
    List<ZoneOffsetTransition> out = new ArrayList<>();
    ZoneOffsetTransition t = s.zone.getRules().nextTransition(s.from);
    while (t != null && t.getInstant().isBefore(s.to)) {
      out.add(t);
      t = s.zone.getRules().nextTransition(t.getInstant());
    }
    return out;
  }

  /** The holidays of the range's dates, one per date (names of a date joined). */
  List<Holiday> holidays() {
    Map<LocalDate, Holiday> byDate = new LinkedHashMap<>();
    for (Holiday h : m.calendar().holidays(s.date(s.from), s.date(s.to.minusNanos(1)))) {
      Holiday before = byDate.get(h.date());
      byDate.put(
          h.date(),
          before == null || before.name().equals(h.name())
              ? h
              : new Holiday(h.date(), before.name() + "; " + h.name(), h.localName(), h.kind()));
    }
    return List.copyOf(byDate.values());
  }

  // ---------------------------------------------------------------- lanes

  private void lanes() {
    calendarLane();
    eventLane();
    if (!m.pauses().isEmpty()) {
      pauseLane();
    }
    for (Model.Row r : m.metrics()) {
      metricLane(r);
    }
    if (!m.notCovered().isEmpty()) {
      notCoveredLane();
    }
    if (!m.steps().isEmpty()) {
      stepLane();
    }
    for (Schedule sc : m.schedules()) {
      scheduleLane(sc);
    }
  }

  /** Labels of a lane, laid out in rows so that none overlaps another. */
  private final class Labels {
    private final List<Double> rowEnds = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();

    /** Places a label starting at (or, near the right edge, ending at) {@code x}. */
    void add(double x, String label, String cls, @Nullable String tip) {
      double w = textWidth(label, FONT_SIZE);
      double start = x + 3;
      String anchor = "start";
      if (start + w > s.right() + MARGIN - 2) {
        start = x - 3 - w;
        anchor = "end";
      }
      start = Math.max(start, 2);
      int row = 0;
      while (row < rowEnds.size() && rowEnds.get(row) > start - 6) {
        row++;
      }
      if (row == rowEnds.size()) {
        rowEnds.add(start + w);
      } else {
        rowEnds.set(row, start + w);
      }
      double tx = anchor.equals("start") ? start : start + w;
      placed.add(new Placed(tx, row, anchor, label, cls, tip));
    }

    int rows() {
      return rowEnds.size();
    }

    /** Writes the labels with their first row's baseline at {@code top + ROW - 3}. */
    void write(double top) {
      for (Placed l : placed) {
        double ty = top + (l.row() + 1) * ROW - 3;
        fg.append("<text class=\"")
            .append(l.cls())
            .append("-label\" x=\"")
            .append(num(l.x()))
            .append("\" y=\"")
            .append(num(ty))
            .append("\" text-anchor=\"")
            .append(l.anchor())
            .append("\">")
            .append(escape(l.label()));
        String tip = l.tip();
        if (tip != null) {
          fg.append("<title>").append(escape(tip)).append("</title>");
        }
        fg.append("</text>\n");
      }
    }
  }

  /** A label where {@link Labels} put it. */
  private record Placed(
      double x, int row, String anchor, String label, String cls, @Nullable String tip) {}

  private void laneName(double top, String name, @Nullable String second) {
    fg.append(text(MARGIN, top + 13, name, 12, "bold", "start", "lane"));
    if (second != null && !second.isEmpty()) {
      fg.append(text(MARGIN, top + 27, second, FONT_SIZE, "normal", "start", "lane-detail"));
    }
  }

  private void separator(double at) {
    fg.append(line(MARGIN, at, s.right(), at, LIGHT_GREY, 1, null, "lane-separator"));
  }

  private void calendarLane() {
    double top = y;
    Labels labels = new Labels();
    for (Holiday h : holidays()) {
      labels.add(
          s.clampedX(s.startOf(h.date())),
          h.name(),
          "holiday",
          "holiday " + h.date() + ": " + h.name());
    }
    for (Map.Entry<LocalDate, List<TimeWindow>> d :
        m.calendar()
            .dates()
            .subMap(s.date(s.from), true, s.date(s.to.minusNanos(1)), true)
            .entrySet()) {
      List<String> ws = new ArrayList<>();
      d.getValue().forEach(w -> ws.add(w.toString()));
      String label = ws.isEmpty() ? "closed (own hours)" : "own hours " + String.join(", ", ws);
      labels.add(s.clampedX(s.startOf(d.getKey())), label, "date-hours", d.getKey() + ": " + label);
    }
    for (ZoneOffsetTransition t : transitions()) {
      long minutes = t.getDuration().toMinutes();
      String change =
          (minutes > 0 ? "clocks forward " : "clocks back ")
              + (Math.abs(minutes) % 60 == 0
                  ? Math.abs(minutes) / 60 + " h"
                  : Math.abs(minutes) + " min");
      labels.add(
          s.x(t.getInstant()),
          change
              + ": UTC"
              + offsetId(t.getOffsetBefore().getTotalSeconds())
              + " to UTC"
              + offsetId(t.getOffsetAfter().getTotalSeconds()),
          "dst",
          null);
    }
    double barTop = top + 4 + labels.rows() * ROW;
    labels.write(top + 2);
    String id = m.calendar().id().isEmpty() ? "the subscription's" : m.calendar().id();
    laneName(top, "Business hours", "calendar " + id);
    for (Interval i : m.calendar().intervals(s.from, s.to)) {
      fg.append(span("business-hours", i.start(), i.end(), barTop, BAR))
          .append(" fill=\"" + SKY + "\"><title>")
          .append(escape("business hours " + s.full(i.start()) + " to " + s.full(i.end())))
          .append("</title></rect>\n");
    }
    for (LocalDate d :
        m.calendar()
            .dates()
            .subMap(s.date(s.from), true, s.date(s.to.minusNanos(1)), true)
            .keySet()) {
      double x0 = s.clampedX(s.startOf(d));
      double x1 = s.clampedX(s.startOf(d.plusDays(1)));
      fg.append(rect(x0, barTop - 2, x1 - x0, BAR + 4, "none", BLACK, "2 2", "date-hours"));
    }
    legend("business-hours");
    if (!holidays().isEmpty()) {
      legend("holiday");
    }
    y = Math.max(barTop + BAR, top + 30) + LANE_GAP;
    separator(y - LANE_GAP / 2.0);
  }

  static String offsetId(int seconds) {
    int a = Math.abs(seconds);
    return (seconds < 0 ? "-" : "+") + Scale.two(a / 3600) + ":" + Scale.two(a / 60 % 60);
  }

  private void eventLane() {
    double top = y;
    Labels labels = new Labels();
    for (Model.Event e : m.events()) {
      if (s.contains(e.at())) {
        labels.add(s.x(e.at()), e.label(), "event", e.label() + ", " + s.full(e.at()));
      }
    }
    double markTop = top + 4 + labels.rows() * ROW;
    labels.write(top + 2);
    laneName(top, "Events", null);
    for (Model.Event e : m.events()) {
      if (!s.contains(e.at())) {
        continue;
      }
      double x = s.x(e.at());
      fg.append("<g class=\"event\" data-kind=\"")
          .append(e.kind())
          .append("\" data-at=\"")
          .append(e.at())
          .append("\">")
          .append(line(x, markTop, x, markTop + BAR, BLACK, 1.5, null, null))
          .append("<circle cx=\"")
          .append(num(x))
          .append("\" cy=\"")
          .append(num(markTop + BAR / 2.0))
          .append("\" r=\"3.5\" fill=\"#FFFFFF\" stroke=\"")
          .append(BLACK)
          .append("\" stroke-width=\"1.5\"/><title>")
          .append(escape(e.label() + ", " + s.full(e.at())))
          .append("</title></g>\n");
    }
    legend("event");
    y = Math.max(markTop + BAR, top + 30) + LANE_GAP;
    separator(y - LANE_GAP / 2.0);
  }

  private void pauseLane() {
    double top = y;
    Labels labels = new Labels();
    for (Pause pz : m.pauses()) {
      if (pz.end().isAfter(s.from) && pz.start().isBefore(s.to)) {
        labels.add(s.clampedX(pz.start()), pauseLabel(pz), "pause", null);
      }
    }
    double barTop = top + 4 + labels.rows() * ROW;
    labels.write(top + 2);
    laneName(top, "Pauses", "waits (LIFE-2)");
    for (Pause pz : m.pauses()) {
      if (!(pz.end().isAfter(s.from) && pz.start().isBefore(s.to))) {
        continue;
      }
      fg.append(span("pause", pz.start(), pz.end(), barTop, BAR))
          .append(" data-kind=\"" + pz.kind() + "\" fill=\"" + fill("pause"))
          .append("\" stroke=\"" + ORANGE + "\" stroke-width=\"1.5\"><title>")
          .append(escape(pauseLabel(pz) + ": " + s.full(pz.start()) + " to " + s.full(pz.end())))
          .append("</title></rect>\n");
    }
    legend("pause");
    y = Math.max(barTop + BAR, top + 30) + LANE_GAP;
    separator(y - LANE_GAP / 2.0);
  }

  static String pauseLabel(Pause pz) {
    String who =
        pz.kind() == io.github.slakit.core.CaseEvent.Type.WAITING_ON_CUSTOMER
            ? "waiting on the customer"
            : "waiting on the vendor";
    return pz.lasting() ? who + " (still at the moment)" : who;
  }

  private void metricLane(Model.Row r) {
    double top = y;
    Labels labels = new Labels();
    boolean withDate = s.hourWidth() * 24 < 140;
    r.deadline()
        .ifPresent(
            d ->
                labels.add(
                    s.clampedX(d),
                    (s.contains(d) ? "deadline " : "deadline (beyond the range) ")
                        + s.shortTime(d, withDate),
                    "deadline",
                    "deadline " + s.full(d)));
    r.metAt()
        .ifPresent(
            t -> labels.add(s.clampedX(t), "met " + s.shortTime(t, withDate), "met", s.full(t)));
    r.breachedAt()
        .ifPresent(
            t ->
                labels.add(
                    s.clampedX(t),
                    "breached " + s.shortTime(t, withDate),
                    "breach",
                    "breached at the deadline " + s.full(t)));
    for (Alarm a : r.alarms()) {
      if (s.contains(a.at())) {
        String moved =
            a.dueAt().map(d -> " (due " + s.shortTime(d, withDate) + ", moved)").orElse("");
        labels.add(
            s.x(a.at()),
            a.percent() + " %" + moved,
            "alarm",
            "alarm at " + a.percent() + " % of the target: " + s.full(a.at()));
      }
    }
    double barTop = top + 4 + labels.rows() * ROW + (labels.rows() > 0 ? 8 : 4);
    labels.write(top + 2);
    laneName(top, r.name(), r.state());
    fg.append("<g class=\"metric\" data-metric=\"").append(escape(r.key())).append("\">\n");
    if (r.start().isPresent()) {
      Instant start = r.start().get();
      Instant end = r.deadline().orElse(r.countedTo().orElse(start));
      if (r.countedTo().isPresent() && r.countedTo().get().isAfter(end)) {
        end = r.countedTo().get();
      }
      // the span to the deadline, outlined
      if (r.deadline().isPresent() && overlaps(start, r.deadline().get())) {
        double x0 = s.clampedX(start);
        double x1 = s.clampedX(r.deadline().get());
        fg.append(rect(x0, barTop, x1 - x0, BAR, "#FFFFFF", BLUE, null, "target"));
        legend("target");
      }
      if (r.countedTo().isPresent()) {
        Instant counted = r.countedTo().get();
        Instant elapsedEnd = r.deadline().filter(d -> d.isBefore(counted)).orElse(counted);
        if (overlaps(start, elapsedEnd)) {
          fg.append(span("elapsed", start, elapsedEnd, barTop, BAR))
              .append(" fill=\"" + BLUE + "\" fill-opacity=\"0.3\"/>\n");
          legend("elapsed");
        }
        for (Model.Span c : r.counting()) {
          if (overlaps(c.start(), c.end())) {
            fg.append(span("counting", c.start(), c.end(), barTop, BAR))
                .append(" fill=\"" + BLUE + "\"/>\n");
            legend("counting");
          }
        }
        for (Pause pz : r.pauses()) {
          if (overlaps(pz.start(), pz.end())) {
            fg.append(span("paused", pz.start(), pz.end(), barTop + 3, BAR - 6))
                .append(" fill=\"" + fill("pause") + "\"/>\n");
          }
        }
        // past the deadline, hatched
        if (r.deadline().isPresent()
            && counted.isAfter(r.deadline().get())
            && overlaps(r.deadline().get(), counted)) {
          fg.append(span("overrun", r.deadline().get(), counted, barTop, BAR))
              .append(" fill=\"" + fill("overrun") + "\" stroke=\"" + VERMILLION)
              .append("\" stroke-width=\"1\"/>\n");
          legend("overrun");
        }
      }
      if (!overlaps(start, end) && !start.equals(end)) {
        fg.append(
            text(
                s.left + 4,
                barTop + BAR - 3,
                "outside the range drawn",
                FONT_SIZE,
                "normal",
                "start",
                "outside"));
      }
    }
    r.deadline().filter(s::contains).ifPresent(d -> deadlineMark(d, barTop));
    r.metAt().filter(s::contains).ifPresent(t -> metMark(t, barTop));
    r.breachedAt().filter(s::contains).ifPresent(t -> breachMark(t, barTop));
    for (Alarm a : r.alarms()) {
      if (s.contains(a.at())) {
        alarmMark(a, barTop);
      }
    }
    fg.append("</g>\n");
    y = Math.max(barTop + BAR + 6, top + 32) + LANE_GAP;
    separator(y - LANE_GAP / 2.0);
  }

  private boolean overlaps(Instant a, Instant b) {
    return b.isAfter(s.from) && a.isBefore(s.to) && b.isAfter(a);
  }

  private void deadlineMark(Instant d, double barTop) {
    double x = s.x(d);
    double c = barTop - 3;
    fg.append("<g class=\"deadline\" data-at=\"")
        .append(d)
        .append("\" data-x=\"")
        .append(num(x))
        .append("\">")
        .append(line(x, barTop - 3, x, barTop + BAR + 4, BLACK, 2, null, null))
        .append("<path d=\"M")
        .append(num(x))
        .append(' ')
        .append(num(c - 5))
        .append(" L")
        .append(num(x + 5))
        .append(' ')
        .append(num(c))
        .append(" L")
        .append(num(x))
        .append(' ')
        .append(num(c + 5))
        .append(" L")
        .append(num(x - 5))
        .append(' ')
        .append(num(c))
        .append(" Z\" fill=\"")
        .append(BLACK)
        .append("\"/><title>")
        .append(escape("deadline " + s.full(d)))
        .append("</title></g>\n");
    legend("deadline");
  }

  private void metMark(Instant t, double barTop) {
    double x = s.x(t);
    double c = barTop + BAR / 2.0;
    fg.append("<g class=\"met\" data-at=\"")
        .append(t)
        .append("\"><circle cx=\"")
        .append(num(x))
        .append("\" cy=\"")
        .append(num(c))
        .append("\" r=\"6\" fill=\"")
        .append(GREEN)
        .append("\" stroke=\"")
        .append(BLACK)
        .append("\" stroke-width=\"1\"/><path d=\"M")
        .append(num(x - 3))
        .append(' ')
        .append(num(c))
        .append(" L")
        .append(num(x - 1))
        .append(' ')
        .append(num(c + 3))
        .append(" L")
        .append(num(x + 3.5))
        .append(' ')
        .append(num(c - 3))
        .append("\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"1.8\"/><title>")
        .append(escape("met " + s.full(t)))
        .append("</title></g>\n");
    legend("met");
  }

  private void breachMark(Instant t, double barTop) {
    double x = s.x(t);
    double c = barTop + BAR / 2.0;
    fg.append("<g class=\"breach\" data-at=\"")
        .append(t)
        .append("\"><rect x=\"")
        .append(num(x - 6))
        .append("\" y=\"")
        .append(num(c - 6))
        .append("\" width=\"12\" height=\"12\" fill=\"")
        .append(VERMILLION)
        .append("\" stroke=\"")
        .append(BLACK)
        .append("\" stroke-width=\"1\"/><path d=\"M")
        .append(num(x - 3.5))
        .append(' ')
        .append(num(c - 3.5))
        .append(" L")
        .append(num(x + 3.5))
        .append(' ')
        .append(num(c + 3.5))
        .append(" M")
        .append(num(x + 3.5))
        .append(' ')
        .append(num(c - 3.5))
        .append(" L")
        .append(num(x - 3.5))
        .append(' ')
        .append(num(c + 3.5))
        .append("\" stroke=\"#FFFFFF\" stroke-width=\"2\"/><title>")
        .append(escape("breached at the deadline " + s.full(t)))
        .append("</title></g>\n");
    legend("breach");
  }

  private void alarmMark(Alarm a, double barTop) {
    double x = s.x(a.at());
    double b = barTop + BAR + 6;
    fg.append("<g class=\"alarm\" data-at=\"")
        .append(a.at())
        .append("\" data-percent=\"")
        .append(a.percent())
        .append("\"><path d=\"M")
        .append(num(x))
        .append(' ')
        .append(num(b - 9))
        .append(" L")
        .append(num(x + 5))
        .append(' ')
        .append(num(b))
        .append(" L")
        .append(num(x - 5))
        .append(' ')
        .append(num(b))
        .append(" Z\" fill=\"")
        .append(YELLOW)
        .append("\" stroke=\"")
        .append(BLACK)
        .append("\" stroke-width=\"1\"/><title>")
        .append(escape("alarm at " + a.percent() + " % of the target: " + s.full(a.at())))
        .append("</title></g>\n");
    legend("alarm");
  }

  private void notCoveredLane() {
    double top = y;
    laneName(top, "Not covered", null);
    double ty = top + 13;
    for (String reason : m.notCovered()) {
      fg.append(text(s.left + 4, ty, reason, FONT_SIZE, "normal", "start", "not-covered"));
      ty += ROW;
    }
    y = Math.max(ty, top + 30) + LANE_GAP;
    separator(y - LANE_GAP / 2.0);
  }

  private void stepLane() {
    double top = y;
    Labels labels = new Labels();
    int beyond = 0;
    for (EscalationStep st : m.steps()) {
      if (s.contains(st.at())) {
        labels.add(
            s.x(st.at()),
            st.step() + ": " + String.join(", ", st.roles()),
            "step",
            "step "
                + st.step()
                + " ("
                + st.clause()
                + "), "
                + (st.timing() == Timing.DUE ? "due " : "not before ")
                + s.full(st.at())
                + ": "
                + st.action());
      } else {
        beyond++;
      }
    }
    double markTop = top + 4 + labels.rows() * ROW;
    labels.write(top + 2);
    laneName(
        top,
        "Escalation",
        beyond == 0 ? "steps and roles" : beyond + (beyond == 1 ? " step" : " steps") + " outside");
    for (EscalationStep st : m.steps()) {
      if (!s.contains(st.at())) {
        continue;
      }
      double x = s.x(st.at());
      boolean due = st.timing() == Timing.DUE;
      fg.append("<g class=\"step\" data-step=\"")
          .append(st.step())
          .append("\" data-at=\"")
          .append(st.at())
          .append("\">")
          .append(
              rect(
                  x - 4.5,
                  markTop + BAR / 2.0 - 4.5,
                  9,
                  9,
                  due ? BLACK : "#FFFFFF",
                  BLACK,
                  null,
                  null))
          .append("<title>")
          .append(
              escape(
                  "step "
                      + st.step()
                      + ", "
                      + String.join(", ", st.roles())
                      + ": "
                      + st.action()
                      + " ("
                      + (due ? "due " : "not before ")
                      + s.full(st.at())
                      + ")"))
          .append("</title></g>\n");
      legend(due ? "step-due" : "step-not-before");
    }
    y = Math.max(markTop + BAR, top + 30) + LANE_GAP;
    separator(y - LANE_GAP / 2.0);
  }

  private void scheduleLane(Schedule sc) {
    double top = y;
    Timeline tl = sc.timeline(s.from, s.to);
    Labels labels = new Labels();
    List<String> people = new ArrayList<>();
    for (Shift sh : tl.shifts()) {
      if (!people.contains(sh.person())) {
        people.add(sh.person());
      }
      double w = s.x(sh.end()) - s.x(sh.start());
      if (textWidth(sh.person(), FONT_SIZE) + 4 > w) {
        labels.add(s.x(sh.start()), sh.person(), "shift", null);
      }
    }
    for (Gap g : tl.gaps()) {
      double w = s.x(g.end()) - s.x(g.start());
      if (textWidth("nobody", FONT_SIZE) + 4 > w) {
        labels.add(s.x(g.start()), "nobody", "gap", null);
      }
    }
    double barTop = top + 4 + labels.rows() * ROW;
    labels.write(top + 2);
    laneName(top, "On call", sc.id());
    for (Shift sh : tl.shifts()) {
      double x0 = s.x(sh.start());
      double w = s.x(sh.end()) - x0;
      String shade = people.indexOf(sh.person()) % 2 == 0 ? "#E8E8E8" : "#BDBDBD";
      fg.append("<g class=\"shift\" data-person=\"")
          .append(escape(sh.person()))
          .append("\" data-start=\"")
          .append(sh.start())
          .append("\" data-end=\"")
          .append(sh.end())
          .append("\">")
          .append(rect(x0, barTop, w, BAR + 2, shade, BLACK, null, null));
      if (textWidth(sh.person(), FONT_SIZE) + 4 <= w) {
        fg.append(
            text(x0 + w / 2, barTop + BAR - 2, sh.person(), FONT_SIZE, "normal", "middle", null));
      }
      fg.append("<title>")
          .append(
              escape(
                  sh.person()
                      + " on call ("
                      + sh.source()
                      + "): "
                      + s.full(sh.start())
                      + " to "
                      + s.full(sh.end())))
          .append("</title></g>\n");
    }
    for (Gap g : tl.gaps()) {
      double x0 = s.x(g.start());
      double w = s.x(g.end()) - x0;
      fg.append("<g class=\"gap\" data-start=\"")
          .append(g.start())
          .append("\" data-end=\"")
          .append(g.end())
          .append("\">")
          .append(rect(x0, barTop, w, BAR + 2, fill("gap"), GREY, null, null));
      if (textWidth("nobody", FONT_SIZE) + 4 <= w) {
        fg.append(
            "<rect x=\""
                + num(x0 + w / 2 - 22)
                + "\" y=\""
                + num(barTop + 2)
                + "\" width=\"44\" height=\""
                + (BAR - 2)
                + "\" fill=\"#FFFFFF\"/>");
        fg.append(
            text(x0 + w / 2, barTop + BAR - 2, "nobody", FONT_SIZE, "normal", "middle", null));
      }
      fg.append("<title>")
          .append(escape("nobody on call: " + s.full(g.start()) + " to " + s.full(g.end())))
          .append("</title></g>\n");
    }
    legend("shift");
    if (!tl.gaps().isEmpty()) {
      legend("gap");
    }
    y = Math.max(barTop + BAR + 2, top + 30) + LANE_GAP;
    separator(y - LANE_GAP / 2.0);
  }

  // ---------------------------------------------------------------- legend

  private void legend(String key) {
    if (!legend.contains(key)) {
      legend.add(key);
    }
  }

  /** The legend's entries in a fixed order: what each swatch means, in words. */
  private static final String[][] LEGEND = {
    {"business-hours", "business hours"},
    {"holiday", "holiday (the whole local day)"},
    {"event", "event"},
    {"pause", "pause: waiting (hatched)"},
    {"target", "time to the deadline"},
    {"elapsed", "elapsed, not counted (closed hours or paused)"},
    {"counting", "elapsed, counted by the clock"},
    {"overrun", "past the deadline"},
    {"deadline", "deadline"},
    {"met", "met"},
    {"breach", "breached"},
    {"alarm", "alarm still to come"},
    {"step-due", "escalation step, due"},
    {"step-not-before", "escalation step, not before"},
    {"shift", "on call"},
    {"gap", "nobody on call"},
    {"now", "the moment asked"},
    {"dst", "daylight saving change"},
  };

  private String legendSvg(double width) {
    if (m.at().isPresent() && s.contains(m.at().get())) {
      legend("now");
    }
    if (!transitions().isEmpty()) {
      legend("dst");
    }
    StringBuilder sb = new StringBuilder("<g class=\"legend\">\n");
    double x = MARGIN;
    double top = y;
    sb.append(text(MARGIN, top + 11, "Legend", 12, "bold", "start", null));
    x = MARGIN + 60;
    for (String[] entry : LEGEND) {
      if (!legend.contains(entry[0])) {
        continue;
      }
      double w = 22 + textWidth(entry[1], FONT_SIZE) + 14;
      if (x + w > width - MARGIN) {
        x = MARGIN + 60;
        top += 18;
      }
      sb.append(swatch(entry[0], x, top + 2));
      sb.append(text(x + 20, top + 11, entry[1], FONT_SIZE, "normal", "start", null));
      x += w;
    }
    sb.append("</g>\n");
    y = top + 18;
    return sb.toString();
  }

  private String swatch(String key, double x, double t) {
    double c = t + 6;
    return switch (key) {
      case "business-hours" -> rect(x, t, 16, 12, SKY, null, null, null);
      case "holiday" -> rect(x, t, 16, 12, fill("holiday"), PURPLE, null, null);
      case "event" ->
          "<circle cx=\""
              + num(x + 8)
              + "\" cy=\""
              + num(c)
              + "\" r=\"3.5\" fill=\"#FFFFFF\""
              + " stroke=\""
              + BLACK
              + "\" stroke-width=\"1.5\"/>";
      case "pause" -> rect(x, t, 16, 12, fill("pause"), ORANGE, null, null);
      case "target" -> rect(x, t, 16, 12, "#FFFFFF", BLUE, null, null);
      case "elapsed" ->
          "<rect x=\""
              + num(x)
              + "\" y=\""
              + num(t)
              + "\" width=\"16\" height=\"12\" fill=\""
              + BLUE
              + "\" fill-opacity=\"0.3\"/>";
      case "counting" -> rect(x, t, 16, 12, BLUE, null, null, null);
      case "overrun" -> rect(x, t, 16, 12, fill("overrun"), VERMILLION, null, null);
      case "deadline" ->
          line(x + 8, t - 1, x + 8, t + 13, BLACK, 2, null, null)
              + "<path d=\"M"
              + num(x + 8)
              + " "
              + num(t - 2)
              + " L"
              + num(x + 12)
              + " "
              + num(t + 2)
              + " L"
              + num(x + 8)
              + " "
              + num(t + 6)
              + " L"
              + num(x + 4)
              + " "
              + num(t + 2)
              + " Z\" fill=\""
              + BLACK
              + "\"/>";
      case "met" ->
          "<circle cx=\""
              + num(x + 8)
              + "\" cy=\""
              + num(c)
              + "\" r=\"6\" fill=\""
              + GREEN
              + "\" stroke=\""
              + BLACK
              + "\" stroke-width=\"1\"/>";
      case "breach" ->
          rect(x + 2, t, 12, 12, VERMILLION, BLACK, null, null)
              + "<path d=\"M"
              + num(x + 4.5)
              + " "
              + num(t + 2.5)
              + " L"
              + num(x + 11.5)
              + " "
              + num(t + 9.5)
              + " M"
              + num(x + 11.5)
              + " "
              + num(t + 2.5)
              + " L"
              + num(x + 4.5)
              + " "
              + num(t + 9.5)
              + "\" stroke=\"#FFFFFF\" stroke-width=\"2\"/>";
      case "alarm" ->
          "<path d=\"M"
              + num(x + 8)
              + " "
              + num(t + 1)
              + " L"
              + num(x + 13)
              + " "
              + num(t + 11)
              + " L"
              + num(x + 3)
              + " "
              + num(t + 11)
              + " Z\" fill=\""
              + YELLOW
              + "\" stroke=\""
              + BLACK
              + "\" stroke-width=\"1\"/>";
      case "step-due" -> rect(x + 3.5, t + 1.5, 9, 9, BLACK, BLACK, null, null);
      case "step-not-before" -> rect(x + 3.5, t + 1.5, 9, 9, "#FFFFFF", BLACK, null, null);
      case "shift" -> rect(x, t, 16, 12, "#E8E8E8", BLACK, null, null);
      case "gap" -> rect(x, t, 16, 12, fill("gap"), GREY, null, null);
      case "now" -> line(x + 8, t - 1, x + 8, t + 13, BLACK, 1.5, "6 3", null);
      case "dst" -> line(x + 8, t - 1, x + 8, t + 13, BLACK, 1, "1 3", null);
      default -> throw new AssertionError(key);
    };
  }

  // ---------------------------------------------------------------- elements

  /**
   * The start of a {@code <rect>} over {@code [a, b)} held within the axis, with its class and the
   * instants as data attributes; the caller adds its paint and closes it.
   */
  private String span(String cls, Instant a, Instant b, double top, double height) {
    double x0 = s.clampedX(a);
    return "<rect class=\""
        + cls
        + "\" data-start=\""
        + a
        + "\" data-end=\""
        + b
        + "\" x=\""
        + num(x0)
        + "\" y=\""
        + num(top)
        + "\" width=\""
        + num(Math.max(s.clampedX(b) - x0, 0))
        + "\" height=\""
        + num(height)
        + '"';
  }

  /** A dashed line across the lanes at an instant. */
  private String across(
      String cls, Instant t, double top, double bottom, double width, String dash) {
    double x = s.x(t);
    return "<line class=\""
        + cls
        + "\" data-at=\""
        + t
        + "\" x1=\""
        + num(x)
        + "\" y1=\""
        + num(top)
        + "\" x2=\""
        + num(x)
        + "\" y2=\""
        + num(bottom)
        + "\" stroke=\""
        + BLACK
        + "\" stroke-width=\""
        + num(width)
        + "\" stroke-dasharray=\""
        + dash
        + "\"/>\n";
  }

  static String text(
      double x,
      double y,
      String text,
      int size,
      String weight,
      String anchor,
      @Nullable String cls) {
    StringBuilder sb = new StringBuilder("<text");
    if (cls != null) {
      sb.append(" class=\"").append(cls).append('"');
    }
    sb.append(" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    if (size != FONT_SIZE) {
      sb.append(" font-size=\"").append(size).append('"');
    }
    if (!weight.equals("normal")) {
      sb.append(" font-weight=\"").append(weight).append('"');
    }
    if (!anchor.equals("start")) {
      sb.append(" text-anchor=\"").append(anchor).append('"');
    }
    return sb.append(" fill=\"#000000\">").append(escape(text)).append("</text>\n").toString();
  }

  static String line(
      double x1,
      double y1,
      double x2,
      double y2,
      String stroke,
      double width,
      @Nullable String dash,
      @Nullable String cls) {
    StringBuilder sb = new StringBuilder("<line");
    if (cls != null) {
      sb.append(" class=\"").append(cls).append('"');
    }
    sb.append(" x1=\"")
        .append(num(x1))
        .append("\" y1=\"")
        .append(num(y1))
        .append("\" x2=\"")
        .append(num(x2))
        .append("\" y2=\"")
        .append(num(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(num(width))
        .append('"');
    if (dash != null) {
      sb.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    return sb.append("/>\n").toString();
  }

  static String rect(
      double x,
      double y,
      double w,
      double h,
      String fill,
      @Nullable String stroke,
      @Nullable String dash,
      @Nullable String cls) {
    StringBuilder sb = new StringBuilder("<rect");
    if (cls != null) {
      sb.append(" class=\"").append(cls).append('"');
    }
    sb.append(" x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(Math.max(w, 0)))
        .append("\" height=\"")
        .append(num(h))
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    if (stroke != null) {
      sb.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1\"");
    }
    if (dash != null) {
      sb.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    return sb.append("/>\n").toString();
  }
}
