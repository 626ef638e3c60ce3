package io.github.slakit.oncall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.slakit.calendars.TimeWindow;
import io.github.slakit.calendars.internal.TextFiles;
import io.github.slakit.core.SlaInputException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schedule and escalation policy JSON of the contract (docs/JSON.md, "On-call"), and the JSON
 * of the answers: who is on call, a timeline, a plan.
 *
 * <p>Readers are strict: a field they do not know is refused with the nearest known name, and
 * every mistake raises one {@link SlaInputException} naming the source, the field path and the
 * value ({@code primary.json: layers[0].turn: "1 week" is not a turn ...}). Stateless and
 * thread-safe.
 */
public final class OncallJson {
  static final List<String> SCHEDULE_FIELDS = List.of("id", "zone", "layers", "overrides");
  static final List<String> LAYER_FIELDS =
      List.of("name", "zone", "start", "turn", "participants", "restrictions");
  static final List<String> RESTRICTION_FIELDS = List.of("days", "window");
  static final List<String> OVERRIDE_FIELDS = List.of("person", "start", "end");
  static final List<String> POLICY_FIELDS = List.of("id", "rules", "loops", "roles");
  static final List<String> RULE_FIELDS = List.of("targets", "channels", "delayMinutes");
  static final List<String> TARGET_FIELDS = List.of("type", "id", "onCall");
  private static final Pattern WEEKS = Pattern.compile("P(\\d{1,4})W", Pattern.CASE_INSENSITIVE);
  private static final String TURN =
      "a turn (an ISO-8601 duration of whole minutes, more than "
          + "zero: PT12H, P1D, P1W, P2DT12H)";

  private OncallJson() {}

  /**
   * Reads a schedule file; errors name the file by its name.
   *
   * @param file a schedule JSON file (strict UTF-8, at most 16 MiB)
   * @return the schedule
   * @throws SlaInputException when the file cannot be read or is not a schedule
   */
  public static Schedule readSchedule(Path file) {
    return readSchedule(read(file), String.valueOf(file.getFileName()));
  }

  /**
   * Reads a schedule from JSON text.
   *
   * @param json the text
   * @param source what messages call it (a file name); may be empty
   * @return the schedule
   * @throws SlaInputException when the text is not a schedule
   */
  public static Schedule readSchedule(String json, String source) {
    OncallReader in = new OncallReader(source);
    JsonNode root = in.object(in.parse(json), "", SCHEDULE_FIELDS, "a schedule");
    Schedule.Builder b =
        Schedule.builder(
            in.requiredText(root, "", "id"), in.zone(in.required(root, "", "zone"), "zone"));
    in.list(in.required(root, "", "layers"), "layers", "the layers", (n, p) -> layer(in, n, p))
        .forEach(b::layer);
    in.optional(root, "overrides")
        .ifPresent(
            o ->
                in.list(o, "overrides", "the overrides", (n, p) -> override(in, n, p))
                    .forEach(b::override));
    return b.build();
  }

  private static Layer layer(OncallReader in, JsonNode node, String p) {
    in.object(node, p, LAYER_FIELDS, "a layer");
    Layer.Builder b =
        Layer.builder(
            localStart(in, in.required(node, p, "start"), OncallReader.path(p, "start")),
            turn(in, in.required(node, p, "turn"), OncallReader.path(p, "turn")));
    in.optionalText(node, p, "name").ifPresent(b::name);
    in.optional(node, "zone").ifPresent(z -> b.zone(in.zone(z, OncallReader.path(p, "zone"))));
    String pp = OncallReader.path(p, "participants");
    List<String> people =
        in.list(in.required(node, p, "participants"), pp, "the participants", in::text);
    if (people.isEmpty()) {
      throw in.error(pp, "is empty: a layer needs at least one participant");
    }
    b.participants(people);
    in.optional(node, "restrictions")
        .ifPresent(
            r ->
                in.list(
                        r,
                        OncallReader.path(p, "restrictions"),
                        "the restrictions",
                        (n, rp) -> restriction(in, n, rp))
                    .forEach(b::restriction));
    return b.build();
  }

  private static LocalDateTime localStart(OncallReader in, JsonNode n, String path) {
    LocalDateTime t =
        in.parsed(
            n,
            path,
            s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME),
            "a local date-time without an offset "
                + "(2026-03-02T09:00: the layer's zone gives the offset)");
    in.year(t.getYear(), n, path);
    return t;
  }

  private static Duration turn(OncallReader in, JsonNode n, String path) {
    Duration d =
        in.parsed(
            n,
            path,
            s -> {
              Matcher m = WEEKS.matcher(s);
              return m.matches()
                  ? Duration.ofDays(7L * Integer.parseInt(m.group(1)))
                  : Duration.parse(s);
            },
            TURN);
    if (d.isNegative() || d.isZero() || d.getNano() != 0 || d.getSeconds() % 60 != 0) {
      throw in.error(path, n, TURN);
    }
    return d;
  }

  private static Restriction restriction(OncallReader in, JsonNode node, String p) {
    in.object(node, p, RESTRICTION_FIELDS, "a restriction");
    String wp = OncallReader.path(p, "window");
    TimeWindow window =
        in.parsed(
            in.required(node, p, "window"),
            wp,
            TimeWindow::parse,
            "a time window (09:00-17:00; 22:00-06:00 crosses midnight)");
    Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
    Optional<JsonNode> given = in.optional(node, "days");
    if (given.isPresent()) {
      String dp = OncallReader.path(p, "days");
      List<DayOfWeek> list = in.list(given.get(), dp, "the days", (n, ip) -> day(in, n, ip));
      if (list.isEmpty()) {
        throw in.error(dp, "is empty: leave it out for every day");
      }
      days = EnumSet.copyOf(list);
      if (days.size() != list.size()) {
        throw in.error(dp, "names a day twice");
      }
    }
    return new Restriction(days, window);
  }

  private static DayOfWeek day(OncallReader in, JsonNode n, String path) {
    if (n.isTextual()) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().substring(0, 3).equals(n.textValue())) {
          return d;
        }
      }
    }
    throw in.error(path, n, "a day of the week (MON, TUE, WED, THU, FRI, SAT, SUN)");
  }

  private static ScheduleOverride override(OncallReader in, JsonNode node, String p) {
    in.object(node, p, OVERRIDE_FIELDS, "an override");
    String person = in.requiredText(node, p, "person");
    Instant start = instant(in, in.required(node, p, "start"), OncallReader.path(p, "start"));
    Instant end = instant(in, in.required(node, p, "end"), OncallReader.path(p, "end"));
    if (!end.isAfter(start)) {
      throw in.error(
          OncallReader.path(p, "end"),
          OncallReader.show(in.required(node, p, "end"))
              + " is not after start ("
              + OncallReader.show(in.required(node, p, "start"))
              + ")");
    }
    return new ScheduleOverride(person, start, end);
  }

  /** An instant with its offset, in the supported years (local and UTC). */
  static Instant instant(OncallReader in, JsonNode n, String path) {
    OffsetDateTime t =
        in.parsed(
            n,
            path,
            OffsetDateTime::parse,
            "a date-time with an offset (2026-03-06T17:30:00+09:00)");
    in.year(t.getYear(), n, path);
    in.year(t.withOffsetSameInstant(ZoneOffset.UTC).getYear(), n, path);
    return t.toInstant();
  }

  /**
   * Reads an escalation policy file; errors name the file by its name.
   *
   * @param file a policy JSON file (strict UTF-8, at most 16 MiB)
   * @return the policy
   * @throws SlaInputException when the file cannot be read or is not a policy
   */
  public static EscalationPolicy readPolicy(Path file) {
    return readPolicy(read(file), String.valueOf(file.getFileName()));
  }

  /**
   * Reads an escalation policy from JSON text.
   *
   * @param json the text
   * @param source what messages call it (a file name); may be empty
   * @return the policy
   * @throws SlaInputException when the text is not a policy
   */
  public static EscalationPolicy readPolicy(String json, String source) {
    OncallReader in = new OncallReader(source);
    JsonNode root = in.object(in.parse(json), "", POLICY_FIELDS, "an escalation policy");
    EscalationPolicy.Builder b = EscalationPolicy.builder(in.requiredText(root, "", "id"));
    List<EscalationRule> rules =
        in.list(in.required(root, "", "rules"), "rules", "the rules", (n, p) -> rule(in, n, p));
    if (rules.isEmpty()) {
      throw in.error("rules", "is empty: a policy needs at least one rule");
    }
    rules.forEach(b::rule);
    in.integer(root, "", "loops", 0, EscalationPolicy.MAX_LOOPS).ifPresent(b::loops);
    in.optional(root, "roles")
        .ifPresent(
            r -> {
              if (!r.isObject()) {
                throw in.error("roles", r, "a map of roles to schedule ids (an object)");
              }
              for (var e : r.properties()) {
                String rp = OncallReader.path("roles", e.getKey());
                // the role is checked as a value is: not blank, no unpaired surrogate
                b.role(in.text(TextNode.valueOf(e.getKey()), rp), in.text(e.getValue(), rp));
              }
            });
    return b.build();
  }

  private static EscalationRule rule(OncallReader in, JsonNode node, String p) {
    in.object(node, p, RULE_FIELDS, "a rule");
    String tp = OncallReader.path(p, "targets");
    List<Target> targets =
        in.list(in.required(node, p, "targets"), tp, "the targets", (n, ip) -> target(in, n, ip));
    if (targets.isEmpty()) {
      throw in.error(tp, "is empty: a rule needs at least one target");
    }
    String cp = OncallReader.path(p, "channels");
    List<Channel> channels =
        in.optional(node, "channels")
            .map(
                c ->
                    in.list(
                        c,
                        cp,
                        "the channels",
                        (n, ip) -> in.enumeration(n, ip, Channel.class, "a channel")))
            .orElse(List.of());
    if (EnumSet.copyOf(channels.isEmpty() ? List.of(Channel.DEFAULT) : channels).size()
        != Math.max(1, channels.size())) {
      throw in.error(cp, "names a channel twice");
    }
    if (channels.size() > 1 && channels.contains(Channel.DEFAULT)) {
      throw in.error(cp, "DEFAULT (the person's own preferences) stands alone");
    }
    int delay =
        in.integer(node, p, "delayMinutes", 0, EscalationRule.MAX_DELAY_MINUTES)
            .orElseThrow(
                () -> in.error(OncallReader.path(p, "delayMinutes"), "is missing (required)"));
    return new EscalationRule(targets, channels, delay);
  }

  private static Target target(OncallReader in, JsonNode node, String p) {
    in.object(node, p, TARGET_FIELDS, "a target");
    Target.Type type =
        in.enumeration(
            in.required(node, p, "type"),
            OncallReader.path(p, "type"),
            Target.Type.class,
            "a target type");
    Target.Pick pick =
        in.optional(node, "onCall")
            .map(
                n ->
                    in.enumeration(
                        n, OncallReader.path(p, "onCall"), Target.Pick.class, "an on-call pick"))
            .orElse(Target.Pick.CURRENT);
    Optional<String> id = in.optionalText(node, p, "id");
    switch (type) {
      case STEP_ROLES:
        if (id.isPresent()) {
          throw in.error(
              OncallReader.path(p, "id"),
              "STEP_ROLES takes no id: the step's roles give "
                  + "the schedules (the policy's roles)");
        }
        return Target.stepRoles(pick);
      case PERSON:
        if (pick != Target.Pick.CURRENT) {
          throw in.error(
              OncallReader.path(p, "onCall"),
              OncallReader.show(node.get("onCall"))
                  + " is for a schedule or the step's roles, not a PERSON");
        }
        return Target.person(
            id.orElseThrow(
                () ->
                    in.error(
                        OncallReader.path(p, "id"), "is missing (required: the person's name)")));
      default:
        return Target.schedule(
            id.orElseThrow(
                () ->
                    in.error(
                        OncallReader.path(p, "id"), "is missing (required: the schedule's id)")),
            pick);
    }
  }

  private static String read(Path file) {
    try {
      return TextFiles.readUtf8(file);
    } catch (TextFiles.Unreadable e) {
      throw new SlaInputException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  // ---- answers -----------------------------------------------------------------------------

  /**
   * Who is on call at an instant, as JSON: {@code {"schedule", "at", "person", "source"}},
   * {@code person} and {@code source} {@code null} in a gap.
   *
   * @param schedule the schedule asked
   * @param at the instant asked
   * @return pretty-printed JSON text
   */
  public static String writeOnCall(Schedule schedule, Instant at) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("schedule", schedule.id());
    root.put("at", at.toString());
    Optional<OnCall> on = schedule.onCallAt(at);
    root.put("person", on.map(OnCall::person).orElse(null));
    root.set("source", on.map(o -> source(o.source())).orElse(null));
    return write(root);
  }

  /**
   * A timeline as JSON: {@code {"schedule", "from", "to", "shifts": [{"person", "start", "end",
   * "source"}], "gaps": [{"start", "end"}]}}.
   *
   * @param schedule the schedule's id, written as {@code schedule}
   * @param timeline the timeline
   * @return pretty-printed JSON text
   */
  public static String write(String schedule, Timeline timeline) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("schedule", schedule);
    root.put("from", timeline.from().toString());
    root.put("to", timeline.to().toString());
    ArrayNode shifts = root.putArray("shifts");
    for (Shift s : timeline.shifts()) {
      ObjectNode o = shifts.addObject();
      o.put("person", s.person());
      o.put("start", s.start().toString());
      o.put("end", s.end().toString());
      o.set("source", source(s.source()));
    }
    ArrayNode gaps = root.putArray("gaps");
    for (Gap g : timeline.gaps()) {
      gaps.addObject().put("start", g.start().toString()).put("end", g.end().toString());
    }
    return write(root);
  }

  /**
   * A plan as a JSON object: {@code {"start", "acknowledgedAt", "notifications", "unreached",
   * "cancelled"}}.
   *
   * @param plan the plan
   * @return pretty-printed JSON text
   */
  public static String write(EscalationPlan plan) {
    return write(plan(plan));
  }

  /**
   * The plans of a decision's escalation steps as JSON: {@code {"caseId", "policy",
   * "acknowledgedAt", "steps": [{"step", "roles", "action", "at", "timing", "clause", "onCall",
   * "plan"}]}}.
   *
   * @param caseId the decision's case id
   * @param policy the policy's id
   * @param acknowledgedAt when someone acknowledged, if anyone did
   * @param steps the steps with their plans
   * @return pretty-printed JSON text
   */
  public static String write(
      String caseId, String policy, Optional<Instant> acknowledgedAt, List<StepPlan> steps) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("caseId", caseId);
    root.put("policy", policy);
    root.put("acknowledgedAt", acknowledgedAt.map(Instant::toString).orElse(null));
    ArrayNode array = root.putArray("steps");
    for (StepPlan sp : steps) {
      ObjectNode o = array.addObject();
      o.put("step", sp.step().step());
      ArrayNode roles = o.putArray("roles");
      sp.step().roles().forEach(roles::add);
      o.put("action", sp.step().action());
      o.put("at", sp.step().at().toString());
      o.put("timing", sp.step().timing().name());
      o.put("clause", sp.step().clause());
      ArrayNode onCall = o.putArray("onCall");
      for (RoleOnCall r : sp.roles()) {
        ObjectNode ro = onCall.addObject();
        ro.put("role", r.role());
        ro.put("schedule", r.schedule().orElse(null));
        ro.put("person", r.onCall().map(OnCall::person).orElse(null));
        ro.set("source", r.onCall().map(c -> source(c.source())).orElse(null));
      }
      o.set("plan", plan(sp.plan()));
    }
    return write(root);
  }

  private static ObjectNode plan(EscalationPlan plan) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("start", plan.start().toString());
    root.put("acknowledgedAt", plan.acknowledgedAt().map(Instant::toString).orElse(null));
    notifications(root.putArray("notifications"), plan.notifications());
    ArrayNode unreached = root.putArray("unreached");
    for (Unreached u : plan.unreached()) {
      ObjectNode o = unreached.addObject();
      o.put("at", u.at().toString());
      o.put("pass", u.pass());
      o.put("rule", u.rule());
      o.putNull("person");
      o.put("reason", u.reason().name());
      o.set("target", target(u.target()));
      o.put("role", u.role().orElse(null));
      o.put("schedule", u.schedule().orElse(null));
    }
    notifications(root.putArray("cancelled"), plan.cancelled());
    return root;
  }

  private static void notifications(ArrayNode array, List<Notification> list) {
    for (Notification n : list) {
      ObjectNode o = array.addObject();
      o.put("at", n.at().toString());
      o.put("pass", n.pass());
      o.put("rule", n.rule());
      o.put("person", n.person());
      o.put("channel", n.channel().name());
      o.set("target", target(n.target()));
      o.put("role", n.role().orElse(null));
      o.put("schedule", n.schedule().orElse(null));
    }
  }

  private static ObjectNode target(Target t) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", t.type().name());
    if (t.type() != Target.Type.STEP_ROLES) {
      o.put("id", t.id());
    }
    if (t.type() != Target.Type.PERSON) {
      o.put("onCall", t.onCall().name());
    }
    return o;
  }

  private static ObjectNode source(Source s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("kind", s.kind().name());
    o.put("index", s.index());
    o.put("name", s.name().isEmpty() ? null : s.name());
    return o;
  }

  private static String write(JsonNode node) {
    try {
      return OncallReader.MAPPER
          .writer()
          .with(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
