package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.calendars.CalendarJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON contract (CONTRACT.md): reads cases and subscriptions, writes decisions.
 *
 * <p>Readers ignore fields they do not know. Every mistake raises one {@link SlaInputException}
 * naming the source (a file name, or what the caller passes), the field path and the value:
 * {@code case.json: severity: 7 is not a severity (1..4)}; malformed JSON gives its line and
 * column. Stateless and thread-safe.
 */
public final class SlaJson {
  private SlaJson() {}

  /** A case and a subscription read together: a batch line or a scenario. */
  public record Request(SupportCase supportCase, Subscription subscription) {
    public Request {
      Objects.requireNonNull(supportCase, "supportCase");
      Objects.requireNonNull(subscription, "subscription");
    }
  }

  /** Reads a case file; errors name the file. */
  public static SupportCase readCase(Path file) {
    JsonInput in = new JsonInput(file.getFileName().toString());
    return caseOf(in, in.parse(read(file)), "");
  }

  /** Reads a case from JSON text; errors name {@code source} (may be empty). */
  public static SupportCase readCase(String json, String source) {
    JsonInput in = new JsonInput(source);
    return caseOf(in, in.parse(json), "");
  }

  /** Reads a subscription file; errors name the file. */
  public static Subscription readSubscription(Path file) {
    JsonInput in = new JsonInput(file.getFileName().toString());
    return subscriptionOf(in, in.parse(read(file)), "");
  }

  /** Reads a subscription from JSON text; errors name {@code source} (may be empty). */
  public static Subscription readSubscription(String json, String source) {
    JsonInput in = new JsonInput(source);
    return subscriptionOf(in, in.parse(json), "");
  }

  /**
   * Reads {@code {"case": {...}, "subscription": {...}}} (a batch line, a scenario); paths in
   * errors start with {@code case.} or {@code subscription.}.
   */
  public static Request readRequest(String json, String source) {
    JsonInput in = new JsonInput(source);
    JsonNode root = in.object(in.parse(json), "");
    return new Request(caseOf(in, in.required(root, "", "case"), "case"),
        subscriptionOf(in, in.required(root, "", "subscription"), "subscription"));
  }

  /**
   * An inline calendar, read by the shared calendar reader of sla-calendars; one without an id is
   * called {@code "inline"} in decisions.
   */
  private static BusinessCalendar inlineCalendar(JsonInput in, JsonNode node, String path) {
    BusinessCalendar cal;
    try {
      cal = CalendarJson.fromTree(node, in.source(), path, null);
    } catch (CalendarException e) {
      throw new SlaInputException(e.getMessage(), e);
    }
    return cal.id().isEmpty() ? cal.toBuilder().id("inline").build() : cal;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SlaInputException(file + ": cannot be read: " + e, e);
    }
  }

  static SupportCase caseOf(JsonInput in, JsonNode node, String p) {
    in.object(node, p);
    String id = in.requiredText(node, p, "id");
    String vendor = in.requiredText(node, p, "vendor");
    var opened = in.dateTime(in.required(node, p, "openedAt"), JsonInput.path(p, "openedAt"));
    SupportCase.Builder b = SupportCase.builder(id, vendor, opened);
    in.optional(node, p, "severity").ifPresent(n -> {
      if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 1 || n.intValue() > 4) {
        throw in.error(JsonInput.path(p, "severity"), n, "a severity (1..4)");
      }
      b.severity(n.intValue());
    });
    in.enumeration(node, p, "impact", Impact.class, "an impact").ifPresent(b::impact);
    b.production(in.bool(node, p, "production", true));
    b.workaround(in.bool(node, p, "workaround", false));
    in.enumeration(node, p, "deployment", Deployment.class, "a deployment").ifPresent(b::deployment);
    in.enumeration(node, p, "issueKind", IssueKind.class, "an issue kind").ifPresent(b::issueKind);
    in.optional(node, p, "attributes").ifPresent(a -> {
      String ap = JsonInput.path(p, "attributes");
      in.object(a, ap);
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        if (!e.getValue().isValueNode() || e.getValue().isNull()) {
          throw in.error(JsonInput.path(ap, e.getKey()), e.getValue(),
              "an attribute value (a string, number or boolean)");
        }
        b.attribute(e.getKey(), e.getValue().asText());
      }
    });
    return b.build();
  }

  static Subscription subscriptionOf(JsonInput in, JsonNode node, String p) {
    in.object(node, p);
    String id = in.requiredText(node, p, "id");
    String vendor = in.requiredText(node, p, "vendor");
    String level = in.requiredText(node, p, "level");
    String lp = JsonInput.path(p, "location");
    JsonNode loc = in.object(in.required(node, p, "location"), lp);
    String country = in.requiredText(loc, lp, "country");
    if (!country.matches("[A-Z]{2}")) {
      throw in.error(JsonInput.path(lp, "country"), loc.get("country"),
          "a country code (ISO 3166 alpha-2, upper case: KR)");
    }
    var zone = in.zone(in.required(loc, lp, "zone"), JsonInput.path(lp, "zone"));
    Subscription.Builder b = Subscription.builder(id, vendor, level, new Location(country, zone));
    in.optionalText(node, p, "customer").ifPresent(b::customer);
    in.optional(node, p, "calendar").ifPresent(c -> {
      String cp = JsonInput.path(p, "calendar");
      if (c.isTextual()) {
        b.calendarId(c.asText());
      } else if (c.isObject()) {
        b.calendar(inlineCalendar(in, c, cp));
      } else {
        throw in.error(cp, c, "a calendar (an object, or the id of a registered calendar)");
      }
    });
    in.enumeration(node, p, "deployment", Deployment.class, "a deployment").ifPresent(b::deployment);
    Optional<java.time.LocalDate> start = in.date(node, p, "start");
    Optional<java.time.LocalDate> end = in.date(node, p, "end");
    if (start.isPresent() && end.isPresent()) {
      if (end.get().isBefore(start.get())) {
        throw in.error(JsonInput.path(p, "end"), node.get("end"),
            "on or after start " + node.get("start"));
      }
      b.term(start.get(), end.get());
    } else if (start.isPresent() || end.isPresent()) {
      throw in.error(JsonInput.path(p, start.isPresent() ? "end" : "start"),
          "is missing (start and end go together)");
    }
    in.amount(node, p, "annualSpendUsd").ifPresent(b::annualSpendUsd);
    in.count(node, p, "agreedVisitsPerYear").ifPresent(b::agreedVisitsPerYear);
    in.optional(node, p, "usage").ifPresent(u -> {
      String up = JsonInput.path(p, "usage");
      in.object(u, up);
      in.count(u, up, "onSiteVisits").ifPresent(b::onSiteVisitsUsed);
    });
    b.newCustomer(in.bool(node, p, "newCustomer", false));
    return b.build();
  }

  /** The decision as JSON text, pretty-printed. */
  public static String write(Decision decision) {
    return write(decision, true);
  }

  /** The decision as one line of JSON (for JSON Lines output). */
  public static String writeLine(Decision decision) {
    return write(decision, false);
  }

  private static String write(Decision d, boolean pretty) {
    try {
      var writer = pretty
          ? JsonInput.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT)
          : JsonInput.MAPPER.writer();
      return writer.writeValueAsString(toJson(d));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decision as a Jackson tree, keys in CONTRACT.md order, nulls where it shows them. */
  public static ObjectNode toJson(Decision d) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("caseId", d.caseId());
    o.put("subscriptionId", d.subscriptionId());
    o.put("vendor", d.vendor());
    o.put("covered", d.covered());
    o.put("reason", d.reason().orElse(null));
    ObjectNode sev = o.putObject("severity");
    sev.put("level", d.severity().level());
    sev.put("name", d.severity().name());
    sev.put("requested", d.severity().requested().orElse(null));
    ArrayNode targets = o.putArray("targets");
    for (Decision.Target t : d.targets()) {
      ObjectNode tn = targets.addObject();
      tn.put("metric", t.metric());
      tn.put("target", t.target().map(TimeSpan::amount).orElse(null));
      tn.put("clock", t.target().map(s -> s.clock().json()).orElse(null));
      tn.put("calendar", t.calendar().orElse(null));
      tn.put("deadline", t.deadline().map(Instant::toString).orElse(null));
    }
    o.put("routing", d.routing().orElse(null));
    ArrayNode esc = o.putArray("escalation");
    for (Decision.EscalationStep s : d.escalation()) {
      ObjectNode sn = esc.addObject();
      sn.put("step", s.step());
      sn.put("at", s.at().toString());
      sn.put("role", s.role());
      sn.put("action", s.action());
    }
    o.set("entitlements", entitlements(d.entitlements()));
    ArrayNode warnings = o.putArray("warnings");
    d.warnings().forEach(warnings::add);
    ArrayNode trace = o.putArray("trace");
    for (Decision.TraceEntry t : d.trace()) {
      trace.addObject().put("rule", t.rule()).put("clause", t.clause());
    }
    o.put("businessImpact", d.businessImpact().orElse(null));
    return o;
  }

  private static ObjectNode entitlements(Entitlements e) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    e.supportKind().ifPresent(v -> o.put("supportKind", v));
    e.phoneSupport().ifPresent(v -> o.put("phoneSupport", v));
    e.monitoring().ifPresent(v -> o.put("monitoring", v));
    e.supportHours().ifPresent(v -> o.put("supportHours", v));
    e.onSiteVisits().ifPresent(v -> {
      ObjectNode q = o.putObject("onSiteVisits");
      q.put("perYear", v.perYear().orElse(null));
      q.put("used", v.used());
      q.put("remaining", v.remaining().orElse(null));
    });
    e.preventiveInspection().ifPresent(v -> o.put("preventiveInspection", v));
    if (!e.options().isEmpty()) {
      e.options().forEach(o.putArray("options")::add);
    }
    if (!e.services().isEmpty()) {
      e.services().forEach(o.putArray("services")::add);
    }
    return o;
  }
}
