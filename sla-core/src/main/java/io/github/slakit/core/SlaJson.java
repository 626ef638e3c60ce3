package io.github.slakit.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.calendars.CalendarJson;
import io.github.slakit.calendars.internal.TextFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The JSON contract (docs/JSON.md): reads cases, subscriptions and a case's events, writes
 * decisions and a case's status.
 *
 * <p>Readers refuse fields they do not know, naming the nearest known one ({@code "severty" is
 * not a field of a case; did you mean "severity"?}). Every mistake raises one {@link
 * SlaInputException} naming the source (a file name, or what the caller passes), the field path
 * and the value: {@code case.json: severity: 7 is not a severity (1..4)}; malformed JSON gives its
 * line and column. Stateless and thread-safe.
 */
public final class SlaJson {
  /** A country code, or a region of one ({@code KR}, {@code DE-BY}). */
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

  private SlaJson() {}

  /**
   * A case and a subscription read together: a batch line or a scenario.
   *
   * @param supportCase the request's {@code case}
   * @param subscription the request's {@code subscription}
   */
  public record Request(SupportCase supportCase, Subscription subscription) {
    /**
     * Checks the components.
     *
     * @param supportCase the request's {@code case}
     * @param subscription the request's {@code subscription}
     * @throws NullPointerException when a component is null
     */
    public Request {
      Objects.requireNonNull(supportCase, "supportCase");
      Objects.requireNonNull(subscription, "subscription");
    }
  }

  /**
   * A status request: a case, its subscription, its events and the moment asked (a batch line of
   * {@code status}, or a file).
   *
   * @param supportCase the case
   * @param subscription its subscription
   * @param events its events, in the order given (the engine orders them, LIFE-1)
   * @param at the moment asked
   */
  public record StatusRequest(
      SupportCase supportCase, Subscription subscription, List<CaseEvent> events, Instant at) {
    /**
     * Checks the request and copies its events.
     *
     * @param supportCase the case
     * @param subscription its subscription
     * @param events its events
     * @param at the moment asked
     */
    public StatusRequest {
      Objects.requireNonNull(supportCase, "supportCase");
      Objects.requireNonNull(subscription, "subscription");
      events = List.copyOf(events);
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Reads a case file; errors name the file.
   *
   * @param file the file, read as strict UTF-8, at most 16 MiB
   * @return the case
   * @throws SlaInputException naming the file's name, and the field path and value where the
   *     content is wrong; also when the file cannot be read
   */
  public static SupportCase readCase(Path file) {
    JsonInput in = new JsonInput(file.getFileName().toString());
    return caseOf(in, in.parse(read(file)), "");
  }

  /**
   * Reads a case from JSON text; errors name {@code source} (may be empty).
   *
   * @param json one JSON object
   * @param source a name for the text in messages ({@code "case.json"}), or empty
   * @return the case
   * @throws SlaInputException naming the source, the field path and the value
   */
  public static SupportCase readCase(String json, String source) {
    JsonInput in = new JsonInput(source);
    return caseOf(in, in.parse(json), "");
  }

  /**
   * Reads a subscription file; errors name the file.
   *
   * @param file the file, read as strict UTF-8, at most 16 MiB
   * @return the subscription
   * @throws SlaInputException naming the file's name, and the field path and value where the
   *     content is wrong; also when the file cannot be read
   */
  public static Subscription readSubscription(Path file) {
    JsonInput in = new JsonInput(file.getFileName().toString());
    return subscriptionOf(in, in.parse(read(file)), "");
  }

  /**
   * Reads a subscription from JSON text; errors name {@code source} (may be empty).
   *
   * @param json one JSON object
   * @param source a name for the text in messages ({@code "sub.json"}), or empty
   * @return the subscription, with its inline calendar read if it has one
   * @throws SlaInputException naming the source, the field path and the value
   */
  public static Subscription readSubscription(String json, String source) {
    JsonInput in = new JsonInput(source);
    return subscriptionOf(in, in.parse(json), "");
  }

  /**
   * Reads {@code {"case": {...}, "subscription": {...}}} (a batch line, a scenario); paths in
   * errors start with {@code case.} or {@code subscription.}.
   *
   * @param json one JSON object with exactly those two fields
   * @param source a name for the text in messages ({@code "cases.jsonl:2"}), or empty
   * @return the case and the subscription
   * @throws SlaInputException naming the source, the field path and the value
   */
  public static Request readRequest(String json, String source) {
    JsonInput in = new JsonInput(source);
    Request quick = RequestStream.read(json, in);
    if (quick != null) {
      return quick; // else read again with the tree, whose messages name the mistake
    }
    return readRequestTree(json, in);
  }

  /** {@link #readRequest} with the tree reader alone. */
  static Request readRequestTree(String json, JsonInput in) {
    JsonNode root = in.object(in.parse(json), "");
    in.known(root, "", REQUEST_FIELDS, "a request");
    return new Request(
        caseOf(in, in.required(root, "", "case"), "case"),
        subscriptionOf(in, in.required(root, "", "subscription"), "subscription"));
  }

  /**
   * Reads {@code {"case": {...}, "subscription": {...}, "events": [...], "at": "..."}}: what
   * {@link SlaEngine#status} takes. {@code events} may be absent (no events); paths in errors
   * start with {@code case.}, {@code subscription.}, {@code events[N].} or are {@code at}.
   *
   * @param json the request's JSON text
   * @param source what errors name (a file and line), may be empty
   * @return the case, subscription, events and moment
   * @throws SlaInputException naming the source, the field path and the value of a mistake
   */
  public static StatusRequest readStatusRequest(String json, String source) {
    JsonInput in = new JsonInput(source);
    StatusRequest quick = RequestStream.readStatus(json, in, null);
    if (quick != null) {
      return quick; // else read again with the tree, whose messages name the mistake
    }
    return readStatusRequestTree(json, in, null);
  }

  /**
   * {@link #readStatusRequest(String, String, Instant)} with the tree reader alone; a null {@code
   * at} is {@link #readStatusRequest(String, String)}.
   */
  static StatusRequest readStatusRequestTree(String json, JsonInput in, @Nullable Instant at) {
    return StatusJson.request(in, in.parse(json), at);
  }

  /**
   * Reads a status request asked at a moment given apart from it (a report over many cases at one
   * moment): {@code at} replaces the text's own {@code at}, which may be absent (and is still
   * checked when present).
   *
   * @param json the request's JSON text
   * @param source what errors name (a file and line), may be empty
   * @param at the moment asked
   * @return the case, subscription, events and {@code at}
   * @throws SlaInputException naming the source, the field path and the value of a mistake
   */
  public static StatusRequest readStatusRequest(String json, String source, Instant at) {
    Objects.requireNonNull(at, "at");
    JsonInput in = new JsonInput(source);
    StatusRequest quick = RequestStream.readStatus(json, in, at);
    if (quick != null) {
      return quick;
    }
    return readStatusRequestTree(json, in, at);
  }

  /**
   * Reads a file holding a JSON array of events ({@code [{"type": "AGENT_RESPONDED", "at":
   * "2026-03-09T10:00:00+09:00"}, ...]}); errors name the file and the event ({@code [2].severity}).
   *
   * @param file the file, read as strict UTF-8, at most 16 MiB
   * @return the events, in the file's order
   * @throws SlaInputException naming the file, the event's path and the value of a mistake
   */
  public static List<CaseEvent> readEvents(Path file) {
    JsonInput in = new JsonInput(file.getFileName().toString());
    return StatusJson.events(in, in.parse(read(file)), "");
  }

  /**
   * Reads a JSON array of events from text; errors name {@code source} (may be empty).
   *
   * @param json the array's JSON text
   * @param source what errors name, may be empty
   * @return the events, in the text's order
   * @throws SlaInputException naming the source, the event's path and the value of a mistake
   */
  public static List<CaseEvent> readEvents(String json, String source) {
    JsonInput in = new JsonInput(source);
    return StatusJson.events(in, in.parse(json), "");
  }

  /**
   * An inline calendar, read by the shared calendar reader of sla-calendars; one without an id is
   * called {@code "inline"} in decisions.
   */
  private static BusinessCalendar inlineCalendar(JsonInput in, JsonNode node, String path) {
    return inlineCalendar(in, node.toString(), path);
  }

  /** An inline calendar from its JSON text, as {@link #inlineCalendar(JsonInput, JsonNode, String)}. */
  static BusinessCalendar inlineCalendar(JsonInput in, String text, String path) {
    BusinessCalendar known = INLINE_CALENDARS.get(text);
    if (known != null) {
      return known;
    }
    BusinessCalendar cal;
    try {
      cal = CalendarJson.parseEmbedded(text, in.source(), path);
    } catch (CalendarException e) {
      throw new SlaInputException(String.valueOf(e.getMessage()), e);
    }
    cal = cal.id().isEmpty() ? cal.toBuilder().id("inline").build() : cal;
    if (text.length() <= INLINE_CALENDAR_CHARS) {
      if (INLINE_CALENDARS.size() >= INLINE_CALENDARS_KEPT) {
        INLINE_CALENDARS.clear();
      }
      INLINE_CALENDARS.put(text, cal);
    }
    return cal;
  }

  /**
   * Inline calendars read lately, by their JSON text: a batch often repeats a subscription's
   * calendar line after line, and a calendar read once keeps its year index (built at its first
   * use) for the next line. A calendar depends on its text alone, so an entry is never stale; only
   * calendars that read without a mistake are kept. Bounded: at most {@link
   * #INLINE_CALENDARS_KEPT} texts of at most {@link #INLINE_CALENDAR_CHARS} characters, all
   * dropped when full.
   */
  private static final ConcurrentHashMap<String, BusinessCalendar> INLINE_CALENDARS =
      new ConcurrentHashMap<>();

  private static final int INLINE_CALENDARS_KEPT = 64;

  private static final int INLINE_CALENDAR_CHARS = 16 * 1024;

  private static String read(Path file) {
    try {
      return TextFiles.readUtf8(file);
    } catch (TextFiles.Unreadable e) {
      throw new SlaInputException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  static final List<String> REQUEST_FIELDS = List.of("case", "subscription");
  static final List<String> CASE_FIELDS =
      List.of(
          "id",
          "vendor",
          "openedAt",
          "severity",
          "impact",
          "production",
          "workaround",
          "deployment",
          "issueKind",
          "seConsulted",
          "onSiteVisit",
          "businessImpact",
          "component",
          "attributes");
  static final List<String> SUBSCRIPTION_FIELDS =
      List.of(
          "id",
          "vendor",
          "level",
          "customer",
          "location",
          "calendar",
          "deployment",
          "start",
          "end",
          "annualSpendUsd",
          "agreedVisitsPerYear",
          "usage",
          "newCustomer",
          "rpsCustomer");
  static final List<String> LOCATION_FIELDS = List.of("country", "zone");
  static final List<String> USAGE_FIELDS = List.of("onSiteVisitDates", "onSiteVisits");

  /** The value of {@code attributes.customerFacing: "true"}, kept as the business impact. */
  static final String CUSTOMER_FACING = "customer-facing";

  static SupportCase caseOf(JsonInput in, JsonNode node, String p) {
    in.object(node, p);
    in.known(node, p, CASE_FIELDS, "a case");
    String id = in.requiredText(node, p, "id");
    String vendor = in.requiredText(node, p, "vendor");
    var opened = in.dateTime(in.required(node, p, "openedAt"), JsonInput.path(p, "openedAt"));
    SupportCase.Builder b = SupportCase.builder(id, vendor, opened);
    in.optional(node, p, "severity")
        .ifPresent(n -> b.severity(severity(in, n, JsonInput.path(p, "severity"))));
    in.enumeration(node, p, "impact", Impact.class, "an impact").ifPresent(b::impact);
    b.production(in.bool(node, p, "production", true));
    b.workaround(in.bool(node, p, "workaround", false));
    in.enumeration(node, p, "deployment", Deployment.class, "a deployment")
        .ifPresent(b::deployment);
    in.enumeration(node, p, "issueKind", IssueKind.class, "an issue kind").ifPresent(b::issueKind);
    Optional<Boolean> seConsulted = in.optionalBool(node, p, "seConsulted");
    Optional<Boolean> onSiteVisit = in.optionalBool(node, p, "onSiteVisit");
    Optional<String> impact = in.optionalText(node, p, "businessImpact");
    String ap = JsonInput.path(p, "attributes");
    Map<String, String> attributes = new LinkedHashMap<>();
    in.optional(node, p, "attributes")
        .ifPresent(
            a -> {
              in.object(a, ap);
              for (Map.Entry<String, JsonNode> e : a.properties()) {
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                  throw in.error(
                      JsonInput.path(ap, e.getKey()),
                      e.getValue(),
                      "an attribute value (a string, number or boolean)");
                }
                attributes.put(e.getKey(), e.getValue().asText());
              }
            });
    // The attribute spellings of typed fields are still read, strictly (docs/JSON.md).
    seConsulted = legacyFlag(in, ap, attributes, "seConsulted", seConsulted, p);
    onSiteVisit = legacyFlag(in, ap, attributes, "onSiteVisit", onSiteVisit, p);
    Optional<String> customerFacing =
        legacyFlag(in, ap, attributes, "customerFacing", Optional.empty(), p)
            .filter(f -> f)
            .map(f -> CUSTOMER_FACING);
    String legacyImpact = attributes.remove("businessImpact");
    if (legacyImpact != null) {
      impact = agree(in, ap, "businessImpact", impact, legacyImpact, p);
    }
    if (customerFacing.isPresent()) {
      impact = agree(in, ap, "customerFacing", impact, CUSTOMER_FACING, p);
    }
    if (attributes.containsKey("rpsCustomer")) {
      attributes.put(
          "rpsCustomer",
          String.valueOf(
              yesNo(in, JsonInput.path(ap, "rpsCustomer"), attributes.get("rpsCustomer"))));
    }
    seConsulted.ifPresent(b::seConsulted);
    onSiteVisit.ifPresent(b::onSiteVisit);
    impact.ifPresent(b::businessImpact);
    in.optionalText(node, p, "component").ifPresent(b::component);
    attributes.forEach(b::attribute);
    return b.build();
  }

  /** A severity: a whole number 1 (most urgent) to 4; anything else is refused. */
  static int severity(JsonInput in, JsonNode n, String path) {
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 1 || n.intValue() > 4) {
      throw in.error(path, n, "a severity (1..4)");
    }
    return n.intValue();
  }

  /**
   * Moves the attribute {@code name}, if present, to its typed field: it must read {@code true} or
   * {@code false}, and agree with the field when both are given.
   */
  private static Optional<Boolean> legacyFlag(
      JsonInput in,
      String ap,
      Map<String, String> attributes,
      String name,
      Optional<Boolean> typed,
      String p) {
    String text = attributes.remove(name);
    if (text == null) {
      return typed;
    }
    boolean value = yesNo(in, JsonInput.path(ap, name), text);
    if (typed.isPresent() && typed.get() != value) {
      throw in.error(
          JsonInput.path(ap, name),
          JsonInput.show(text)
              + " contradicts "
              + JsonInput.path(p, name)
              + " ("
              + typed.get()
              + ")");
    }
    return Optional.of(value);
  }

  private static Optional<String> agree(
      JsonInput in, String ap, String name, Optional<String> typed, String value, String p) {
    if (typed.isPresent() && !typed.get().equals(value)) {
      throw in.error(
          JsonInput.path(ap, name),
          JsonInput.show(value)
              + " contradicts "
              + JsonInput.path(p, "businessImpact")
              + " ("
              + JsonInput.show(typed.get())
              + ")");
    }
    return Optional.of(value);
  }

  /** A yes/no attribute: exactly {@code true} or {@code false}; any other spelling is refused. */
  private static boolean yesNo(JsonInput in, String path, String text) {
    switch (text) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw in.error(path, JsonInput.show(text) + " is not a yes/no answer (true or false)");
    }
  }

  static Subscription subscriptionOf(JsonInput in, JsonNode node, String p) {
    in.object(node, p);
    in.known(node, p, SUBSCRIPTION_FIELDS, "a subscription");
    String id = in.requiredText(node, p, "id");
    String vendor = in.requiredText(node, p, "vendor");
    String level = in.requiredText(node, p, "level");
    String lp = JsonInput.path(p, "location");
    JsonNode loc = in.object(in.required(node, p, "location"), lp);
    in.known(loc, lp, LOCATION_FIELDS, "a location");
    String country = in.requiredText(loc, lp, "country");
    if (!COUNTRY.matcher(country).matches()) {
      throw in.error(
          JsonInput.path(lp, "country"),
          loc.get("country"),
          "a country code (ISO 3166 alpha-2, upper case: KR), or a country and region (DE-BY)");
    }
    var zone = in.zone(in.required(loc, lp, "zone"), JsonInput.path(lp, "zone"));
    Subscription.Builder b = Subscription.builder(id, vendor, level, new Location(country, zone));
    in.optionalText(node, p, "customer").ifPresent(b::customer);
    in.optional(node, p, "calendar")
        .ifPresent(
            c -> {
              String cp = JsonInput.path(p, "calendar");
              if (c.isTextual()) {
                b.calendarId(c.asText());
              } else if (c.isObject()) {
                b.calendar(inlineCalendar(in, c, cp));
              } else {
                throw in.error(cp, c, "a calendar (an object, or the id of a registered calendar)");
              }
            });
    in.enumeration(node, p, "deployment", Deployment.class, "a deployment")
        .ifPresent(b::deployment);
    Optional<java.time.LocalDate> start = in.date(node, p, "start");
    Optional<java.time.LocalDate> end = in.date(node, p, "end");
    if (start.isPresent() && end.isPresent()) {
      if (end.get().isBefore(start.get())) {
        throw in.error(
            JsonInput.path(p, "end"), node.get("end"), "on or after start " + node.get("start"));
      }
      b.term(start.get(), end.get());
    } else if (start.isPresent() || end.isPresent()) {
      throw in.error(
          JsonInput.path(p, start.isPresent() ? "end" : "start"),
          "is missing (start and end go together)");
    }
    in.amount(node, p, "annualSpendUsd").ifPresent(b::annualSpendUsd);
    in.count(node, p, "agreedVisitsPerYear").ifPresent(b::agreedVisitsPerYear);
    in.optional(node, p, "usage")
        .ifPresent(
            u -> {
              String up = JsonInput.path(p, "usage");
              in.object(u, up);
              in.known(u, up, USAGE_FIELDS, "usage");
              Optional<Integer> count = in.count(u, up, "onSiteVisits");
              in.optional(u, up, "onSiteVisitDates")
                  .ifPresent(
                      dates -> {
                        String dp = JsonInput.path(up, "onSiteVisitDates");
                        if (count.isPresent()) {
                          throw in.error(
                              JsonInput.path(up, "onSiteVisits"),
                              "and onSiteVisitDates exclude each other: give the dated visits, or a count");
                        }
                        if (!dates.isArray()) {
                          throw in.error(dp, dates, "a list of dates (YYYY-MM-DD)");
                        }
                        for (int i = 0; i < dates.size(); i++) {
                          b.onSiteVisit(
                              in.parsed(
                                  dates.get(i),
                                  dp + "[" + i + "]",
                                  java.time.LocalDate::parse,
                                  "a date (YYYY-MM-DD)"));
                        }
                      });
              count.ifPresent(b::onSiteVisitCount);
            });
    b.newCustomer(in.bool(node, p, "newCustomer", false));
    b.rpsCustomer(in.bool(node, p, "rpsCustomer", false));
    return b.build();
  }

  /**
   * The decision as JSON text, pretty-printed, keys in the contract's order.
   *
   * @param decision the decision
   * @return the text, the same bytes for equal decisions
   */
  public static String write(Decision decision) {
    return DecisionJson.write(decision, true);
  }

  /**
   * The decision as one line of JSON (for JSON Lines output), keys in the contract's order.
   *
   * @param decision the decision
   * @return the text, without a line break, the same bytes for equal decisions
   */
  public static String writeLine(Decision decision) {
    return DecisionJson.write(decision, false);
  }

  /**
   * The decision as one line of JSON Lines, in UTF-8 and with its line break: what {@link
   * #writeLine(Decision)} gives, encoded, for a writer of files or streams that wants bytes. A
   * character outside the Basic Multilingual Plane is its four bytes; an unpaired surrogate, which
   * no input brings (the readers refuse it) and UTF-8 cannot carry, is written escaped
   * (<code>&#92;uD800</code>).
   *
   * @param decision the decision
   * @return the bytes, the same for equal decisions
   */
  public static byte[] writeLineUtf8(Decision decision) {
    return DecisionJson.writeLineUtf8(decision);
  }

  /**
   * A case's status as JSON text, pretty-printed (docs/JSON.md, "Status").
   *
   * @param status the status
   * @return the text, the same bytes for equal statuses
   */
  public static String write(CaseStatus status) {
    return write(StatusJson.toJson(status), true);
  }

  /**
   * A case's status as one line of JSON (for JSON Lines output).
   *
   * @param status the status
   * @return the text, without a line break
   */
  public static String writeLine(CaseStatus status) {
    return write(StatusJson.toJson(status), false);
  }

  /**
   * A case's status as one line of JSON Lines, in UTF-8 and with its line break: what {@link
   * #writeLine(CaseStatus)} gives, encoded, for a writer of files or streams that wants bytes. A
   * character outside the Basic Multilingual Plane is its four bytes; an unpaired surrogate, which
   * no input brings (the readers refuse it) and UTF-8 cannot carry, is written escaped
   * (<code>&#92;uD800</code>).
   *
   * @param status the status
   * @return the bytes, the same for equal statuses
   */
  public static byte[] writeLineUtf8(CaseStatus status) {
    return StatusJson.writeLineUtf8(status);
  }

  private static String write(JsonNode tree, boolean pretty) {
    try {
      var writer =
          pretty
              ? JsonInput.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT)
              : JsonInput.MAPPER.writer();
      return writer.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void trace(ArrayNode array, List<Decision.TraceEntry> trace) {
    for (Decision.TraceEntry t : trace) {
      array.addObject().put("rule", t.rule()).put("clause", t.clause());
    }
  }

  static void notices(ArrayNode array, List<Notice> notices) {
    for (Notice n : notices) {
      array.addObject().put("code", n.code()).put("message", n.message()).put("clause", n.clause());
    }
  }

  /**
   * A target's amount under the key that names its unit: {@code {"elapsed": "PT1H"}}, {@code
   * {"businessHours": "PT4H", "calendar": "KR"}}, {@code {"businessDays": 1, "calendar": "KR"}}.
   */
  static ObjectNode span(TimeSpan span, Optional<String> calendar) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    switch (span.clock()) {
      case ELAPSED:
        o.put("elapsed", span.duration().toString());
        break;
      case BUSINESS_HOURS:
        o.put("businessHours", span.duration().toString());
        break;
      case BUSINESS_DAYS:
        o.put("businessDays", span.days());
        break;
      default:
        throw new AssertionError(span.clock());
    }
    calendar.ifPresent(c -> o.put("calendar", c));
    return o;
  }
}
