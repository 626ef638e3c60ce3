package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.calendars.BusinessCalendar.Interval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The zendesk/biz 1.8.2 spec suite (resources {@code conformance/biz-vectors.json}, see the README
 * there) run against {@link BusinessCalendar}: one dynamic test per vector, named by its source.
 *
 * <p>A vector (by its unique {@code id}) passes as it is, or is listed in {@link #OUR_RULE} (biz differs from our policy by
 * design; the test checks our answer, derived in the comment), or in {@link #NOT_APPLICABLE}
 * (cannot be mapped onto our API, or our documented API answers differently; skipped with the
 * reason). Any other vector that does not pass fails the build.
 */
class BizConformanceTest {
  static final String RESOURCE = "/conformance/biz-vectors.json";
  private static final Duration HORIZON = Duration.ofDays(400);

  /**
   * Vectors where our policy answers differently by design: id -> our answer and its derivation.
   * The first is one of the two differences the vectors' README documents; the other two follow
   * from rules of ours that the README does not mention (TIME-4, the signed {@code between}).
   */
  static final Map<String, Ours> OUR_RULE =
      Map.of(
          // Abidjan (UTC+0), hours Sunday 11:00-12:00. From Sunday 2006-01-01 00:00, 2 h: the first
          // hour
          // is 01-01 11:00-12:00, the second 01-08 11:00-12:00, used up exactly at 01-08 12:00.
          // TIME-2:
          // "a deadline that uses up a window exactly is that window's end": 2006-01-08T12:00Z (biz
          // answers the next period's start, 01-15 11:00).
          "biz: .time 2 hours after",
          new Ours("2006-01-08T12:00:00Z", "TIME-2: exact end of the window"),
          // Los Angeles, Sunday 02:30-03:15 on 2006-04-02, when 02:00 PST jumps to 03:00 PDT
          // (10:00Z).
          // TIME-4: a start in the gap "resolves to the first instant after the gap (not the shift
          // by
          // the gap's length)": 03:00 PDT = 10:00Z; the end 03:15 PDT = 10:15Z exists. The window
          // lasts
          // 15 minutes, so it is the first period after 08:00Z. biz shifts 02:30 to 03:30 PDT, past
          // the
          // end, and drops the window.
          "after: Biz::Periods::After > when an empty interval is generated > is filtered out",
          new Ours(
              List.of(List.of("2006-04-02T10:00:00Z", "2006-04-02T10:15:00Z")),
              "TIME-4: a start in a DST gap resolves to the transition instant"),
          // between(from, to) with to before from: BusinessCalendar.between's contract is "negative
          // (minus between(to, from)) when to is before from"; between(01-01, 01-08) is 142200 s
          // (the
          // vector "...start time is before the end time"), so the answer is -142200 s. biz answers
          // 0.
          "duration_within: Biz::Calculation::DurationWithin > when the calculation start time is after"
              + " the end time > returns a zero duration",
          new Ours(-142_200L, "BusinessCalendar.between is signed"));

  private static final String NO_DAYS_BACK =
      "subtracting business days: our API counts business days forward only (addBusinessDays, TIME-3)";

  /** Vectors that cannot be mapped onto our API or contract: id -> reason. */
  static final Map<String, String> NOT_APPLICABLE =
      Map.ofEntries(
          Map.entry(
              "for_duration: Biz::Calculation::ForDuration > .day > #before > when the advanced time is"
                  + " within a period > returns the time advanced by the number of business days",
              NO_DAYS_BACK),
          Map.entry(
              "for_duration: Biz::Calculation::ForDuration > .day > #before > when the advanced time is"
                  + " before the first day period > returns the next time before the advanced time",
              NO_DAYS_BACK),
          Map.entry(
              "for_duration: Biz::Calculation::ForDuration > .day > #before > when the advanced time is"
                  + " after the last day period > returns the next time before the advanced time",
              NO_DAYS_BACK),
          Map.entry(
              "for_duration: Biz::Calculation::ForDuration > .day > #before > when the time has second"
                  + " precision > retains second precision",
              NO_DAYS_BACK),
          Map.entry(
              "for_duration: Biz::Calculation::ForDuration > .day > #before > when the scalar is zero >"
                  + " returns the first active moment backward in time",
              NO_DAYS_BACK),
          Map.entry(
              "validation: when hours are not provided",
              "a calendar with no hours is valid for us (closed every day; its arithmetic fails with a"
                  + " CalendarException when used), biz rejects the configuration"),
          Map.entry(
              "validation: when nonsensical hours are provided",
              "09:00-09:00 is a 24-hour window for us (TimeWindow: an end not after the start crosses"
                  + " midnight, TIME-5; docs/JSON.md Calendar), biz rejects it"),
          Map.entry(
              "validation: when a day with no hours is provided",
              "a day with an empty list of windows is a closed day for us (Builder.weekly: \"an empty list"
                  + " closes it\"), biz rejects it"),
          Map.entry(
              "for_duration: unsupported unit fails",
              "our API takes a java.time.Duration: there is no unit argument to get wrong"));

  /** Our answer for a vector (in the shapes {@link #call} answers) and the rule it comes from. */
  record Ours(Object answer, String rule) {}

  static JsonNode file() {
    try (InputStream in = BizConformanceTest.class.getResourceAsStream(RESOURCE)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> vectors() {
    List<JsonNode> out = new ArrayList<>();
    file().get("vectors").forEach(out::add);
    return out;
  }

  @TestFactory
  Stream<DynamicTest> bizSpecSuite() {
    return vectors().stream()
        .map(v -> DynamicTest.dynamicTest(v.get("source").asText(), () -> run(v)));
  }

  @Test
  void everyListedVectorExistsAndTheCountsAreKnown() {
    List<JsonNode> all = vectors();
    assertThat(all).hasSize(file().get("count").asInt()).hasSize(115);
    Set<String> ids = new HashSet<>();
    all.forEach(v -> ids.add(v.get("id").asText()));
    assertThat(ids)
        .hasSize(all.size())
        .containsAll(OUR_RULE.keySet())
        .containsAll(NOT_APPLICABLE.keySet());
    assertThat(Collections.disjoint(OUR_RULE.keySet(), NOT_APPLICABLE.keySet())).isTrue();
    System.out.printf(
        "biz conformance: %d of %d pass as they are, %d checked against our rule, %d not applicable%n",
        all.size() - OUR_RULE.size() - NOT_APPLICABLE.size(),
        all.size(),
        OUR_RULE.size(),
        NOT_APPLICABLE.size());
  }

  private static void run(JsonNode v) {
    String id = v.get("id").asText();
    Assumptions.assumeFalse(
        NOT_APPLICABLE.containsKey(id), () -> "not applicable: " + NOT_APPLICABLE.get(id));
    JsonNode config = v.get("config");
    JsonNode args = v.get("args");
    JsonNode expected = v.get("expected");
    String op = v.get("op").asText();
    if (op.equals("validate")) {
      assertThatThrownBy(() -> calendar(config))
          .isInstanceOfAny(IllegalArgumentException.class, CalendarException.class);
      return;
    }
    BusinessCalendar c = calendar(config);
    if (expected.isObject() && expected.has("error")) {
      assertThat(expected.get("error").asText()).isEqualTo("argument");
      assertThatThrownBy(() -> call(c, config, op, args))
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Object actual = call(c, config, op, args);
    Ours ours = OUR_RULE.get(id);
    if (ours != null) {
      assertThat(actual)
          .as("biz's own answer differs from ours by design")
          .isNotEqualTo(value(expected));
      assertThat(actual).as(ours.rule()).isEqualTo(ours.answer());
    } else {
      assertThat(actual).isEqualTo(value(expected));
    }
  }

  /** Expected values in the shapes {@link #call} answers: strings, longs, booleans, lists. */
  private static Object value(JsonNode n) {
    if (n.isArray()) {
      List<Object> out = new ArrayList<>();
      n.forEach(e -> out.add(value(e)));
      return out;
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    if (n.isNumber()) {
      return n.asLong();
    }
    return n.asText();
  }

  private static Object call(BusinessCalendar c, JsonNode config, String op, JsonNode a) {
    switch (op) {
      case "add":
        if (a.get("unit").asText().equals("days")) {
          return c.addBusinessDays(instant(a.get("time")), a.get("amount").asInt()).toString();
        }
        return c.add(instant(a.get("time")), amount(a)).toString();
      case "subtract":
        return c.subtract(instant(a.get("time")), amount(a)).toString();
      case "between":
        Duration elapsed = c.between(instant(a.get("from")), instant(a.get("to")));
        assertThat(elapsed.getNano()).isZero();
        return elapsed.getSeconds();
      case "in_hours?":
        return c.isBusinessTime(instant(a.get("time")));
      case "on_holiday?":
        return c.isHoliday(LocalDate.ofInstant(instant(a.get("time")), c.zone()));
      case "on_break?":
        // on a break = business time of a calendar whose only hours are the breaks
        return breaksOnly(config).isBusinessTime(instant(a.get("time")));
      case "periods_after":
        {
          Instant t = instant(a.get("time"));
          return periods(first(intervals(c, config, t, t.plus(HORIZON)), a.get("count").asInt()));
        }
      case "periods_before":
        {
          Instant t = instant(a.get("time"));
          List<Interval> l = new ArrayList<>(intervals(c, config, t.minus(HORIZON), t));
          Collections.reverse(l);
          return periods(first(l, a.get("count").asInt()));
        }
      case "periods_after_until":
        return periods(intervals(c, config, instant(a.get("time")), instant(a.get("until"))));
      case "periods_before_until":
        {
          List<Interval> l =
              new ArrayList<>(
                  intervals(c, config, instant(a.get("until")), instant(a.get("time"))));
          Collections.reverse(l);
          return periods(l);
        }
      case "periods_on":
        {
          LocalDate date = LocalDate.parse(a.get("date").asText());
          return periods(
              intervals(
                  c,
                  config,
                  date.atStartOfDay(c.zone()).toInstant(),
                  date.plusDays(1).atStartOfDay(c.zone()).toInstant()));
        }
      case "dates_after":
        {
          List<Object> out = new ArrayList<>();
          for (LocalDate d = LocalDate.parse(a.get("date").asText());
              out.size() < a.get("count").asInt(); ) {
            d = d.plusDays(1);
            if (c.isBusinessDay(d)) {
              out.add(d.toString());
            }
          }
          return out;
        }
      default:
        throw new AssertionError("no mapping for op " + op);
    }
  }

  private static Instant instant(JsonNode n) {
    return Instant.parse(n.asText());
  }

  private static Duration amount(JsonNode a) {
    long n = a.get("amount").asLong();
    switch (a.get("unit").asText()) {
      case "seconds":
        return Duration.ofSeconds(n);
      case "minutes":
        return Duration.ofMinutes(n);
      case "hours":
        return Duration.ofHours(n);
      default:
        throw new AssertionError("unit " + a.get("unit"));
    }
  }

  private static <T> List<T> first(List<T> l, int count) {
    return l.subList(0, Math.min(count, l.size()));
  }

  private static List<Object> periods(List<Interval> intervals) {
    List<Object> out = new ArrayList<>();
    for (Interval i : intervals) {
      out.add(List.of(i.start().toString(), i.end().toString()));
    }
    return out;
  }

  /** The intervals of the calendar, intersected with those of {@code intersect_with} if any. */
  private static List<Interval> intervals(
      BusinessCalendar c, JsonNode config, Instant from, Instant to) {
    List<Interval> mine = c.intervals(from, to);
    JsonNode other = config.get("intersect_with");
    if (other == null) {
      return mine;
    }
    // biz's Schedule#& reads both schedules' hours in the receiver's time zone (the vector's
    // expected periods are UTC hours although intersect_with names America/Los_Angeles)
    List<Interval> theirs = calendar(other, c.zone()).intervals(from, to);
    List<Interval> out = new ArrayList<>();
    int j = 0;
    for (Interval m : mine) {
      while (j < theirs.size() && !theirs.get(j).end().isAfter(m.start())) {
        j++;
      }
      for (int k = j; k < theirs.size() && theirs.get(k).start().isBefore(m.end()); k++) {
        Instant s = max(m.start(), theirs.get(k).start());
        Instant e = min(m.end(), theirs.get(k).end());
        if (s.isBefore(e)) {
          out.add(new Interval(s, e));
        }
      }
    }
    return out;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** The vector's config as a calendar: hours -> weekly, shifts -> date, breaks, holidays, zone. */
  static BusinessCalendar calendar(JsonNode config) {
    return calendar(config, ZoneId.of(config.get("time_zone").asText()));
  }

  static BusinessCalendar calendar(JsonNode config, ZoneId zone) {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    for (Map.Entry<String, JsonNode> e : config.get("hours").properties()) {
      b.weekly(day(e.getKey()), windows(e.getValue()));
    }
    for (Map.Entry<String, JsonNode> e : config.get("shifts").properties()) {
      b.date(LocalDate.parse(e.getKey()), windows(e.getValue()));
    }
    for (Map.Entry<String, JsonNode> e : config.get("breaks").properties()) {
      windows(e.getValue()).forEach(w -> b.breakOn(LocalDate.parse(e.getKey()), w));
    }
    config.get("holidays").forEach(h -> b.addHoliday(LocalDate.parse(h.asText()), "holiday"));
    return b.build();
  }

  /** A calendar whose hours are the config's breaks, nothing else. */
  private static BusinessCalendar breaksOnly(JsonNode config) {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(ZoneId.of(config.get("time_zone").asText()));
    for (Map.Entry<String, JsonNode> e : config.get("breaks").properties()) {
      b.date(LocalDate.parse(e.getKey()), windows(e.getValue()));
    }
    return b.build();
  }

  private static List<TimeWindow> windows(JsonNode startToEnd) {
    List<TimeWindow> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : startToEnd.properties()) {
      out.add(TimeWindow.parse(e.getKey() + "-" + e.getValue().asText()));
    }
    return out;
  }

  private static DayOfWeek day(String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(java.util.Locale.ROOT).startsWith(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException("day " + name);
  }
}
