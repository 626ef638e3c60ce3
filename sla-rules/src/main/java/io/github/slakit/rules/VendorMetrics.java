package io.github.slakit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.slakit.calendars.internal.JsonFields;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.MetricDefinition;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code metrics} of a vendor.json: clocks a vendor adds, or built-in ones it pauses
 * differently (docs/RULES.md). A built-in metric named again keeps what the entry does not say.
 */
final class VendorMetrics {
  private VendorMetrics() {}

  static final List<String> FIELDS =
      List.of("metric", "startsOn", "stopsOn", "repeats", "pausedBy", "targetFrom", "clause");

  static List<MetricDefinition> read(JsonNode node, String source) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw bad(source, "metrics: " + JsonFields.quote(node.toString()) + " is not a list");
    }
    java.util.ArrayList<MetricDefinition> out = new java.util.ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(metric(node.get(i), "metrics[" + i + "]", source));
    }
    return List.copyOf(out);
  }

  private static MetricDefinition metric(JsonNode m, String path, String source) {
    if (!m.isObject()) {
      throw bad(source, path + ": " + m + " is not a metric object");
    }
    JsonFields.firstUnknown(m, FIELDS, "a metric")
        .ifPresent(
            u -> {
              throw bad(source, path + ": " + u.message());
            });
    JsonNode name = m.get("metric");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      throw bad(source, path + ".metric: is required (the metric's name)");
    }
    Optional<MetricDefinition> builtIn =
        MetricDefinition.defaults().stream()
            .filter(d -> d.metric().equals(name.asText()))
            .findFirst();
    Function<String, String> req =
        f -> path + "." + f + ": is required for a metric that is" + " not built in";
    Set<Type> startsOn =
        events(m, "startsOn", path, source)
            .or(() -> builtIn.map(MetricDefinition::startsOn))
            .orElseThrow(() -> bad(source, req.apply("startsOn")));
    Set<Type> stopsOn =
        events(m, "stopsOn", path, source)
            .or(() -> builtIn.map(MetricDefinition::stopsOn))
            .orElseThrow(() -> bad(source, req.apply("stopsOn")));
    Set<Type> pausedBy =
        events(m, "pausedBy", path, source)
            .or(() -> builtIn.map(MetricDefinition::pausedBy))
            .orElse(MetricDefinition.WAITS);
    JsonNode repeats = m.get("repeats");
    if (repeats != null && !repeats.isNull() && !repeats.isBoolean()) {
      throw bad(source, path + ".repeats: " + repeats + " is not true or false");
    }
    boolean rep =
        repeats != null && repeats.isBoolean()
            ? repeats.booleanValue()
            : builtIn.map(MetricDefinition::repeats).orElse(false);
    Optional<String> targetFrom =
        text(m, "targetFrom", path, source).or(() -> builtIn.flatMap(MetricDefinition::targetFrom));
    String clause =
        text(m, "clause", path, source)
            .or(() -> builtIn.map(MetricDefinition::clause))
            .orElseThrow(() -> bad(source, req.apply("clause")));
    try {
      return new MetricDefinition(
          name.asText(), startsOn, stopsOn, rep, pausedBy, targetFrom, clause);
    } catch (IllegalArgumentException e) {
      throw bad(source, path + ": " + e.getMessage());
    }
  }

  private static Optional<String> text(JsonNode m, String field, String path, String source) {
    JsonNode n = m.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      throw bad(source, path + "." + field + ": " + n + " is not a name");
    }
    return Optional.of(n.asText());
  }

  private static Optional<Set<Type>> events(JsonNode m, String field, String path, String source) {
    JsonNode n = m.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isArray()) {
      throw bad(source, path + "." + field + ": " + n + " is not a list of event types");
    }
    Set<Type> out = EnumSet.noneOf(Type.class);
    for (int j = 0; j < n.size(); j++) {
      final int i = j;
      JsonNode e = n.get(i);
      Type t =
          Arrays.stream(Type.values())
              .filter(x -> e.isTextual() && x.name().equals(e.asText()))
              .findFirst()
              .orElseThrow(
                  () ->
                      bad(
                          source,
                          path
                              + "."
                              + field
                              + "["
                              + i
                              + "]: "
                              + e
                              + " is not an event type ("
                              + Arrays.stream(Type.values())
                                  .map(Enum::name)
                                  .collect(Collectors.joining(", "))
                              + ")"));
      out.add(t);
    }
    return Optional.of(out);
  }

  private static SlaRulesException bad(String source, String problem) {
    return new SlaRulesException(
        "a vendor folder cannot be read", List.of(new Problem(source, 0, 0, "", problem)));
  }
}
