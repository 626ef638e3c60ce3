package io.github.slakit.core;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.github.slakit.calendars.BusinessCalendar;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes a decision's JSON (docs/JSON.md, "Decision"), keys in the contract's order and nulls
 * where it shows them, straight to a generator: no tree in between, since a batch writes one
 * decision per line. Keys are escaped once; so are the texts that repeat from decision to decision
 * (rule names, clauses, codes, ruleset versions, vendors, metrics, roles), kept in a bounded
 * table. Stateless apart from that table; thread-safe.
 */
final class DecisionJson {
  private DecisionJson() {}

  /** Texts escaped at most this long are kept; at most this many, all dropped when full. */
  private static final int KEPT_CHARS = 512;

  private static final int KEPT = 4096;

  private static final ConcurrentHashMap<String, SerializedString> ESCAPED =
      new ConcurrentHashMap<>();

  private static final SerializedString CASE_ID = new SerializedString("caseId");
  private static final SerializedString SUBSCRIPTION_ID = new SerializedString("subscriptionId");
  private static final SerializedString VENDOR = new SerializedString("vendor");
  private static final SerializedString RULESET_VERSION = new SerializedString("rulesetVersion");
  private static final SerializedString COVERED = new SerializedString("covered");
  private static final SerializedString REASONS = new SerializedString("reasons");
  private static final SerializedString SEVERITY = new SerializedString("severity");
  private static final SerializedString LEVEL = new SerializedString("level");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString REQUESTED = new SerializedString("requested");
  private static final SerializedString TARGETS = new SerializedString("targets");
  private static final SerializedString METRIC = new SerializedString("metric");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString TARGET = new SerializedString("target");
  private static final SerializedString DEADLINE = new SerializedString("deadline");
  private static final SerializedString ROUTING = new SerializedString("routing");
  private static final SerializedString ESCALATION = new SerializedString("escalation");
  private static final SerializedString STEP = new SerializedString("step");
  private static final SerializedString ROLES = new SerializedString("roles");
  private static final SerializedString ACTION = new SerializedString("action");
  private static final SerializedString AT = new SerializedString("at");
  private static final SerializedString TIMING = new SerializedString("timing");
  private static final SerializedString CLAUSE = new SerializedString("clause");
  private static final SerializedString ENTITLEMENTS = new SerializedString("entitlements");
  private static final SerializedString WARNINGS = new SerializedString("warnings");
  private static final SerializedString TRACE = new SerializedString("trace");
  private static final SerializedString RULE = new SerializedString("rule");
  private static final SerializedString BUSINESS_IMPACT = new SerializedString("businessImpact");
  private static final SerializedString CODE = new SerializedString("code");
  private static final SerializedString MESSAGE = new SerializedString("message");
  private static final SerializedString ELAPSED = new SerializedString("elapsed");
  private static final SerializedString BUSINESS_HOURS = new SerializedString("businessHours");
  private static final SerializedString BUSINESS_DAYS = new SerializedString("businessDays");
  private static final SerializedString CALENDAR = new SerializedString("calendar");
  private static final SerializedString SUPPORT_KIND = new SerializedString("supportKind");
  private static final SerializedString PHONE_SUPPORT = new SerializedString("phoneSupport");
  private static final SerializedString MONITORING = new SerializedString("monitoring");
  private static final SerializedString SUPPORT_HOURS = new SerializedString("supportHours");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString CLOCK = new SerializedString("clock");
  private static final SerializedString ON_SITE_VISITS = new SerializedString("onSiteVisits");
  private static final SerializedString PER_YEAR = new SerializedString("perYear");
  private static final SerializedString USED = new SerializedString("used");
  private static final SerializedString REMAINING = new SerializedString("remaining");
  private static final SerializedString YEAR = new SerializedString("year");
  private static final SerializedString FROM = new SerializedString("from");
  private static final SerializedString TO = new SerializedString("to");
  private static final SerializedString PREVENTIVE = new SerializedString("preventiveInspection");
  private static final SerializedString OPTIONS = new SerializedString("options");
  private static final SerializedString SERVICES = new SerializedString("services");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString ZONE = new SerializedString("zone");
  private static final SerializedString WEEKLY = new SerializedString("weekly");
  private static final SerializedString HOLIDAYS = new SerializedString("holidays");

  private static final SerializedString[] DAYS = new SerializedString[7];

  static {
    for (DayOfWeek day : DayOfWeek.values()) {
      DAYS[day.ordinal()] = new SerializedString(day.name().substring(0, 3));
    }
  }

  /**
   * The decision as JSON text.
   *
   * @param d the decision
   * @param pretty indented as Jackson's default pretty printer does, else one line
   * @return the text, the same for equal decisions
   */
  static String write(Decision d, boolean pretty) {
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator g = JsonInput.MAPPER.getFactory().createGenerator(text)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      decision(g, d);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /** Writes UTF-8 itself: a character outside the Basic Multilingual Plane as its four bytes. */
  static final JsonFactory UTF8 =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  /**
   * The decision as one line of JSON Lines in UTF-8, its line break included: the bytes of {@link
   * #write write(d, false)} and a line break, written without the text in between. An unpaired
   * surrogate, which UTF-8 cannot carry (Jackson refuses it in a kept escaped text), makes the
   * line go through the text, the surrogate written as its JSON escape.
   *
   * @param d the decision
   * @return the bytes, the same for equal decisions
   */
  static byte[] writeLineUtf8(Decision d) {
    ByteArrayBuilder bytes = new ByteArrayBuilder(2048);
    try (JsonGenerator g = UTF8.createGenerator(bytes, JsonEncoding.UTF8)) {
      decision(g, d);
      g.writeRaw('\n');
    } catch (IOException | IllegalArgumentException e) {
      return surrogatesEscaped(write(d, false) + "\n").getBytes(StandardCharsets.UTF_8);
    }
    return bytes.toByteArray();
  }

  /** The JSON text with each unpaired surrogate written as its escape, <code>&#92;uD800</code>. */
  static String surrogatesEscaped(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        sb.append(c).append(json.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void decision(JsonGenerator g, Decision d) throws IOException {
    g.writeStartObject();
    string(g, CASE_ID, d.caseId());
    string(g, SUBSCRIPTION_ID, d.subscriptionId());
    repeated(g, VENDOR, d.vendor());
    repeated(g, RULESET_VERSION, d.rulesetVersion());
    g.writeFieldName(COVERED);
    g.writeBoolean(d.covered());
    notices(g, REASONS, d.notCovered());
    g.writeFieldName(SEVERITY);
    g.writeStartObject();
    g.writeFieldName(LEVEL);
    g.writeNumber(d.severity().level());
    repeated(g, NAME, d.severity().name());
    number(g, REQUESTED, d.requestedSeverity());
    g.writeEndObject();
    g.writeFieldName(TARGETS);
    g.writeStartArray();
    for (Decision.Target t : d.targets()) {
      g.writeStartObject();
      repeated(g, METRIC, t.metric());
      repeated(g, STATUS, t.status().name());
      g.writeFieldName(TARGET);
      if (t.target().isPresent()) {
        span(g, t.target().get(), t.calendar());
      } else {
        g.writeNull();
      }
      string(g, DEADLINE, t.deadline().map(Instant::toString).orElse(null));
      g.writeEndObject();
    }
    g.writeEndArray();
    repeated(g, ROUTING, d.routing().orElse(null));
    g.writeFieldName(ESCALATION);
    g.writeStartArray();
    for (Decision.EscalationStep s : d.escalation()) {
      g.writeStartObject();
      g.writeFieldName(STEP);
      g.writeNumber(s.step());
      strings(g, ROLES, s.roles());
      repeated(g, ACTION, s.action());
      string(g, AT, s.at().toString());
      repeated(g, TIMING, s.timing().name());
      repeated(g, CLAUSE, s.clause());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(ENTITLEMENTS);
    entitlements(g, d.entitlements());
    notices(g, WARNINGS, d.warnings());
    g.writeFieldName(TRACE);
    g.writeStartArray();
    for (Decision.TraceEntry t : d.trace()) {
      g.writeStartObject();
      repeated(g, RULE, t.rule());
      repeated(g, CLAUSE, t.clause());
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, BUSINESS_IMPACT, d.businessImpact().orElse(null));
    g.writeEndObject();
  }

  /** A field whose value may be anything: escaped as it is written. */
  static void string(JsonGenerator g, SerializableString name, @Nullable String value)
      throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  /** A field whose value is likely to come again in later decisions: escaped once. */
  static void repeated(JsonGenerator g, SerializableString name, @Nullable String value)
      throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(escaped(value));
    }
  }

  private static SerializableString escaped(String value) {
    SerializedString s = ESCAPED.get(value);
    if (s == null) {
      s = new SerializedString(value);
      if (value.length() <= KEPT_CHARS) {
        if (ESCAPED.size() >= KEPT) {
          ESCAPED.clear();
        }
        ESCAPED.put(value, s);
      }
    }
    return s;
  }

  static void number(JsonGenerator g, SerializableString name, Optional<Integer> n)
      throws IOException {
    g.writeFieldName(name);
    if (n.isPresent()) {
      g.writeNumber(n.get());
    } else {
      g.writeNull();
    }
  }

  /** A list of notices; a message may hold a case's own data, so it is escaped as written. */
  static void notices(JsonGenerator g, SerializableString name, List<Notice> notices)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (Notice n : notices) {
      g.writeStartObject();
      repeated(g, CODE, n.code());
      string(g, MESSAGE, n.message());
      repeated(g, CLAUSE, n.clause());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A list of repeating strings under its name. */
  private static void strings(JsonGenerator g, SerializableString name, List<String> values)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(escaped(v));
    }
    g.writeEndArray();
  }

  /**
   * A target's amount under the key that names its unit: {@code {"elapsed": "PT1H"}}, {@code
   * {"businessHours": "PT4H", "calendar": "KR"}}, {@code {"businessDays": 1, "calendar": "KR"}}.
   */
  static void span(JsonGenerator g, TimeSpan span, Optional<String> calendar) throws IOException {
    g.writeStartObject();
    switch (span.clock()) {
      case ELAPSED:
        repeated(g, ELAPSED, span.duration().toString());
        break;
      case BUSINESS_HOURS:
        repeated(g, BUSINESS_HOURS, span.duration().toString());
        break;
      case BUSINESS_DAYS:
        g.writeFieldName(BUSINESS_DAYS);
        g.writeNumber(span.days());
        break;
      default:
        throw new AssertionError(span.clock());
    }
    if (calendar.isPresent()) {
      repeated(g, CALENDAR, calendar.get());
    }
    g.writeEndObject();
  }

  private static void entitlements(JsonGenerator g, Entitlements e) throws IOException {
    g.writeStartObject();
    if (e.supportKind().isPresent()) {
      repeated(g, SUPPORT_KIND, e.supportKind().get());
    }
    if (e.phoneSupport().isPresent()) {
      g.writeFieldName(PHONE_SUPPORT);
      g.writeBoolean(e.phoneSupport().get());
    }
    if (e.monitoring().isPresent()) {
      g.writeFieldName(MONITORING);
      g.writeBoolean(e.monitoring().get());
    }
    if (e.supportHours().isPresent()) {
      Entitlements.SupportHours h = e.supportHours().get();
      g.writeFieldName(SUPPORT_HOURS);
      g.writeStartObject();
      repeated(g, TEXT, h.text());
      repeated(
          g,
          CLOCK,
          h.calendar().isPresent() ? ClockKind.BUSINESS_HOURS.json() : ClockKind.ELAPSED.json());
      if (h.calendar().isPresent()) {
        g.writeFieldName(CALENDAR);
        calendarSummary(g, h.calendar().get());
      }
      g.writeEndObject();
    }
    if (e.onSiteVisits().isPresent()) {
      Entitlements.VisitQuota v = e.onSiteVisits().get();
      g.writeFieldName(ON_SITE_VISITS);
      g.writeStartObject();
      number(g, PER_YEAR, v.perYear());
      g.writeFieldName(USED);
      g.writeNumber(v.used());
      number(g, REMAINING, v.remaining());
      g.writeFieldName(YEAR);
      if (v.year().isPresent()) {
        g.writeStartObject();
        string(g, FROM, v.year().get().from().toString());
        string(g, TO, v.year().get().to().toString());
        g.writeEndObject();
      } else {
        g.writeNull();
      }
      g.writeEndObject();
    }
    if (e.preventiveInspection().isPresent()) {
      repeated(g, PREVENTIVE, e.preventiveInspection().get());
    }
    if (!e.options().isEmpty()) {
      strings(g, OPTIONS, e.options());
    }
    if (!e.services().isEmpty()) {
      strings(g, SERVICES, e.services());
    }
    g.writeEndObject();
  }

  /** A calendar's id, zone, weekly windows (every day, {@code []} when closed) and holiday set. */
  private static void calendarSummary(JsonGenerator g, BusinessCalendar c) throws IOException {
    g.writeStartObject();
    repeated(g, ID, c.id());
    repeated(g, ZONE, c.zone().getId());
    g.writeFieldName(WEEKLY);
    g.writeStartObject();
    for (DayOfWeek day : DayOfWeek.values()) {
      g.writeFieldName(DAYS[day.ordinal()]);
      g.writeStartArray();
      for (var w : c.weekly().getOrDefault(day, List.of())) {
        g.writeString(escaped(w.toString()));
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    repeated(g, HOLIDAYS, c.holidayCountry().orElse(null));
    g.writeEndObject();
  }
}
