package io.github.slakit.rules;

import io.github.slakit.core.SlaEngine;
import io.github.slakit.test.Scenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End-to-end scenarios of the built-in rulesets, run by the kit: {@code scenarios/<vendor>/*.json}
 * (the harness's demo prints them too), each {@code {about, case, subscription, expected}} where
 * {@code expected} holds the decision's fields that matter, worked out by hand.
 */
class ScenarioTest {
  @TestFactory
  Stream<DynamicTest> scenarios() {
    return Scenarios.from(
        Path.of("src/test/resources/scenarios"),
        SlaEngine.builder().rulesets(Rulesets.builtIn()).build());
  }
}
