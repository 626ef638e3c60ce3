package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link SlaJson#readStatusRequest(String, String, Instant)}: a report's moment for every line. */
class StatusRequestAtTest {
  private static final String CASE_AND_SUB =
      "\"case\": {\"id\": \"C-1\", \"vendor\": \"elastic\", \"openedAt\":"
          + " \"2026-03-06T17:30:00+09:00\", \"severity\": 2},"
          + " \"subscription\": {\"id\": \"S-1\", \"vendor\": \"elastic\", \"level\": \"GOLD\","
          + " \"location\": {\"country\": \"KR\", \"zone\": \"Asia/Seoul\"}}";
  private static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

  @Test
  void theGivenMomentReplacesTheLinesOwnOrStandsForAMissingOne() {
    assertThat(SlaJson.readStatusRequest("{" + CASE_AND_SUB + "}", "r.jsonl:1", AT).at())
        .isEqualTo(AT);
    assertThat(
            SlaJson.readStatusRequest(
                    "{" + CASE_AND_SUB + ", \"at\": \"2026-03-10T16:00:00+09:00\"}",
                    "r.jsonl:2",
                    AT)
                .at())
        .isEqualTo(AT);
  }

  @Test
  void aLinesOwnMomentIsStillChecked() {
    assertThatThrownBy(
            () ->
                SlaJson.readStatusRequest(
                    "{" + CASE_AND_SUB + ", \"at\": \"yesterday\"}", "r.jsonl:3", AT))
        .isInstanceOf(SlaInputException.class)
        .hasMessageStartingWith("r.jsonl:3: at: \"yesterday\"");
  }
}
