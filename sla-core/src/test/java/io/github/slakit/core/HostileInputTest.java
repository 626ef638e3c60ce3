package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input a careless or hostile caller gives: every one is refused with one line naming the source,
 * the path and the value, in slakit's words (no parser class names, no line breaks).
 */
class HostileInputTest {
  static final String CASE =
      "{\"id\":\"C\",\"vendor\":\"veeam\",\"openedAt\":\"2026-03-06T08:30:00Z\"}";
  static final String SUBSCRIPTION =
      "{\"id\":\"S\",\"vendor\":\"veeam\",\"level\":\"BASIC\","
          + "\"location\":{\"country\":\"KR\",\"zone\":\"Asia/Seoul\"}}";

  static void refused(String json, String message) {
    assertThatThrownBy(() -> SlaJson.readRequest(json, "b.jsonl:2"))
        .isInstanceOf(SlaInputException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\r"));
  }

  @Test
  void aYearOutOfRangeIsNamedAtTheDoor() {
    refused(
        "{\"case\":"
            + CASE.replace("2026-03-06T08:30:00Z", "+999999999-12-31T23:59:59-18:00")
            + ",\"subscription\":"
            + SUBSCRIPTION
            + "}",
        "b.jsonl:2: case.openedAt: \"+999999999-12-31T23:59:59-18:00\" is outside the supported"
            + " years 1900..2299");
    // at the edge: 2299-12-31T23:00-02:00 is 2300 in UTC
    refused(
        "{\"case\":"
            + CASE.replace("2026-03-06T08:30:00Z", "2299-12-31T23:00:00-02:00")
            + ",\"subscription\":"
            + SUBSCRIPTION
            + "}",
        "b.jsonl:2: case.openedAt: \"2299-12-31T23:00:00-02:00\" is outside the supported"
            + " years 1900..2299");
    assertThat(
            SlaJson.readCase(CASE.replace("2026-03-06T08:30:00Z", "2299-12-31T23:00:00+02:00"), "c")
                .openedAt()
                .getYear())
        .isEqualTo(2299);
  }

  @Test
  void twoValuesOnALineAndKeysGivenTwiceAreErrors() {
    // Columns: the second value starts at column 179; the repeated key "id" ends at column 22,
    // where the parser sees it is a repeat (column 23).
    refused(
        "{\"case\":" + CASE + ",\"subscription\":" + SUBSCRIPTION + "} {\"case\":1}",
        "b.jsonl:2: line 1, column 179: malformed JSON: there is more after the JSON value"
            + " (one value per input)");
    refused(
        "{\"case\":"
            + CASE.replace("\"id\":\"C\"", "\"id\":\"C\",\"id\":\"D\"")
            + ",\"subscription\":"
            + SUBSCRIPTION
            + "}",
        "b.jsonl:2: line 1, column 23: malformed JSON: the key \"id\" is given twice");
  }

  @Test
  void deepNestingSaysSoInOurWords() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThatThrownBy(() -> SlaJson.readRequest(deep, "b.jsonl:2"))
        .isInstanceOf(SlaInputException.class)
        .hasMessageContaining("malformed JSON: it is nested too deeply")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("StreamReadConstraints", "`"));
  }

  @Test
  void unpairedSurrogatesAreRefusedNeverAltered() {
    refused(
        "{\"case\":"
            + CASE.replace("\"id\":\"C\"", "\"id\":\"C\\ud800\"")
            + ",\"subscription\":"
            + SUBSCRIPTION
            + "}",
        "b.jsonl:2: case.id: \"C\\uD800\" holds an unpaired surrogate: it is not Unicode text");
    // a pair is a character like any other, and comes back unchanged
    SupportCase c =
        SlaJson.readCase(CASE.replace("\"id\":\"C\"", "\"id\":\"C\\ud83d\\ude00\""), "c");
    assertThat(c.id()).isEqualTo("C\uD83D\uDE00");
  }

  @Test
  void aSurrogateInTheTextItselfIsRefusedToo() {
    // no escape here: the Java string holds U+D800 itself, as a caller's text may
    refused(
        "{\"case\":"
            + CASE.replace("\"id\":\"C\"", "\"id\":\"C\uD800\"")
            + ",\"subscription\":"
            + SUBSCRIPTION
            + "}",
        "b.jsonl:2: case.id: \"C\\uD800\" holds an unpaired surrogate: it is not Unicode text");
  }

  @Test
  void pathsAndIdsShowPlainWordsAsTheyAre() {
    assertThat(JsonInput.path("case", "seConsulted")).isEqualTo("case.seConsulted");
    assertThat(JsonInput.path("", "a_B-9")).isEqualTo("a_B-9");
    // anything else is a JSON string: a space, an empty name, a letter outside ASCII, a dot
    assertThat(JsonInput.path("attributes", "two words")).isEqualTo("attributes.\"two words\"");
    assertThat(JsonInput.path("attributes", "")).isEqualTo("attributes.\"\"");
    assertThat(JsonInput.path("a", "\u00e9t\u00e9")).isEqualTo("a.\"\u00e9t\u00e9\"");
    assertThat(JsonInput.path("a", "b.c")).isEqualTo("a.\"b.c\"");
    // an id may also hold . : @ / +, up to 80 characters
    assertThat(JsonInput.word("S-1/x:y@z+w.v_2")).isEqualTo("S-1/x:y@z+w.v_2");
    assertThat(JsonInput.word("x".repeat(80))).isEqualTo("x".repeat(80));
    // 81: quoted (83 characters), so cut to 77 and "...": the quote and 76 x
    assertThat(JsonInput.word("x".repeat(81))).isEqualTo("\"" + "x".repeat(76) + "...");
    assertThat(JsonInput.word("")).isEqualTo("\"\"");
    assertThat(JsonInput.word("a b")).isEqualTo("\"a b\"");
  }

  @Test
  void valuesAndKeysWithLineBreaksStayOnOneLine() {
    refused(
        "{\"case\":"
            + CASE.replace("\"vendor\":\"veeam\"", "\"vendor\":\"veeam\",\"impact\":\"A\\nB\"")
            + ",\"subscription\":"
            + SUBSCRIPTION
            + "}",
        "b.jsonl:2: case.impact: \"A\\nB\" is not an impact (OUTAGE, DEGRADED, PARTIAL_FAILURE,"
            + " PERFORMANCE, QUESTION)");
    refused(
        "{\"case\":"
            + CASE.replace(
                "\"vendor\":\"veeam\"", "\"vendor\":\"veeam\",\"attributes\":{\"a\\nb\":[1]}")
            + ",\"subscription\":"
            + SUBSCRIPTION
            + "}",
        "b.jsonl:2: case.attributes.\"a\\nb\": [1] is not an attribute value (a string, number or"
            + " boolean)");
    // a long value is cut in the message
    String longZone = "X".repeat(500);
    assertThatThrownBy(
            () -> SlaJson.readSubscription(SUBSCRIPTION.replace("Asia/Seoul", longZone), "s.json"))
        .hasMessage(
            "s.json: location.zone: \""
                + "X".repeat(76)
                + "... is not a time zone (an IANA id such as \"Asia/Seoul\")");
  }

  @Test
  void unreadableFilesAreNamedInOurWords(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("case.json");
    Files.write(bad, new byte[] {'{', '"', 'i', (byte) 0xff, '"', '}'});
    assertThatThrownBy(() -> SlaJson.readCase(bad))
        .isInstanceOf(SlaInputException.class)
        .hasMessage("case.json: is not UTF-8 text (at byte 3)");
    assertThatThrownBy(() -> SlaJson.readCase(dir.resolve("missing.json")))
        .hasMessage("missing.json: no such file");
    Path big = dir.resolve("big.json");
    Files.write(big, new byte[(16 << 20) + 1]);
    assertThatThrownBy(() -> SlaJson.readCase(big))
        .hasMessage("big.json: is larger than 16 MiB, the most read");
  }

  @Test
  void readingAnEndlessFileStopsAtTheCap() {
    Path zero = Path.of("/dev/zero");
    if (Files.isReadable(zero)) {
      assertThatThrownBy(() -> SlaJson.readCase(zero))
          .hasMessage("zero: is larger than 16 MiB, the most read");
    }
  }

  @Test
  void idsInEngineMessagesAreEscaped() {
    SlaEngine engine = SlaEngine.builder().build();
    SupportCase c =
        SupportCase.builder(
                "line\nbreak", "acme", java.time.OffsetDateTime.parse("2026-03-06T08:30:00Z"))
            .build();
    Subscription s =
        Subscription.builder("S", "acme", "GOLD", Location.of("KR", "Asia/Seoul")).build();
    assertThatThrownBy(() -> engine.evaluate(c, s))
        .isInstanceOf(SlaInputException.class)
        .hasMessage(
            "case \"line\\nbreak\" / subscription S: vendor: \"acme\" is not a known vendor ()");
    assertThat(List.of("C-1", "abc_01"))
        .allSatisfy(id -> assertThat(JsonInput.word(id)).isEqualTo(id));
  }
}
