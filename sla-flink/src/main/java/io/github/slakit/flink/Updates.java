package io.github.slakit.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.calendars.CalendarJson;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaInputException;
import io.github.slakit.rules.Rulesets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule and calendar updates (docs/FLINK.md, "Updates"): a line {@code {"calendar": {...}}}
 * registers a calendar (the calendar JSON of docs/JSON.md, with its {@code id}) for the
 * subscriptions that name it, replacing one of the same id; a line {@code {"rules": {"vendor":
 * "acme", "drl": "..."}}} adds a vendor's DRL ruleset, or replaces one (a built-in too). They are
 * kept in Flink's broadcast state as text, under {@code calendar:ID} and {@code rules:VENDOR}, and
 * every parallel instance builds its engine from the built-in rulesets and them. Not thread-safe:
 * one per function instance.
 */
final class Updates {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Compiled DRL by its text: an update of the calendars does not compile the rules again. */
  private final Map<String, Ruleset> compiled = new HashMap<>();

  /**
   * The state entry of an update line.
   *
   * @return the key ({@code calendar:ID}, {@code rules:VENDOR}) and the value to keep
   * @throws SlaInputException naming the line, the field and the value when the line is not an
   *     update, or its calendar or rules are refused
   */
  Map.Entry<String, String> read(InputLine line) {
    String where = line.where() + ": ";
    if (!line.problem().isEmpty()) {
      throw new SlaInputException(where + line.problem());
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(line.text());
    } catch (java.io.IOException e) {
      throw new SlaInputException(where + "malformed JSON: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.isObject() || root.size() != 1) {
      throw new SlaInputException(
          where
              + "an update is {\"calendar\": {...}} or {\"rules\": {\"vendor\": ..., \"drl\": ...}}");
    }
    if (root.has("calendar")) {
      BusinessCalendar cal = calendar(root.get("calendar").toString(), line.where());
      if (cal.id().isEmpty()) {
        throw new SlaInputException(where + "calendar.id: is missing (required)");
      }
      return Map.entry("calendar:" + cal.id(), root.get("calendar").toString());
    }
    JsonNode rules = root.get("rules");
    if (rules == null || !rules.isObject()) {
      throw new SlaInputException(
          where + "\"" + root.fieldNames().next() + "\" is not an update (calendar, rules)");
    }
    JsonNode vendor = rules.get("vendor");
    JsonNode drl = rules.get("drl");
    if (vendor == null || !vendor.isTextual() || vendor.asText().isBlank()) {
      throw new SlaInputException(where + "rules.vendor: is missing (a vendor id)");
    }
    if (drl == null || !drl.isTextual()) {
      throw new SlaInputException(where + "rules.drl: is missing (the DRL text)");
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Updates.class.getClassLoader());
    try {
      ruleset(vendor.asText(), drl.asText(), line.where());
    } finally {
      thread.setContextClassLoader(previous);
    }
    return Map.entry("rules:" + vendor.asText(), rules.toString());
  }

  /**
   * The engine of the built-in rulesets and the updates kept.
   *
   * @param kept the broadcast state's entries
   * @return the engine
   */
  SlaEngine engine(Iterable<Map.Entry<String, String>> kept) {
    // Drools binds the rules it compiles to the thread's context class loader. In a task that is
    // Flink's user-code class loader, closed when the job ends; the built-in rulesets are compiled
    // once per JVM and shared, so they are compiled against the loader of slakit's own classes.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Updates.class.getClassLoader());
    try {
      return build(kept);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private SlaEngine build(Iterable<Map.Entry<String, String>> kept) {
    SlaEngine.Builder b = SlaEngine.builder().rulesets(Rulesets.builtIn());
    Map<String, String> sorted = new TreeMap<>();
    kept.forEach(e -> sorted.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      if (e.getKey().startsWith("calendar:")) {
        b.calendar(calendar(e.getValue(), e.getKey()));
      } else {
        JsonNode rules;
        try {
          rules = MAPPER.readTree(e.getValue());
        } catch (java.io.IOException x) {
          throw new IllegalStateException(e.getKey() + ": " + x.getMessage(), x);
        }
        b.ruleset(ruleset(rules.get("vendor").asText(), rules.get("drl").asText(), e.getKey()));
      }
    }
    return b.build();
  }

  private Ruleset ruleset(String vendor, String drl, String name) {
    String key = vendor + "\n" + drl;
    Ruleset r = compiled.get(key);
    if (r == null) {
      r = Rulesets.drl(vendor).text(name, drl).build();
      compiled.put(key, r);
    }
    return r;
  }

  private static BusinessCalendar calendar(String json, String source) {
    try {
      return CalendarJson.parseEmbedded(json, source, "calendar");
    } catch (CalendarException e) {
      throw new SlaInputException(String.valueOf(e.getMessage()), e);
    }
  }

  private static String firstLine(@org.jspecify.annotations.Nullable String s) {
    return s == null ? "" : List.of(s.split("\n", 2)).get(0);
  }
}
