package io.github.slakit.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What the scenarios' comparison counts as the same, and how it names a difference. */
class JsonDiffTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text);
  }

  @Test
  void anExpectedObjectSaysOnlyTheFieldsThatMatter() throws Exception {
    assertThat(JsonDiff.differences(json("{\"a\": 1}"), json("{\"a\": 1.0, \"b\": 2}"))).isEmpty();
  }

  @Test
  void instantsMatchByTheInstantWhateverTheOffset() throws Exception {
    // 11:00 at +02:00 is 09:00Z
    assertThat(
            JsonDiff.differences(
                json("{\"at\": \"2026-03-30T11:00:00+02:00\"}"),
                json("{\"at\": \"2026-03-30T09:00:00Z\"}")))
        .isEmpty();
    assertThat(
            JsonDiff.differences(
                json("{\"at\": \"2026-03-30T11:00:00+02:00\"}"),
                json("{\"at\": \"2026-03-30T10:00:00Z\"}")))
        .extracting(Object::toString)
        .containsExactly(
            "at: expected \"2026-03-30T11:00:00+02:00\" but was \"2026-03-30T10:00:00Z\"");
  }

  @Test
  void aMissingFieldAndAnArrayOfAnotherLengthAreNamed() throws Exception {
    assertThat(
            JsonDiff.differences(
                json("{\"x\": {\"y\": true}, \"list\": [1, 2]}"),
                json("{\"x\": {}, \"list\": [1]}")))
        .extracting(Object::toString)
        .containsExactly(
            "x.y: expected true but was (missing)",
            "list (2 elements expected, 1 found): expected [1,2] but was [1]");
  }

  @Test
  void elementsAreComparedInOrder() throws Exception {
    assertThat(
            JsonDiff.differences(
                json("[{\"rule\": \"A\"}, {\"rule\": \"B\"}]"),
                json("[{\"rule\": \"B\"}, {\"rule\": \"A\"}]")))
        .extracting(JsonDiff.Difference::path)
        .containsExactly("[0].rule", "[1].rule");
  }
}
