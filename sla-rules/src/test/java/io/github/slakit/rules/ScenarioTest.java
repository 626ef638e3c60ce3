package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.core.Decision;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End-to-end scenarios: {@code scenarios/<vendor>/*.json} (the harness's demo prints them too),
 * each {@code {about, case, subscription, expected}} where {@code expected} holds the decision's fields that matter, worked
 * out by hand. Objects match when every expected key matches; arrays element by element and of
 * the same length.
 */
class ScenarioTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> scenarios() throws Exception {
    Path root = Path.of(ScenarioTest.class.getResource("/scenarios").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream()
          .map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> run(f)));
    }
  }

  static Path scenarioRoot() throws URISyntaxException {
    return Path.of(ScenarioTest.class.getResource("/scenarios").toURI());
  }

  static void run(Path file) throws Exception {
    String text = Files.readString(file);
    JsonNode root = MAPPER.readTree(text);
    SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    SlaJson.Request r = SlaJson.readRequest(request(root), file.getFileName().toString());
    Decision d = engine.evaluate(r.supportCase(), r.subscription());
    JsonNode actual = MAPPER.readTree(SlaJson.writeLine(d));
    matches("", root.get("expected"), actual);
  }

  /** The scenario's {@code case} and {@code subscription}, as a request. */
  static String request(JsonNode scenario) {
    return MAPPER
        .createObjectNode()
        .<com.fasterxml.jackson.databind.node.ObjectNode>set("case", scenario.get("case"))
        .set("subscription", scenario.get("subscription"))
        .toString();
  }

  static void matches(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(path + " is an object: " + actual).isTrue();
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (!actual.has(e.getKey())) {
          fail(p + " is missing in " + actual);
        }
        matches(p, e.getValue(), actual.get(e.getKey()));
      }
    } else if (expected.isArray()) {
      assertThat(actual.isArray()).as(path + " is an array: " + actual).isTrue();
      assertThat(actual.size()).as(path + " size: " + actual).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        matches(path + "[" + i + "]", expected.get(i), actual.get(i));
      }
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }
}
