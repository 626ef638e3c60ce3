package io.github.slakit.svg;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.BusinessCalendar.Interval;
import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.MetricStatus;
import io.github.slakit.core.ClockKind;
import io.github.slakit.core.Decision;
import io.github.slakit.core.Decision.TargetStatus;
import io.github.slakit.core.MetricDefinition;
import io.github.slakit.core.Notice;
import io.github.slakit.core.Pause;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.Severity;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.TimeSpan;
import io.github.slakit.oncall.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A case's SLA timeline as a picture: an SVG document of the case over a range of time, in the
 * manner of a help desk's SLA timeline (docs/TIMELINE.md). The time axis is in the calendar's zone
 * (local dates and hours, daylight saving changes marked); the calendar's business hours are
 * bands, its holidays and dates with their own hours are marked with their names; then the case's
 * events, its pauses hatched, and per metric a bar from its start to its deadline with the elapsed
 * part filled (solid where the clock counted), the breach marked, and the alarms still to come;
 * the escalation steps with their roles; and, for each schedule given, who is on call.
 *
 * <pre>{@code
 * TimelineSvg pictures = TimelineSvg.of(engine);
 * String svg = pictures.status(supportCase, subscription, events, status);
 * String svg2 = pictures.decision(supportCase, subscription, decision);
 * }</pre>
 *
 * <p>The picture is text (labels are SVG text, readable by search and screen readers), uses the
 * Okabe-Ito colours with a pattern or shape for each kind of thing, and prints in grey. The same
 * inputs give the same bytes; every text from the input is escaped. Nothing reads a clock: a
 * status's picture shows the moment it was asked for.
 *
 * <p>Immutable and thread-safe: the {@code with} methods return a changed copy.
 */
public final class TimelineSvg {
  /** The left column, where lanes are named, in pixels; the time axis starts there. */
  public static final int LABEL_WIDTH = 220;

  /** The time axis's width in pixels unless {@link #withAxisWidth} says otherwise. */
  public static final int AXIS_WIDTH = 1200;

  /** The longest range drawn when none is given: 31 days from the opening's local midnight. */
  public static final int AUTO_DAYS = 31;

  /** The longest range {@link #withRange} accepts. */
  public static final Duration MAX_RANGE = Duration.ofDays(92);

  private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

  private final SlaEngine engine;
  private final List<Schedule> schedules;
  private final Optional<Instant> from;
  private final Optional<Instant> to;
  private final int axisWidth;
  private final String idPrefix;

  private TimelineSvg(
      SlaEngine engine,
      List<Schedule> schedules,
      Optional<Instant> from,
      Optional<Instant> to,
      int axisWidth,
      String idPrefix) {
    this.engine = engine;
    this.schedules = schedules;
    this.from = from;
    this.to = to;
    this.axisWidth = axisWidth;
    this.idPrefix = idPrefix;
  }

  /**
   * Pictures of the cases {@code engine} decides: it gives the calendars, the rulesets' metrics
   * and the escalation steps. No schedule, the range chosen from each case, {@link #AXIS_WIDTH}.
   *
   * @param engine the engine that gave the statuses and decisions to draw
   * @return the pictures' settings
   */
  public static TimelineSvg of(SlaEngine engine) {
    return new TimelineSvg(
        Objects.requireNonNull(engine, "engine"),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        AXIS_WIDTH,
        "slakit-");
  }

  /**
   * These settings with on-call schedules: a lane per schedule, in order, with its shifts (who is
   * on call) and gaps (nobody) over the range.
   *
   * @param schedules the schedules; empty for none
   * @return a copy with the schedules
   */
  public TimelineSvg withSchedules(List<Schedule> schedules) {
    return new TimelineSvg(engine, List.copyOf(schedules), from, to, axisWidth, idPrefix);
  }

  /**
   * These settings with a fixed range instead of one chosen from each case (from the opening's
   * local midnight to the midnight after the last thing to draw, at most {@link #AUTO_DAYS} days).
   * What falls outside is left out, and its lane says so.
   *
   * @param from the range's start
   * @param to the range's end, after {@code from}, at most {@link #MAX_RANGE} later
   * @return a copy with the range
   * @throws IllegalArgumentException when {@code to} is not after {@code from} or the range is
   *     longer than {@link #MAX_RANGE}
   */
  public TimelineSvg withRange(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException(
          "range: to (" + to + ") must be after from (" + from + ")");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw new IllegalArgumentException(
          "range: " + from + " to " + to + " is longer than " + MAX_RANGE.toDays() + " days");
    }
    return new TimelineSvg(
        engine, schedules, Optional.of(from), Optional.of(to), axisWidth, idPrefix);
  }

  /**
   * These settings with another width of the time axis: the picture is {@link #LABEL_WIDTH} plus
   * this plus a margin of 12 pixels wide.
   *
   * @param pixels 300 to 8000
   * @return a copy with the width
   * @throws IllegalArgumentException when {@code pixels} is outside 300..8000
   */
  public TimelineSvg withAxisWidth(int pixels) {
    if (pixels < 300 || pixels > 8000) {
      throw new IllegalArgumentException("axis width " + pixels + " is not 300..8000 pixels");
    }
    return new TimelineSvg(engine, schedules, from, to, pixels, idPrefix);
  }

  /**
   * These settings with another prefix for the ids inside a picture (its patterns, title and
   * description), so that several pictures in one HTML page do not share ids.
   *
   * @param prefix a letter, then up to 39 letters, digits, {@code -} or {@code _}
   * @return a copy with the prefix
   * @throws IllegalArgumentException when the prefix is not of that form
   */
  public TimelineSvg withIdPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!ID_PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "id prefix \"" + Xml.escape(prefix) + "\" is not a letter then letters, digits, - or _");
    }
    return new TimelineSvg(engine, schedules, from, to, axisWidth, prefix);
  }

  /**
   * The picture of a case's status: where its clocks stood at the moment asked, after its events.
   * The escalation steps are those of the decision at the severity requested at the moment.
   *
   * @param supportCase the case the status is of
   * @param subscription its subscription
   * @param events the events the status was computed from (those after the moment are not drawn)
   * @param status the status, from {@link SlaEngine#status} with the same case, subscription and
   *     events
   * @return an SVG document, UTF-8 text with no XML declaration
   * @throws IllegalArgumentException when the status is of another case or subscription
   * @throws io.github.slakit.core.SlaInputException when the engine cannot evaluate the case (a
   *     status of it could not have been computed either)
   */
  public String status(
      SupportCase supportCase,
      Subscription subscription,
      List<CaseEvent> events,
      CaseStatus status) {
    Objects.requireNonNull(status, "status");
    same(supportCase, subscription, status.caseId(), status.subscriptionId(), "status");
    List<CaseEvent> evs = List.copyOf(events);
    Instant at = status.at();
    Instant opened = supportCase.openedAt().toInstant();
    BusinessCalendar calendar =
        calendar(
            supportCase,
            subscription,
            status.metrics().stream().flatMap(m -> m.calendar().stream()).findFirst());
    Decision inForce =
        engine.evaluate(supportCase.withSeverity(status.requestedSeverity()), subscription);
    List<Pause> pauses = Pause.of(evs, at);
    List<MetricDefinition> definitions = definitions(supportCase);

    List<Instant> content = new ArrayList<>(List.of(opened, at));
    for (MetricStatus m : status.metrics()) {
      m.deadline().ifPresent(content::add);
    }
    status.alarms().forEach(a -> content.add(a.at()));
    Scale scale = scale(calendar, opened, content, at);

    List<Model.Row> rows = new ArrayList<>();
    for (MetricStatus m : status.metrics()) {
      Instant countedTo = m.stoppedAt().orElse(at);
      MetricDefinition def =
          definitions.stream()
              .filter(d -> d.metric().equals(m.metric()))
              .findFirst()
              .orElse(MetricDefinition.RESOLUTION);
      List<Pause> own = new ArrayList<>();
      for (Pause p : pauses) {
        if (def.pausedBy().contains(p.kind())
            && p.end().isAfter(m.startedAt())
            && p.start().isBefore(countedTo)) {
          own.add(p);
        }
      }
      List<Model.Span> counting =
          counting(
              m.clock() == ClockKind.ELAPSED
                  ? Optional.empty()
                  : m.calendar()
                      .flatMap(id -> engine.calendar(supportCase, subscription, id))
                      .or(() -> Optional.of(calendar)),
              m.startedAt(),
              countedTo,
              own,
              scale);
      List<Alarm> alarms = new ArrayList<>();
      for (Alarm a : status.alarms()) {
        if (a.metric().equals(m.metric()) && a.cycle() == m.cycle()) {
          alarms.add(a);
        }
      }
      rows.add(
          new Model.Row(
              name(m.metric()) + ", cycle " + m.cycle(),
              m.metric() + "/" + m.cycle(),
              stateLine(m),
              Optional.of(m.startedAt()),
              m.deadline(),
              Optional.of(countedTo),
              counting,
              own,
              m.metAt(),
              m.breachedAt(),
              alarms));
    }

    List<Model.Event> shown = new ArrayList<>();
    shown.add(new Model.Event(opened, "OPENED", "opened"));
    evs.stream()
        .filter(e -> !e.at().isAfter(at) && e.type() != CaseEvent.Type.OPENED)
        .sorted(
            Comparator.comparing(CaseEvent::at)
                .thenComparing(CaseEvent::type)
                .thenComparing(e -> e.severity().orElse(0)))
        .forEach(e -> shown.add(new Model.Event(e.at(), e.type().name(), eventLabel(e))));

    String severity = severity(status.severity());
    List<String> subtitle =
        List.of(
            "Status at "
                + scale.full(at)
                + ": case "
                + status.caseState().name().toLowerCase(Locale.ROOT)
                + ", "
                + severity,
            axisLine(calendar, scale));
    Model model =
        new Model(
            title(supportCase, subscription),
            subtitle,
            "SLA timeline of case "
                + status.caseId()
                + " at "
                + at
                + ": "
                + status.metrics().size()
                + " clock cycles, "
                + pauses.size()
                + " pauses, "
                + status.alarms().size()
                + " alarms to come",
            calendar,
            scale,
            Optional.of(at),
            shown,
            pauses,
            rows,
            notices(status.notCovered()),
            inForce.escalation(),
            schedules);
    return new Chart(model, idPrefix).draw();
  }

  /**
   * The picture of a decision: the deadlines and escalation steps the contract gives the case at
   * its opening. There is no moment, so nothing has elapsed.
   *
   * @param supportCase the case the decision is of
   * @param subscription its subscription
   * @param decision the decision, from {@link SlaEngine#evaluate} with the same case and
   *     subscription
   * @return an SVG document, UTF-8 text with no XML declaration
   * @throws IllegalArgumentException when the decision is of another case or subscription
   * @throws io.github.slakit.core.SlaInputException when the subscription's calendar cannot be
   *     found (the decision could not have been made either)
   */
  public String decision(SupportCase supportCase, Subscription subscription, Decision decision) {
    Objects.requireNonNull(decision, "decision");
    same(supportCase, subscription, decision.caseId(), decision.subscriptionId(), "decision");
    Instant opened = supportCase.openedAt().toInstant();
    BusinessCalendar calendar =
        calendar(
            supportCase,
            subscription,
            decision.targets().stream().flatMap(t -> t.calendar().stream()).findFirst());
    List<Instant> content = new ArrayList<>(List.of(opened));
    decision.targets().forEach(t -> t.deadline().ifPresent(content::add));
    decision.escalation().forEach(st -> content.add(st.at()));
    Scale scale = scale(calendar, opened, content, opened);
    List<Model.Row> rows = new ArrayList<>();
    for (Decision.Target t : decision.targets()) {
      String target = t.target().map(TimelineSvg::amount).orElse("no target");
      String state =
          switch (t.status()) {
            case SCHEDULED -> target;
            case NO_TARGET -> "no published target";
            case NOT_COVERED -> "not covered";
            case ON_EVENT -> target + ", from a later event";
          };
      rows.add(
          new Model.Row(
              name(t.metric()),
              t.metric(),
              state,
              t.status() == TargetStatus.SCHEDULED ? Optional.of(opened) : Optional.empty(),
              t.deadline(),
              Optional.empty(),
              List.of(),
              List.of(),
              Optional.empty(),
              Optional.empty(),
              List.of()));
    }
    String severity = severity(decision.severity());
    List<String> subtitle =
        List.of(
            "Decision at the opening, "
                + scale.full(opened)
                + ": "
                + severity
                + decision.routing().map(r -> ", routed to " + r).orElse(""),
            axisLine(calendar, scale));
    Model model =
        new Model(
            title(supportCase, subscription),
            subtitle,
            "SLA timeline of the decision on case "
                + decision.caseId()
                + ": "
                + decision.targets().size()
                + " targets, "
                + decision.escalation().size()
                + " escalation steps",
            calendar,
            scale,
            Optional.empty(),
            List.of(new Model.Event(opened, "OPENED", "opened")),
            List.of(),
            rows,
            notices(decision.notCovered()),
            decision.escalation(),
            schedules);
    return new Chart(model, idPrefix).draw();
  }

  /**
   * Text made safe as XML or HTML character data and attribute values, as the pictures write every
   * text from the input: {@code & < > " '} as entities, a line break or tab as a space, and a
   * character XML 1.0 does not allow (a control character, a lone surrogate) as U+FFFD. For a page
   * that shows the pictures with text of its own.
   *
   * @param text any text
   * @return the text, escaped
   */
  public static String escape(String text) {
    return Xml.escape(Objects.requireNonNull(text, "text"));
  }

  private static void same(
      SupportCase c, Subscription s, String caseId, String subscriptionId, String what) {
    Objects.requireNonNull(c, "supportCase");
    Objects.requireNonNull(s, "subscription");
    if (!c.id().equals(caseId) || !s.id().equals(subscriptionId)) {
      throw new IllegalArgumentException(
          "the "
              + what
              + " is of case "
              + Xml.escape(caseId)
              + " / subscription "
              + Xml.escape(subscriptionId)
              + ", not of case "
              + Xml.escape(c.id())
              + " / subscription "
              + Xml.escape(s.id()));
    }
  }

  private BusinessCalendar calendar(SupportCase c, Subscription s, Optional<String> id) {
    return id.flatMap(i -> engine.calendar(c, s, i)).orElseGet(() -> engine.calendar(c, s));
  }

  private List<MetricDefinition> definitions(SupportCase c) {
    return MetricDefinition.withDefaults(
        engine.ruleset(c.vendor()).map(Ruleset::metrics).orElse(List.of()));
  }

  /**
   * The range: the one given, or from the opening's local midnight to the local midnight after
   * the last instant of {@code content}; when that is longer than {@link #AUTO_DAYS} days, the
   * {@link #AUTO_DAYS} days up to the local midnight after {@code focus} (a status's moment), or
   * from the opening when {@code focus} is the opening (a decision).
   */
  private Scale scale(
      BusinessCalendar calendar, Instant opened, List<Instant> content, Instant focus) {
    if (from.isPresent() && to.isPresent()) {
      return new Scale(from.get(), to.get(), calendar.zone(), LABEL_WIDTH, axisWidth);
    }
    LocalDate first = opened.atZone(calendar.zone()).toLocalDate();
    Instant last = content.stream().max(Comparator.naturalOrder()).orElse(opened);
    LocalDate end = last.atZone(calendar.zone()).toLocalDate().plusDays(1);
    if (end.isAfter(first.plusDays(AUTO_DAYS))) {
      LocalDate after = focus.atZone(calendar.zone()).toLocalDate().plusDays(1);
      if (after.isAfter(first.plusDays(AUTO_DAYS))) {
        end = after.isBefore(end) ? after : end;
        first = end.minusDays(AUTO_DAYS);
      } else {
        end = first.plusDays(AUTO_DAYS);
      }
    }
    return new Scale(
        first.atStartOfDay(calendar.zone()).toInstant(),
        end.atStartOfDay(calendar.zone()).toInstant(),
        calendar.zone(),
        LABEL_WIDTH,
        axisWidth);
  }

  /**
   * The spans of {@code [start, end)} within the range that a clock counted: its calendar's
   * business time (all of it for 24x7, an empty calendar), less the pauses.
   */
  private static List<Model.Span> counting(
      Optional<BusinessCalendar> clock,
      Instant start,
      Instant end,
      List<Pause> pauses,
      Scale scale) {
    Instant a = start.isBefore(scale.from) ? scale.from : start;
    Instant b = end.isAfter(scale.to) ? scale.to : end;
    if (!b.isAfter(a)) {
      return List.of();
    }
    List<Model.Span> open = new ArrayList<>();
    if (clock.isEmpty()) {
      open.add(new Model.Span(a, b));
    } else {
      for (Interval i : clock.get().intervals(a, b)) {
        open.add(new Model.Span(i.start(), i.end()));
      }
    }
    for (Pause p : pauses) {
      List<Model.Span> next = new ArrayList<>();
      for (Model.Span sp : open) {
        if (!p.end().isAfter(sp.start()) || !p.start().isBefore(sp.end())) {
          next.add(sp);
          continue;
        }
        if (p.start().isAfter(sp.start())) {
          next.add(new Model.Span(sp.start(), p.start()));
        }
        if (p.end().isBefore(sp.end())) {
          next.add(new Model.Span(p.end(), sp.end()));
        }
      }
      open = next;
    }
    return List.copyOf(open);
  }

  private static String title(SupportCase c, Subscription s) {
    return "Case "
        + c.id()
        + " ("
        + c.vendor()
        + "), subscription "
        + s.id()
        + " "
        + s.level()
        + (s.customer().isEmpty() ? "" : ", " + s.customer());
  }

  private static String axisLine(BusinessCalendar calendar, Scale scale) {
    String id =
        calendar.id().isEmpty() ? "the subscription's calendar" : "calendar " + calendar.id();
    return "Local time of "
        + calendar.zone().getId()
        + "; business hours and holidays of "
        + id
        + calendar.holidayCountry().map(h -> " (public holidays " + h + ")").orElse("")
        + "; "
        + range(scale);
  }

  /** {@code Tue 22 Sep 2026}, or {@code from Wed 23 Sep to Mon 28 Sep 2026}. */
  private static String range(Scale scale) {
    LocalDate first = scale.date(scale.from);
    LocalDate last = scale.date(scale.to.minusNanos(1));
    String year = " " + last.getYear();
    return first.equals(last)
        ? Scale.day(first) + year
        : "from "
            + Scale.day(first)
            + (first.getYear() == last.getYear() ? "" : " " + first.getYear())
            + " to "
            + Scale.day(last)
            + year;
  }

  /** {@code severity 1 (Urgent)}; {@code severity 2} when the name says no more. */
  private static String severity(Severity s) {
    String plain = "severity " + s.level();
    return s.name().equalsIgnoreCase(plain) ? plain : plain + " (" + s.name() + ")";
  }

  private static List<String> notices(List<Notice> notices) {
    List<String> out = new ArrayList<>();
    for (Notice n : notices) {
      out.add(n.code() + " (" + n.clause() + "): " + n.message());
    }
    return out;
  }

  /** {@code INITIAL_RESPONSE} as people read it: {@code Initial response}. */
  static String name(String metric) {
    String words = metric.replace('_', ' ').toLowerCase(Locale.ROOT);
    return words.isEmpty() ? metric : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String stateLine(MetricStatus m) {
    if (m.target().isEmpty()) {
      return m.state().name() + ", no target";
    }
    return m.state().name()
        + ", "
        + m.percentUsed().map(p -> p + " % of ").orElse("")
        + amount(m.target().get())
        + " used";
  }

  /** {@code 12 business hours}, {@code 1 business day}, {@code 4 hours 24x7}, {@code 1 h 30 min}. */
  static String amount(TimeSpan t) {
    return switch (t.clock()) {
      case ELAPSED -> hours(t.duration(), "") + " 24x7";
      case BUSINESS_HOURS -> hours(t.duration(), "business ");
      case BUSINESS_DAYS -> t.days() + (t.days() == 1 ? " business day" : " business days");
    };
  }

  private static String hours(Duration d, String kind) {
    long h = d.toHours();
    long min = d.toMinutesPart();
    if (min == 0) {
      return h + " " + kind + (h == 1 ? "hour" : "hours");
    }
    if (h == 0) {
      return min + " " + kind + (min == 1 ? "minute" : "minutes");
    }
    return h + " h " + min + " min" + (kind.isEmpty() ? "" : " of business time");
  }

  private static String eventLabel(CaseEvent e) {
    return switch (e.type()) {
      case OPENED -> "opened";
      case REOPENED -> "reopened";
      case SEVERITY_CHANGED -> "severity to " + e.severity().orElse(0);
      case ESCALATED -> "escalated";
      case WAITING_ON_CUSTOMER -> "waits on the customer";
      case WAITING_ON_VENDOR -> "waits on the vendor";
      case CUSTOMER_RESPONDED -> "customer replied";
      case AGENT_RESPONDED -> "agent replied";
      case RESOLVED -> "resolved";
      case CLOSED -> "closed";
    };
  }
}
