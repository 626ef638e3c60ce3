package io.github.slakit.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaInputException;
import io.github.slakit.core.SlaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Scenarios: a case, its subscription, maybe its events, and what the engine must answer, as JSON
 * files, each run as a JUnit 5 dynamic test:
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicTest&gt; scenarios() {
 *   return Scenarios.from(Path.of("src/test/scenarios"), SlaEngine.builder().ruleset(acme).build());
 * }
 * </pre>
 *
 * <p>A scenario is either one file or one folder, found anywhere under the folder given:
 *
 * <ul>
 *   <li>a file {@code NAME.json}: {@code {"about": "...", "case": {...}, "subscription": {...},
 *       "expected": {...}}}, the expected decision; with {@code "at"} (and {@code "events"}, none
 *       when absent) it is a status scenario, {@code expected} the expected status at that moment;
 *   <li>a folder holding {@code case.json} and {@code subscription.json}, maybe {@code
 *       events.json} (a JSON array), and {@code expected-decision.json}, {@code
 *       expected-status.json} or both; the status one's {@code at} is the moment asked.
 * </ul>
 *
 * <p>The inputs are read as the engine reads the JSON contract (docs/JSON.md), their errors naming
 * the file, the field path and the value. The expected value says only the fields that matter,
 * compared as {@link JsonDiff} says; a failure lists every field that differs, by its path, with
 * both values. A test's name is the scenario's path under the folder, with {@code (status)} for a
 * status.
 */
public final class Scenarios {
  private Scenarios() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The files of a scenario folder. */
  static final String CASE = "case.json";

  static final String SUBSCRIPTION = "subscription.json";
  static final String EVENTS = "events.json";
  static final String EXPECTED_DECISION = "expected-decision.json";
  static final String EXPECTED_STATUS = "expected-status.json";

  /**
   * The scenarios under a folder as dynamic tests, in path order.
   *
   * @param folder the folder to search, with its subfolders
   * @param engine the engine that answers, with the rulesets the scenarios' vendors need
   * @return one test per scenario (two for a folder with both expected files)
   * @throws UncheckedIOException when the folder cannot be listed
   */
  public static Stream<DynamicTest> from(Path folder, SlaEngine engine) {
    Objects.requireNonNull(engine, "engine");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : list(folder)) {
      String name = folder.relativize(p).toString().replace('\\', '/');
      if (Files.isDirectory(p)) {
        if (Files.exists(p.resolve(EXPECTED_DECISION))) {
          tests.add(DynamicTest.dynamicTest(name, () -> runDecision(p, engine)));
        }
        if (Files.exists(p.resolve(EXPECTED_STATUS))) {
          tests.add(DynamicTest.dynamicTest(name + " (status)", () -> runStatus(p, engine)));
        }
        if (!Files.exists(p.resolve(EXPECTED_DECISION))
            && !Files.exists(p.resolve(EXPECTED_STATUS))) {
          tests.add(
              DynamicTest.dynamicTest(
                  name,
                  () -> {
                    throw new AssertionFailedError(
                        name
                            + ": a scenario folder needs "
                            + EXPECTED_DECISION
                            + " or "
                            + EXPECTED_STATUS);
                  }));
        }
      } else {
        tests.add(
            DynamicTest.dynamicTest(name + (isStatus(p) ? " (status)" : ""), () -> run(p, engine)));
      }
    }
    return tests.stream();
  }

  /**
   * The scenarios under {@code folder}: each folder with a {@code case.json}, and each other
   * {@code .json} file not inside such a folder.
   */
  private static List<Path> list(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      List<Path> paths = all.sorted().toList();
      List<Path> folders =
          paths.stream().filter(p -> Files.isRegularFile(p.resolve(CASE))).toList();
      List<Path> out = new ArrayList<>(folders);
      for (Path p : paths) {
        if (p.toString().endsWith(".json")
            && Files.isRegularFile(p)
            && folders.stream().noneMatch(f -> p.startsWith(f))) {
          out.add(p);
        }
      }
      out.sort(null);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the scenarios of " + folder, e);
    }
  }

  private static boolean isStatus(Path file) {
    try {
      return MAPPER.readTree(read(file)).has("at");
    } catch (JsonProcessingException | UncheckedIOException e) {
      return false; // the test itself reports the file
    }
  }

  /**
   * Runs one scenario, a file or a folder (for a folder, each expected file it holds).
   *
   * @param scenario the scenario's file or folder
   * @param engine the engine that answers
   * @throws AssertionFailedError listing each field that differs, or naming the file, field and
   *     value of a scenario that cannot be read
   */
  public static void run(Path scenario, SlaEngine engine) {
    if (Files.isDirectory(scenario)) {
      if (Files.exists(scenario.resolve(EXPECTED_DECISION))) {
        runDecision(scenario, engine);
      }
      if (Files.exists(scenario.resolve(EXPECTED_STATUS))) {
        runStatus(scenario, engine);
      }
      return;
    }
    String name = scenario.getFileName().toString();
    JsonNode root = json(scenario);
    JsonNode expected = required(root, "expected", name);
    ObjectNode request = MAPPER.createObjectNode();
    request.set("case", required(root, "case", name));
    request.set("subscription", required(root, "subscription", name));
    if (root.has("at")) {
      if (root.has("events")) {
        request.set("events", root.get("events"));
      }
      request.set("at", root.get("at"));
      compare(name, expected, status(engine, request.toString(), name));
    } else {
      compare(name, expected, decision(engine, request.toString(), name));
    }
  }

  private static void runDecision(Path folder, SlaEngine engine) {
    ObjectNode request = folderRequest(folder);
    String name = names(folder, CASE, SUBSCRIPTION);
    compare(
        folder.resolve(EXPECTED_DECISION).toString(),
        json(folder.resolve(EXPECTED_DECISION)),
        decision(engine, request.toString(), name));
  }

  private static void runStatus(Path folder, SlaEngine engine) {
    ObjectNode request = folderRequest(folder);
    Path expectedFile = folder.resolve(EXPECTED_STATUS);
    JsonNode expected = json(expectedFile);
    request.set("at", required(expected, "at", expectedFile.toString()));
    if (Files.exists(folder.resolve(EVENTS))) {
      request.set("events", json(folder.resolve(EVENTS)));
    }
    compare(
        expectedFile.toString(),
        expected,
        status(engine, request.toString(), names(folder, CASE, SUBSCRIPTION, EVENTS)));
  }

  private static ObjectNode folderRequest(Path folder) {
    ObjectNode request = MAPPER.createObjectNode();
    request.set("case", json(folder.resolve(CASE)));
    request.set("subscription", json(folder.resolve(SUBSCRIPTION)));
    return request;
  }

  private static String names(Path folder, String... files) {
    return Stream.of(files)
        .filter(f -> Files.exists(folder.resolve(f)))
        .map(f -> folder.resolve(f).toString())
        .collect(Collectors.joining(", "));
  }

  private static JsonNode decision(SlaEngine engine, String request, String source) {
    try {
      SlaJson.Request r = SlaJson.readRequest(request, source);
      return tree(SlaJson.writeLine(engine.evaluate(r.supportCase(), r.subscription())));
    } catch (SlaInputException e) {
      throw new AssertionFailedError(e.getMessage(), e);
    }
  }

  private static JsonNode status(SlaEngine engine, String request, String source) {
    try {
      SlaJson.StatusRequest r = SlaJson.readStatusRequest(request, source);
      return tree(
          SlaJson.writeLine(engine.status(r.supportCase(), r.subscription(), r.events(), r.at())));
    } catch (SlaInputException e) {
      throw new AssertionFailedError(e.getMessage(), e);
    }
  }

  private static void compare(String name, JsonNode expected, JsonNode actual) {
    List<JsonDiff.Difference> diffs = JsonDiff.differences(expected, actual);
    if (!diffs.isEmpty()) {
      StringBuilder sb =
          new StringBuilder(name)
              .append(": ")
              .append(diffs.size())
              .append(diffs.size() == 1 ? " field differs" : " fields differ");
      diffs.forEach(d -> sb.append("\n  ").append(d));
      throw new AssertionFailedError(sb.toString(), pretty(expected), pretty(actual));
    }
  }

  private static JsonNode required(JsonNode root, String field, String source) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      throw new AssertionFailedError(source + ": " + field + ": is missing (required)");
    }
    return n;
  }

  private static JsonNode json(Path file) {
    try {
      JsonNode n = MAPPER.readTree(read(file));
      if (n == null || n.isMissingNode()) {
        throw new AssertionFailedError(file + ": the file holds no JSON value");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new AssertionFailedError(
          file
              + ":"
              + e.getLocation().getLineNr()
              + ":"
              + e.getLocation().getColumnNr()
              + ": not JSON: "
              + e.getOriginalMessage());
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("slakit wrote JSON it cannot read back", e);
    }
  }

  private static String pretty(@Nullable JsonNode n) {
    return n == null ? "" : n.toPrettyString();
  }
}
