package io.github.slakit.core;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.MetricStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON contract of a case's life (docs/JSON.md, "Status"): reads status requests and lists of
 * events, writes a {@link CaseStatus}. {@link SlaJson} is its public face; the conventions are the
 * decision's (instants in UTC, spans under the key that names their unit, absent values as
 * {@code null}). Stateless.
 */
final class StatusJson {
  private StatusJson() {}

  static final List<String> STATUS_REQUEST_FIELDS = List.of("case", "subscription", "events", "at");
  static final List<String> EVENT_FIELDS = List.of("type", "at", "severity");

  /** {@code {"case", "subscription", "events", "at"}}; {@code events} may be absent. */
  static SlaJson.StatusRequest request(JsonInput in, JsonNode root) {
    return request(in, root, null);
  }

  /**
   * As {@link #request(JsonInput, JsonNode)}; a moment {@code given} replaces the line's {@code
   * at}, which may then be absent (a line's own {@code at} is still checked).
   */
  static SlaJson.StatusRequest request(JsonInput in, JsonNode root, @Nullable Instant given) {
    in.object(root, "");
    in.known(root, "", STATUS_REQUEST_FIELDS, "a status request");
    SupportCase supportCase = SlaJson.caseOf(in, in.required(root, "", "case"), "case");
    Subscription subscription =
        SlaJson.subscriptionOf(in, in.required(root, "", "subscription"), "subscription");
    List<CaseEvent> events =
        in.optional(root, "", "events").map(e -> events(in, e, "events")).orElse(List.of());
    Instant at;
    if (given == null) {
      at = in.dateTime(in.required(root, "", "at"), "at").toInstant();
    } else {
      in.optional(root, "", "at").ifPresent(n -> in.dateTime(n, "at"));
      at = given;
    }
    return new SlaJson.StatusRequest(supportCase, subscription, events, at);
  }

  /**
   * A JSON array of events at {@code path} ({@code ""} for the root of an events file); each
   * event's path is {@code path[i]}.
   */
  static List<CaseEvent> events(JsonInput in, JsonNode node, String path) {
    if (!node.isArray()) {
      throw in.error(path.isEmpty() ? "(root)" : path, node, "a list of events");
    }
    List<CaseEvent> events = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      events.add(event(in, node.get(i), path + "[" + i + "]"));
    }
    return events;
  }

  /**
   * {@code {"type", "at", "severity"}}: {@code severity} is given exactly for {@code
   * SEVERITY_CHANGED}, never silently dropped from another type.
   */
  private static CaseEvent event(JsonInput in, JsonNode node, String p) {
    in.object(node, p);
    in.known(node, p, EVENT_FIELDS, "an event");
    in.required(node, p, "type");
    CaseEvent.Type type =
        in.enumeration(node, p, "type", CaseEvent.Type.class, "an event type").orElseThrow();
    Instant at = in.dateTime(in.required(node, p, "at"), JsonInput.path(p, "at")).toInstant();
    String sp = JsonInput.path(p, "severity");
    Optional<JsonNode> severity = in.optional(node, p, "severity");
    if (type == CaseEvent.Type.SEVERITY_CHANGED) {
      JsonNode n =
          severity.orElseThrow(
              () -> in.error(sp, "is missing (SEVERITY_CHANGED gives the new severity, 1..4)"));
      return CaseEvent.severityChanged(at, SlaJson.severity(in, n, sp));
    }
    if (severity.isPresent()) {
      throw in.error(
          sp,
          JsonInput.show(severity.get())
              + " does not go with "
              + type
              + ": only SEVERITY_CHANGED has a severity");
    }
    return CaseEvent.of(type, at);
  }

  private static final SerializedString CASE_ID = new SerializedString("caseId");
  private static final SerializedString SUBSCRIPTION_ID = new SerializedString("subscriptionId");
  private static final SerializedString VENDOR = new SerializedString("vendor");
  private static final SerializedString RULESET_VERSION = new SerializedString("rulesetVersion");
  private static final SerializedString AT = new SerializedString("at");
  private static final SerializedString CASE_STATE = new SerializedString("caseState");
  private static final SerializedString SEVERITY = new SerializedString("severity");
  private static final SerializedString LEVEL = new SerializedString("level");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString REQUESTED = new SerializedString("requested");
  private static final SerializedString NOT_COVERED = new SerializedString("notCovered");
  private static final SerializedString METRICS = new SerializedString("metrics");
  private static final SerializedString METRIC = new SerializedString("metric");
  private static final SerializedString CYCLE = new SerializedString("cycle");
  private static final SerializedString STATE = new SerializedString("state");
  private static final SerializedString TARGET = new SerializedString("target");
  private static final SerializedString CLOCK = new SerializedString("clock");
  private static final SerializedString CALENDAR = new SerializedString("calendar");
  private static final SerializedString STARTED_AT = new SerializedString("startedAt");
  private static final SerializedString ELAPSED = new SerializedString("elapsed");
  private static final SerializedString PAUSED = new SerializedString("paused");
  private static final SerializedString REMAINING = new SerializedString("remaining");
  private static final SerializedString PERCENT_USED = new SerializedString("percentUsed");
  private static final SerializedString DEADLINE = new SerializedString("deadline");
  private static final SerializedString STOPPED_AT = new SerializedString("stoppedAt");
  private static final SerializedString MET_AT = new SerializedString("metAt");
  private static final SerializedString BREACHED_AT = new SerializedString("breachedAt");
  private static final SerializedString ALARMS = new SerializedString("alarms");
  private static final SerializedString PERCENT = new SerializedString("percent");
  private static final SerializedString IN_BUSINESS_HOURS = new SerializedString("inBusinessHours");
  private static final SerializedString DUE_AT = new SerializedString("dueAt");
  private static final SerializedString WARNINGS = new SerializedString("warnings");
  private static final SerializedString TRACE = new SerializedString("trace");
  private static final SerializedString RULE = new SerializedString("rule");
  private static final SerializedString CLAUSE = new SerializedString("clause");

  /**
   * The status as one line of JSON Lines in UTF-8, its line break included: the bytes of {@link
   * SlaJson#writeLine(CaseStatus)} and a line break, written straight to a generator without a
   * tree or the text in between. An unpaired surrogate, which UTF-8 cannot carry, makes the line
   * go through the text, the surrogate written as its JSON escape (as a decision's line does).
   *
   * @param s the status
   * @return the bytes, the same for equal statuses
   */
  static byte[] writeLineUtf8(CaseStatus s) {
    ByteArrayBuilder bytes = new ByteArrayBuilder(2048);
    try (JsonGenerator g = DecisionJson.UTF8.createGenerator(bytes, JsonEncoding.UTF8)) {
      status(g, s);
      g.writeRaw('\n');
    } catch (IOException | IllegalArgumentException e) {
      return DecisionJson.surrogatesEscaped(SlaJson.writeLine(s) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    }
    return bytes.toByteArray();
  }

  /** The fields of {@link #toJson}, in its order, straight to the generator. */
  private static void status(JsonGenerator g, CaseStatus s) throws IOException {
    g.writeStartObject();
    DecisionJson.string(g, CASE_ID, s.caseId());
    DecisionJson.string(g, SUBSCRIPTION_ID, s.subscriptionId());
    DecisionJson.repeated(g, VENDOR, s.vendor());
    DecisionJson.repeated(g, RULESET_VERSION, s.rulesetVersion());
    instant(g, AT, s.at());
    DecisionJson.repeated(g, CASE_STATE, s.caseState().name());
    g.writeFieldName(SEVERITY);
    g.writeStartObject();
    g.writeFieldName(LEVEL);
    g.writeNumber(s.severity().level());
    DecisionJson.repeated(g, NAME, s.severity().name());
    DecisionJson.number(g, REQUESTED, s.requestedSeverity());
    g.writeEndObject();
    DecisionJson.notices(g, NOT_COVERED, s.notCovered());
    g.writeFieldName(METRICS);
    g.writeStartArray();
    for (MetricStatus m : s.metrics()) {
      metric(g, m);
    }
    g.writeEndArray();
    g.writeFieldName(ALARMS);
    g.writeStartArray();
    for (Alarm a : s.alarms()) {
      g.writeStartObject();
      DecisionJson.repeated(g, METRIC, a.metric());
      g.writeFieldName(CYCLE);
      g.writeNumber(a.cycle());
      g.writeFieldName(PERCENT);
      g.writeNumber(a.percent());
      instant(g, AT, a.at());
      g.writeFieldName(IN_BUSINESS_HOURS);
      g.writeBoolean(a.inBusinessHours());
      instant(g, DUE_AT, a.dueAt());
      g.writeEndObject();
    }
    g.writeEndArray();
    DecisionJson.notices(g, WARNINGS, s.warnings());
    g.writeFieldName(TRACE);
    g.writeStartArray();
    for (Decision.TraceEntry t : s.trace()) {
      g.writeStartObject();
      DecisionJson.repeated(g, RULE, t.rule());
      DecisionJson.repeated(g, CLAUSE, t.clause());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void metric(JsonGenerator g, MetricStatus m) throws IOException {
    g.writeStartObject();
    DecisionJson.repeated(g, METRIC, m.metric());
    g.writeFieldName(CYCLE);
    g.writeNumber(m.cycle());
    DecisionJson.repeated(g, STATE, m.state().name());
    g.writeFieldName(TARGET);
    if (m.target().isPresent()) {
      // the target's calendar is the one that counts the cycle: the decision's shape
      TimeSpan t = m.target().get();
      DecisionJson.span(g, t, t.clock() == ClockKind.ELAPSED ? Optional.empty() : m.calendar());
    } else {
      g.writeNull();
    }
    DecisionJson.repeated(g, CLOCK, m.clock().json());
    DecisionJson.repeated(g, CALENDAR, m.calendar().orElse(null));
    instant(g, STARTED_AT, m.startedAt());
    DecisionJson.string(g, ELAPSED, m.elapsed().toString());
    DecisionJson.string(g, PAUSED, m.paused().toString());
    DecisionJson.string(g, REMAINING, m.remaining().map(Duration::toString).orElse(null));
    DecisionJson.number(g, PERCENT_USED, m.percentUsed());
    instant(g, DEADLINE, m.deadline());
    instant(g, STOPPED_AT, m.stoppedAt());
    instant(g, MET_AT, m.metAt());
    instant(g, BREACHED_AT, m.breachedAt());
    g.writeEndObject();
  }

  private static void instant(JsonGenerator g, SerializableString name, Instant at)
      throws IOException {
    DecisionJson.string(g, name, at.toString());
  }

  private static void instant(JsonGenerator g, SerializableString name, Optional<Instant> at)
      throws IOException {
    DecisionJson.string(g, name, at.isPresent() ? at.get().toString() : null);
  }

  /** The status as a JSON tree, keys in the contract's order, nulls where it shows them. */
  static ObjectNode toJson(CaseStatus s) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("caseId", s.caseId());
    o.put("subscriptionId", s.subscriptionId());
    o.put("vendor", s.vendor());
    o.put("rulesetVersion", s.rulesetVersion());
    o.put("at", s.at().toString());
    o.put("caseState", s.caseState().name());
    o.putObject("severity")
        .put("level", s.severity().level())
        .put("name", s.severity().name())
        .put("requested", s.requestedSeverity().orElse(null));
    SlaJson.notices(o.putArray("notCovered"), s.notCovered());
    ArrayNode metrics = o.putArray("metrics");
    for (MetricStatus m : s.metrics()) {
      metrics.add(metric(m));
    }
    ArrayNode alarms = o.putArray("alarms");
    for (Alarm a : s.alarms()) {
      ObjectNode an = alarms.addObject();
      an.put("metric", a.metric());
      an.put("cycle", a.cycle());
      an.put("percent", a.percent());
      an.put("at", a.at().toString());
      an.put("inBusinessHours", a.inBusinessHours());
      an.put("dueAt", instant(a.dueAt()));
    }
    SlaJson.notices(o.putArray("warnings"), s.warnings());
    SlaJson.trace(o.putArray("trace"), s.trace());
    return o;
  }

  private static ObjectNode metric(MetricStatus m) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("metric", m.metric());
    o.put("cycle", m.cycle());
    o.put("state", m.state().name());
    if (m.target().isPresent()) {
      // the target's calendar is the one that counts the cycle: the decision's shape
      TimeSpan t = m.target().get();
      o.set(
          "target",
          SlaJson.span(t, t.clock() == ClockKind.ELAPSED ? Optional.empty() : m.calendar()));
    } else {
      o.putNull("target");
    }
    o.put("clock", m.clock().json());
    o.put("calendar", m.calendar().orElse(null));
    o.put("startedAt", m.startedAt().toString());
    o.put("elapsed", m.elapsed().toString());
    o.put("paused", m.paused().toString());
    o.put("remaining", m.remaining().map(Duration::toString).orElse(null));
    o.put("percentUsed", m.percentUsed().orElse(null));
    o.put("deadline", instant(m.deadline()));
    o.put("stoppedAt", instant(m.stoppedAt()));
    o.put("metAt", instant(m.metAt()));
    o.put("breachedAt", instant(m.breachedAt()));
    return o;
  }

  private static @Nullable String instant(Optional<Instant> instant) {
    return instant.map(Instant::toString).orElse(null);
  }
}
