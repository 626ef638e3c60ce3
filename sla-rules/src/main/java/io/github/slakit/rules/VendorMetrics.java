package io.github.slakit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.MetricDefinition;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code metrics} of a vendor.json: clocks a vendor adds, or built-in ones it pauses
 * differently (docs/RULES.md). A built-in metric named again keeps what the entry does not say.
 */
final class VendorMetrics {
  private VendorMetrics() {}

  static final List<String> FIELDS =
      List.of("metric", "startsOn", "stopsOn", "repeats", "pausedBy", "targetFrom", "clause");

  static List<MetricDefinition> read(VendorReader in, JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw in.error("metrics", node, "a list of metrics");
    }
    java.util.ArrayList<MetricDefinition> out = new java.util.ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(metric(in, node.get(i), "metrics[" + i + "]"));
    }
    return List.copyOf(out);
  }

  private static MetricDefinition metric(VendorReader in, JsonNode m, String path) {
    in.object(m, path);
    in.known(m, path, FIELDS, "a metric");
    String name = in.requiredText(m, path, "metric");
    Optional<MetricDefinition> builtIn =
        MetricDefinition.known().stream().filter(d -> d.metric().equals(name)).findFirst();
    Set<Type> startsOn =
        events(in, m, "startsOn", path)
            .or(() -> builtIn.map(MetricDefinition::startsOn))
            .orElseThrow(() -> notBuiltIn(in, path, "startsOn"));
    Set<Type> stopsOn =
        events(in, m, "stopsOn", path)
            .or(() -> builtIn.map(MetricDefinition::stopsOn))
            .orElseThrow(() -> notBuiltIn(in, path, "stopsOn"));
    Set<Type> pausedBy =
        events(in, m, "pausedBy", path)
            .or(() -> builtIn.map(MetricDefinition::pausedBy))
            .orElse(MetricDefinition.WAITS);
    boolean repeats =
        in.optionalBool(m, path, "repeats")
            .orElseGet(() -> builtIn.map(MetricDefinition::repeats).orElse(false));
    Optional<String> targetFrom =
        in.optionalText(m, path, "targetFrom")
            .or(() -> builtIn.flatMap(MetricDefinition::targetFrom));
    String clause =
        in.optionalText(m, path, "clause")
            .or(() -> builtIn.map(MetricDefinition::clause))
            .orElseThrow(() -> notBuiltIn(in, path, "clause"));
    try {
      return new MetricDefinition(name, startsOn, stopsOn, repeats, pausedBy, targetFrom, clause);
    } catch (IllegalArgumentException e) {
      throw in.error(path, String.valueOf(e.getMessage()));
    }
  }

  private static RuntimeException notBuiltIn(VendorReader in, String path, String field) {
    return in.error(
        VendorReader.path(path, field), "is missing (required for a metric that is not built in)");
  }

  private static Optional<Set<Type>> events(
      VendorReader in, JsonNode m, String field, String path) {
    Optional<JsonNode> given = in.optional(m, path, field);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    JsonNode n = given.get();
    String at = VendorReader.path(path, field);
    if (!n.isArray()) {
      throw in.error(at, n, "a list of event types");
    }
    Set<Type> out = EnumSet.noneOf(Type.class);
    for (int i = 0; i < n.size(); i++) {
      out.add(
          in.parsed(
              n.get(i),
              at + "[" + i + "]",
              Type::valueOf,
              "an event type ("
                  + Arrays.stream(Type.values()).map(Enum::name).collect(Collectors.joining(", "))
                  + ")"));
    }
    return Optional.of(out);
  }
}
