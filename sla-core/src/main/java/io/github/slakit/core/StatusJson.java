package io.github.slakit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.MetricStatus;
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
