package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.TimeWindow;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlaJsonTest {

  static final String CASE =
      """
      {
        "id": "CASE-42",
        "vendor": "elastic",
        "openedAt": "2026-03-06T17:30:00+09:00",
        "severity": 2,
        "impact": "DEGRADED",
        "production": true,
        "workaround": false,
        "deployment": "CLOUD",
        "issueKind": "GENERAL",
        "seConsulted": true,
        "onSiteVisit": false,
        "businessImpact": "checkout down",
        "component": "search-api",
        "attributes": { "region": "north", "priorityBoost": 2 }
      }""";

  static final String SUBSCRIPTION =
      """
      {
        "id": "SUB-7",
        "vendor": "rockplace",
        "level": "STANDARD",
        "customer": "Acme Korea",
        "location": { "country": "KR", "zone": "Asia/Seoul" },
        "calendar": null,
        "deployment": "SELF_MANAGED",
        "start": "2026-01-01",
        "end": "2026-12-31",
        "annualSpendUsd": 30000,
        "agreedVisitsPerYear": null,
        "usage": { "onSiteVisits": 4 },
        "rpsCustomer": true
      }""";

  @Test
  void readsTheContractsCase() {
    SupportCase c = SlaJson.readCase(CASE, "case.json");
    assertThat(c.id()).isEqualTo("CASE-42");
    assertThat(c.vendor()).isEqualTo("elastic");
    assertThat(c.openedAt()).isEqualTo(OffsetDateTime.parse("2026-03-06T17:30:00+09:00"));
    assertThat(c.severity()).contains(2);
    assertThat(c.impact()).contains(Impact.DEGRADED);
    assertThat(c.production()).isTrue();
    assertThat(c.workaround()).isFalse();
    assertThat(c.deployment()).contains(Deployment.CLOUD);
    assertThat(c.issueKind()).contains(IssueKind.GENERAL);
    assertThat(c.seConsulted()).isTrue();
    assertThat(c.onSiteVisit()).isFalse();
    assertThat(c.businessImpact()).contains("checkout down");
    assertThat(c.component()).contains("search-api");
    assertThat(c.attributes()).containsOnly(entry("region", "north"), entry("priorityBoost", "2"));
  }

  @Test
  void aComponentIsText() {
    assertThatThrownBy(() -> SlaJson.readCase(CASE.replace("\"search-api\"", "7"), "case.json"))
        .isInstanceOf(SlaInputException.class)
        .hasMessage("case.json: component: 7 is not a string");
    assertThat(
            SlaJson.readCase(CASE.replace("\"component\": \"search-api\",", ""), "c").component())
        .isEmpty();
  }

  @Test
  void unknownFieldsAreRefusedWithTheNearestName() {
    // A typo must never drop a value silently (a severity lost is the worst kind of error).
    assertThatThrownBy(
            () -> SlaJson.readCase(CASE.replace("\"severity\"", "\"severty\""), "case.json"))
        .isInstanceOf(SlaInputException.class)
        .hasMessage("case.json: \"severty\" is not a field of a case; did you mean \"severity\"?");
    assertThatThrownBy(
            () -> SlaJson.readCase(CASE.replace("\"openedAt\"", "\"OpenedAt\""), "case.json"))
        .hasMessage("case.json: \"OpenedAt\" is not a field of a case; did you mean \"openedAt\"?");
    assertThatThrownBy(
            () ->
                SlaJson.readSubscription(
                    SUBSCRIPTION.replace("\"onSiteVisits\"", "\"onsiteVisit\""), "sub.json"))
        .hasMessage(
            "sub.json: usage: \"onsiteVisit\" is not a field of usage;"
                + " did you mean \"onSiteVisits\"?");
    assertThatThrownBy(
            () -> SlaJson.readSubscription(SUBSCRIPTION.replace("\"zone\"", "\"tz\""), "sub.json"))
        .hasMessage("sub.json: location: \"tz\" is not a field of a location (country, zone)");
    assertThatThrownBy(
            () ->
                SlaJson.readRequest(
                    "{\"case\": " + CASE + ", \"subscripton\": " + SUBSCRIPTION + "}", "line 2"))
        .hasMessage(
            "line 2: \"subscripton\" is not a field of a request;"
                + " did you mean \"subscription\"?");
  }

  /** The attribute spellings of the typed fields, still read (docs/JSON.md). */
  @Test
  void olderAttributeSpellingsAreReadStrictly() {
    String base = "{\"id\":\"C\",\"vendor\":\"veeam\",\"openedAt\":\"2026-03-06T08:30:00Z\",";
    SupportCase c =
        SlaJson.readCase(
            base
                + "\"attributes\":{\"seConsulted\":\"true\","
                + "\"onSiteVisit\":true,\"customerFacing\":\"true\",\"rpsCustomer\":\"false\","
                + "\"other\":\"x\"}}",
            "c.json");
    assertThat(c.seConsulted()).isTrue();
    assertThat(c.onSiteVisit()).isTrue();
    assertThat(c.businessImpact()).contains("customer-facing");
    assertThat(c.attributes()).containsOnly(entry("rpsCustomer", "false"), entry("other", "x"));
    assertThat(
            SlaJson.readCase(base + "\"attributes\":{\"businessImpact\":\"revenue\"}}", "c.json")
                .businessImpact())
        .contains("revenue");
    // "yes", "1", "TRUE " and any other spelling: bad input naming the field, never "no".
    for (String bad : List.of("yes", "1", "TRUE ", "True", "")) {
      assertThatThrownBy(
              () ->
                  SlaJson.readCase(
                      base + "\"attributes\":{\"seConsulted\":\"" + bad + "\"}}", "c.json"))
          .as(bad)
          .isInstanceOf(SlaInputException.class)
          .hasMessage(
              "c.json: attributes.seConsulted: \""
                  + bad
                  + "\" is not a yes/no answer (true or false)");
    }
    assertThatThrownBy(
            () -> SlaJson.readCase(base + "\"attributes\":{\"rpsCustomer\":\"Y\"}}", "c.json"))
        .hasMessage(
            "c.json: attributes.rpsCustomer: \"Y\" is not a yes/no answer" + " (true or false)");
    // The typed field and the attribute must agree.
    assertThatThrownBy(
            () ->
                SlaJson.readCase(
                    base + "\"seConsulted\":false," + "\"attributes\":{\"seConsulted\":\"true\"}}",
                    "c.json"))
        .hasMessage("c.json: attributes.seConsulted: \"true\" contradicts seConsulted (false)");
    assertThatThrownBy(
            () ->
                SlaJson.readCase(
                    base
                        + "\"businessImpact\":\"revenue\","
                        + "\"attributes\":{\"customerFacing\":\"true\"}}",
                    "c.json"))
        .hasMessage(
            "c.json: attributes.customerFacing: \"customer-facing\" contradicts"
                + " businessImpact (\"revenue\")");
    // The typed field is a boolean, strictly too.
    assertThatThrownBy(() -> SlaJson.readCase(base + "\"seConsulted\":\"yes\"}", "c.json"))
        .hasMessage("c.json: seConsulted: \"yes\" is not a boolean (true or false)");
  }

  @Test
  void caseDefaults() {
    SupportCase c =
        SlaJson.readCase(
            "{\"id\":\"C\",\"vendor\":\"veeam\",\"openedAt\":\"2026-03-06T08:30:00Z\"}", "c.json");
    assertThat(c.severity()).isEmpty();
    assertThat(c.impact()).isEmpty();
    assertThat(c.production()).isTrue();
    assertThat(c.workaround()).isFalse();
    assertThat(c.deployment()).isEmpty();
    assertThat(c.issueKind()).isEmpty();
    assertThat(c.attributes()).isEmpty();
    assertThat(c.seConsulted()).isFalse();
    assertThat(c.onSiteVisit()).isFalse();
    assertThat(c.businessImpact()).isEmpty();
  }

  @Test
  void readsTheContractsSubscription() {
    Subscription s = SlaJson.readSubscription(SUBSCRIPTION, "sub.json");
    assertThat(s.id()).isEqualTo("SUB-7");
    assertThat(s.level()).isEqualTo("STANDARD");
    assertThat(s.customer()).isEqualTo("Acme Korea");
    assertThat(s.location()).isEqualTo(new Location("KR", ZoneId.of("Asia/Seoul")));
    assertThat(s.calendar()).isEmpty();
    assertThat(s.calendarId()).isEmpty();
    assertThat(s.deployment()).contains(Deployment.SELF_MANAGED);
    assertThat(s.start()).contains(LocalDate.of(2026, 1, 1));
    assertThat(s.end()).contains(LocalDate.of(2026, 12, 31));
    assertThat(s.annualSpendUsd()).contains(new BigDecimal("30000"));
    assertThat(s.agreedVisitsPerYear()).isEmpty();
    assertThat(s.onSiteVisitCount()).contains(4);
    assertThat(s.onSiteVisitDates()).isEmpty();
    assertThat(s.newCustomer()).isFalse();
    assertThat(s.rpsCustomer()).isTrue();
  }

  @Test
  void datedVisitsAreRead() {
    Subscription s =
        SlaJson.readSubscription(
            SUBSCRIPTION.replace(
                "\"onSiteVisits\": 4", "\"onSiteVisitDates\": [\"2026-03-05\", \"2026-02-10\"]"),
            "sub.json");
    assertThat(s.onSiteVisitDates())
        .containsExactly(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 5));
    assertThat(s.onSiteVisitCount()).isEmpty();
    assertThatThrownBy(
            () ->
                SlaJson.readSubscription(
                    SUBSCRIPTION.replace(
                        "\"onSiteVisits\": 4", "\"onSiteVisits\": 4, \"onSiteVisitDates\": []"),
                    "sub.json"))
        .hasMessage(
            "sub.json: usage.onSiteVisits: and onSiteVisitDates exclude each other:"
                + " give the dated visits, or a count");
    assertThatThrownBy(
            () ->
                SlaJson.readSubscription(
                    SUBSCRIPTION.replace(
                        "\"onSiteVisits\": 4", "\"onSiteVisitDates\": [\"2026-02-30\"]"),
                    "sub.json"))
        .hasMessage(
            "sub.json: usage.onSiteVisitDates[0]: \"2026-02-30\" is not a date (YYYY-MM-DD)");
  }

  @Test
  void aRegionIsPartOfTheCountry() {
    Subscription s =
        SlaJson.readSubscription(
            SUBSCRIPTION.replace(
                "\"country\": \"KR\", \"zone\": \"Asia/Seoul\"",
                "\"country\": \"DE-BY\", \"zone\": \"Europe/Berlin\""),
            "sub.json");
    assertThat(s.location()).isEqualTo(new Location("DE-BY", ZoneId.of("Europe/Berlin")));
  }

  @Test
  void calendarIdIsKept() {
    Subscription s =
        SlaJson.readSubscription(
            SUBSCRIPTION.replace("\"calendar\": null", "\"calendar\": \"acme-seoul\""), "sub.json");
    assertThat(s.calendarId()).contains("acme-seoul");
  }

  @Test
  void readsAFileAndNamesIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("case.json");
    Files.writeString(f, CASE.replace("\"severity\": 2", "\"severity\": 7"));
    assertThatThrownBy(() -> SlaJson.readCase(f))
        .isInstanceOf(SlaInputException.class)
        .hasMessage("case.json: severity: 7 is not a severity (1..4)");
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    assertThatThrownBy(
            () -> SlaJson.readCase("{\n  \"id\": \"C\",\n  \"vendor\" \"x\"\n}", "case.json"))
        .isInstanceOf(SlaInputException.class)
        .hasMessageStartingWith("case.json: line 3, column 12: malformed JSON");
  }

  @Test
  void emptyInput() {
    assertThatThrownBy(() -> SlaJson.readCase("", "case.json"))
        .isInstanceOf(SlaInputException.class)
        .hasMessageContaining("case.json: no JSON value");
  }

  @Test
  void notAnObject() {
    assertThatThrownBy(() -> SlaJson.readCase("[1]", "case.json"))
        .hasMessage("case.json: (root): [1] is not an object");
  }

  /** Each row: a change to the case, and the message it must give. */
  @Test
  void badCaseFields() {
    List<String[]> rows =
        List.of(
            new String[] {"\"id\": \"CASE-42\",", "", "case.json: id: is missing (required)"},
            new String[] {
              "\"openedAt\": \"2026-03-06T17:30:00+09:00\"",
              "\"openedAt\": \"2026-03-06 17:30\"",
              "case.json: openedAt: \"2026-03-06 17:30\" is not a date-time with an offset (2026-03-06T17:30:00+09:00)"
            },
            new String[] {
              "\"severity\": 2",
              "\"severity\": \"2\"",
              "case.json: severity: \"2\" is not a severity (1..4)"
            },
            new String[] {
              "\"severity\": 2",
              "\"severity\": 0",
              "case.json: severity: 0 is not a severity (1..4)"
            },
            new String[] {
              "\"impact\": \"DEGRADED\"",
              "\"impact\": \"SLOW\"",
              "case.json: impact: \"SLOW\" is not an impact (OUTAGE, DEGRADED, PARTIAL_FAILURE, PERFORMANCE, QUESTION)"
            },
            new String[] {
              "\"production\": true",
              "\"production\": \"yes\"",
              "case.json: production: \"yes\" is not a boolean (true or false)"
            },
            new String[] {
              "\"deployment\": \"CLOUD\"",
              "\"deployment\": \"ONPREM\"",
              "case.json: deployment: \"ONPREM\" is not a deployment (CLOUD, SELF_MANAGED)"
            },
            new String[] {
              "\"issueKind\": \"GENERAL\"",
              "\"issueKind\": 3",
              "case.json: issueKind: 3 is not an issue kind (GENERAL, SEVERE, SALES_DEAL)"
            },
            new String[] {
              "\"region\": \"north\"",
              "\"region\": {}",
              "case.json: attributes.region: {} is not an attribute value (a string, number or boolean)"
            },
            new String[] {
              "\"onSiteVisit\": false",
              "\"onSiteVisit\": 0",
              "case.json: onSiteVisit: 0 is not a boolean (true or false)"
            },
            new String[] {
              "\"vendor\": \"elastic\"", "\"vendor\": \"\"", "case.json: vendor: is empty"
            });
    for (String[] row : rows) {
      String json = CASE.replace(row[0], row[1]);
      assertThatThrownBy(() -> SlaJson.readCase(json, "case.json"))
          .as(row[1])
          .isInstanceOf(SlaInputException.class)
          .hasMessage(row[2]);
    }
  }

  @Test
  void badSubscriptionFields() {
    List<String[]> rows =
        List.of(
            new String[] {
              "\"zone\": \"Asia/Seoul\"",
              "\"zone\": \"Asia/Seul\"",
              "sub.json: location.zone: \"Asia/Seul\" is not a time zone (an IANA id such as"
                  + " \"Asia/Seoul\")"
            },
            new String[] {
              "\"country\": \"KR\", ", "", "sub.json: location.country: is missing (required)"
            },
            new String[] {
              "\"country\": \"KR\"",
              "\"country\": \"Korea\"",
              "sub.json: location.country: \"Korea\" is not a country code (ISO 3166 alpha-2, upper case: KR),"
                  + " or a country and region (DE-BY)"
            },
            new String[] {"\"level\": \"STANDARD\",", "", "sub.json: level: is missing (required)"},
            new String[] {
              "\"end\": \"2026-12-31\"",
              "\"end\": \"2025-12-31\"",
              "sub.json: end: \"2025-12-31\" is not on or after start \"2026-01-01\""
            },
            new String[] {
              "\"end\": \"2026-12-31\"",
              "\"end\": \"31/12/2026\"",
              "sub.json: end: \"31/12/2026\" is not a date (YYYY-MM-DD)"
            },
            new String[] {
              "\"annualSpendUsd\": 30000",
              "\"annualSpendUsd\": -1",
              "sub.json: annualSpendUsd: -1 is not an amount (a number, 0 or more)"
            },
            new String[] {
              "\"onSiteVisits\": 4",
              "\"onSiteVisits\": 2.5",
              "sub.json: usage.onSiteVisits: 2.5 is not a count (a whole number, 0 or more)"
            },
            new String[] {
              "\"calendar\": null",
              "\"calendar\": 5",
              "sub.json: calendar: 5 is not a calendar (an object, or the id of a registered calendar)"
            });
    for (String[] row : rows) {
      String json = SUBSCRIPTION.replace(row[0], row[1]);
      assertThatThrownBy(() -> SlaJson.readSubscription(json, "sub.json"))
          .as(row[1])
          .isInstanceOf(SlaInputException.class)
          .hasMessage(row[2]);
    }
  }

  @Test
  void anInlineCalendarIsReadInTheSameWordsAsTheSubscription() {
    // one reader: a missing field, a bad zone, a malformed value read the same wherever they are
    String noZone = SUBSCRIPTION.replace("\"calendar\": null", "\"calendar\": {\"weekly\": {}}");
    assertThatThrownBy(() -> SlaJson.readSubscription(noZone, "sub.json"))
        .isInstanceOf(SlaInputException.class)
        .hasMessage("sub.json: calendar.zone: is missing (required)");
    String badZone =
        SUBSCRIPTION.replace(
            "\"calendar\": null", "\"calendar\": {\"zone\": \"Asia/Seul\", \"weekly\": {}}");
    assertThatThrownBy(() -> SlaJson.readSubscription(badZone, "sub.json"))
        .hasMessage(
            "sub.json: calendar.zone: \"Asia/Seul\" is not a time zone (an IANA id such as"
                + " \"Asia/Seoul\")");
    String badDate =
        SUBSCRIPTION.replace(
            "\"calendar\": null",
            "\"calendar\": {\"zone\":"
                + " \"Asia/Seoul\", \"weekly\": {}, \"holidays\": {\"remove\": [\"31/12/2026\"]}}");
    assertThatThrownBy(() -> SlaJson.readSubscription(badDate, "sub.json"))
        .hasMessage(
            "sub.json: calendar.holidays.remove[0]: \"31/12/2026\" is not a date"
                + " (YYYY-MM-DD)");
  }

  @Test
  void requestPathsStartWithTheirPart() {
    String line =
        "{\"case\": "
            + CASE
            + ", \"subscription\": "
            + SUBSCRIPTION.replace("Asia/Seoul", "Asia/Seul")
            + "}";
    assertThatThrownBy(() -> SlaJson.readRequest(line, "line 3"))
        .hasMessage(
            "line 3: subscription.location.zone: \"Asia/Seul\" is not a time zone (an IANA"
                + " id such as \"Asia/Seoul\")");
    assertThatThrownBy(() -> SlaJson.readRequest("{\"case\": " + CASE + "}", ""))
        .hasMessage("subscription: is missing (required)");
    SlaJson.Request r =
        SlaJson.readRequest("{\"case\": " + CASE + ", \"subscription\": " + SUBSCRIPTION + "}", "");
    assertThat(r.supportCase().id()).isEqualTo("CASE-42");
    assertThat(r.subscription().id()).isEqualTo("SUB-7");
  }

  static final Severity NORMAL = new Severity(3, "Normal");

  static Decision decision(
      List<Notice> notCovered,
      List<Decision.Target> targets,
      List<Decision.EscalationStep> steps,
      Entitlements entitlements,
      List<Notice> warnings) {
    return new Decision(
        "C",
        "S",
        "acme",
        "sha256:00",
        notCovered,
        NORMAL,
        Optional.empty(),
        targets,
        Optional.empty(),
        steps,
        entitlements,
        warnings,
        List.of(),
        Optional.empty());
  }

  @Test
  void writesNullsWhereTheContractShowsThem() {
    Decision d =
        decision(
            List.of(),
            List.of(
                new Decision.Target(
                    Metrics.INITIAL_RESPONSE,
                    Decision.TargetStatus.NO_TARGET,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())),
            List.of(),
            Entitlements.NONE,
            List.of());
    assertThat(SlaJson.writeLine(d))
        .isEqualTo(
            "{\"caseId\":\"C\",\"subscriptionId\":\"S\","
                + "\"vendor\":\"acme\",\"rulesetVersion\":\"sha256:00\",\"covered\":true,"
                + "\"reasons\":[],\"severity\":{\"level\":3,\"name\":\"Normal\",\"requested\":null},"
                + "\"targets\":[{\"metric\":\"INITIAL_RESPONSE\",\"status\":\"NO_TARGET\","
                + "\"target\":null,\"deadline\":null}],\"routing\":null,\"escalation\":[],"
                + "\"entitlements\":{},\"warnings\":[],\"trace\":[],\"businessImpact\":null}");
  }

  @Test
  void textsAreEscapedTheSameWhetherFreshOrRepeated() throws Exception {
    // the same hostile text in a field written as it comes (caseId, a notice's message) and in
    // one whose escaped form is kept for later decisions (vendor, rule, clause, code)
    String hostile = "a \"q\" \\ \n\t\u0001 \u00e9 \uD83D\uDE00 </";
    Decision d =
        new Decision(
            hostile,
            "S",
            hostile,
            "sha256:" + hostile,
            List.of(),
            NORMAL,
            Optional.of(2),
            List.of(),
            Optional.of(hostile),
            List.of(),
            Entitlements.NONE,
            List.of(new Notice("W_X", hostile, hostile)),
            List.of(new Decision.TraceEntry(hostile, hostile)),
            Optional.of(hostile));
    String first = SlaJson.writeLine(d);
    assertThat(SlaJson.writeLine(d)).isEqualTo(first); // the second time from the kept forms
    var tree = JsonInput.MAPPER.readTree(first);
    assertThat(
            List.of(
                tree.get("caseId").textValue(),
                tree.get("vendor").textValue(),
                tree.get("routing").textValue(),
                tree.get("warnings").get(0).get("message").textValue(),
                tree.get("warnings").get(0).get("clause").textValue(),
                tree.get("trace").get(0).get("rule").textValue(),
                tree.get("trace").get(0).get("clause").textValue(),
                tree.get("businessImpact").textValue()))
        .containsOnly(hostile);
    assertThat(tree.get("rulesetVersion").textValue()).isEqualTo("sha256:" + hostile);
    // a control character is escaped, the line stays one line
    assertThat(first).doesNotContain("\n", "\u0001").contains("\\u0001", "\\n");
    // as bytes: the same line in UTF-8 (the pair as its four bytes) and its line break
    assertThat(SlaJson.writeLineUtf8(d)).isEqualTo((first + "\n").getBytes(StandardCharsets.UTF_8));
    // the pretty form is the same JSON, laid out by Jackson's default pretty printer
    assertThat(SlaJson.write(d))
        .isEqualTo(
            JsonInput.MAPPER
                .writer()
                .with(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(tree));
  }

  /**
   * No reader lets an unpaired surrogate in, but a rule's own texts can hold one, and UTF-8 cannot
   * carry it: wherever it stands, the line holds its JSON escape and reads back as the same text.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aLoneSurrogateOfARuleIsEscapedInTheUtf8Line(boolean inTheTrace) throws Exception {
    String lone = "x\uD800y";
    String rule = inTheTrace ? lone : "Rule";
    Decision d =
        new Decision(
            "C",
            "S",
            "acme",
            "sha256:00",
            List.of(),
            NORMAL,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            List.of(),
            Entitlements.NONE,
            List.of(new Notice("W_X", lone, "X-1")),
            List.of(new Decision.TraceEntry(rule, "X-1")),
            Optional.empty());
    byte[] line = SlaJson.writeLineUtf8(d);
    String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString();
    assertThat(text).endsWith("}\n").contains("\"message\":\"x\\uD800y\"").doesNotContain("?");
    var tree = JsonInput.MAPPER.readTree(text);
    assertThat(tree.get("trace").get(0).get("rule").textValue()).isEqualTo(rule);
    assertThat(tree.get("warnings").get(0).get("message").textValue()).isEqualTo(lone);
  }

  @Test
  void targetsSayTheirUnitAndStatus() {
    Instant due = Instant.parse("2026-03-09T01:30:00Z");
    Decision d =
        decision(
            List.of(),
            List.of(
                new Decision.Target(
                    "A",
                    Decision.TargetStatus.SCHEDULED,
                    Optional.of(TimeSpan.elapsedMinutes(90)),
                    Optional.empty(),
                    Optional.of(due)),
                new Decision.Target(
                    "B",
                    Decision.TargetStatus.SCHEDULED,
                    Optional.of(TimeSpan.businessHours(4)),
                    Optional.of("KR"),
                    Optional.of(due)),
                new Decision.Target(
                    "C",
                    Decision.TargetStatus.SCHEDULED,
                    Optional.of(TimeSpan.businessDays(1)),
                    Optional.of("KR"),
                    Optional.of(due))),
            List.of(),
            Entitlements.NONE,
            List.of(new Notice("X_Y", "a warning", "ACME-1")));
    String json = SlaJson.writeLine(d);
    assertThat(json)
        .contains(
            "{\"metric\":\"A\",\"status\":\"SCHEDULED\","
                + "\"target\":{\"elapsed\":\"PT1H30M\"},\"deadline\":\"2026-03-09T01:30:00Z\"}");
    assertThat(json).contains("\"target\":{\"businessHours\":\"PT4H\",\"calendar\":\"KR\"}");
    assertThat(json).contains("\"target\":{\"businessDays\":1,\"calendar\":\"KR\"}");
    assertThat(json)
        .contains(
            "\"warnings\":[{\"code\":\"X_Y\",\"message\":\"a warning\","
                + "\"clause\":\"ACME-1\"}]");
  }

  @Test
  void aCaseNotCoveredHasReasonsAndNoDeadline() {
    Decision d =
        decision(
            List.of(new Notice("OUTSIDE_TERM", "after the end", "TERM-1")),
            List.of(
                new Decision.Target(
                    Metrics.INITIAL_RESPONSE,
                    Decision.TargetStatus.NOT_COVERED,
                    Optional.of(TimeSpan.elapsedHours(1)),
                    Optional.empty(),
                    Optional.empty())),
            List.of(),
            Entitlements.NONE,
            List.of());
    assertThat(d.covered()).isFalse();
    assertThat(SlaJson.writeLine(d))
        .contains(
            "\"covered\":false,\"reasons\":[{\"code\":"
                + "\"OUTSIDE_TERM\",\"message\":\"after the end\",\"clause\":\"TERM-1\"}]")
        .contains(
            "{\"metric\":\"INITIAL_RESPONSE\",\"status\":\"NOT_COVERED\","
                + "\"target\":{\"elapsed\":\"PT1H\"},\"deadline\":null}");
    // One shape per situation: a not-covered decision cannot carry a deadline or an escalation.
    assertThatThrownBy(
            () ->
                decision(
                    d.notCovered(),
                    List.of(
                        new Decision.Target(
                            "A",
                            Decision.TargetStatus.SCHEDULED,
                            Optional.of(TimeSpan.elapsedHours(1)),
                            Optional.empty(),
                            Optional.of(Instant.EPOCH))),
                    List.of(),
                    Entitlements.NONE,
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Decision.Target(
                    "A",
                    Decision.TargetStatus.NO_TARGET,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(Instant.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void escalationAndEntitlementsAreStructured() {
    BusinessCalendar office =
        BusinessCalendar.builder(ZoneId.of("Asia/Seoul"))
            .id("office")
            .weekly(
                java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY),
                TimeWindow.parse("09:00-17:00"))
            .holidays("KR")
            .build();
    Entitlements e =
        new Entitlements(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new Entitlements.SupportHours("Mon-Fri 09:00-17:00", Optional.of(office))),
            Optional.of(
                Entitlements.VisitQuota.of(
                    12,
                    2,
                    Optional.of(
                        new Entitlements.QuotaYear(
                            LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))))),
            Optional.empty(),
            List.of(),
            List.of());
    Decision d =
        decision(
            List.of(),
            List.of(),
            List.of(
                new Decision.EscalationStep(
                    3,
                    List.of("PARTNER", "DISTRIBUTOR_ENGINEER"),
                    "Phone",
                    Instant.parse("2026-03-10T01:00:00Z"),
                    Decision.Timing.DUE,
                    "VEEAM-9")),
            e,
            List.of());
    String json = SlaJson.writeLine(d);
    assertThat(json)
        .contains(
            "\"escalation\":[{\"step\":3,\"roles\":[\"PARTNER\","
                + "\"DISTRIBUTOR_ENGINEER\"],\"action\":\"Phone\",\"at\":\"2026-03-10T01:00:00Z\","
                + "\"timing\":\"DUE\",\"clause\":\"VEEAM-9\"}]");
    assertThat(json)
        .contains(
            "\"supportHours\":{\"text\":\"Mon-Fri 09:00-17:00\","
                + "\"clock\":\"business-hours\",\"calendar\":{\"id\":\"office\",\"zone\":\"Asia/Seoul\","
                + "\"weekly\":{\"MON\":[\"09:00-17:00\"],\"TUE\":[\"09:00-17:00\"],\"WED\":[\"09:00-17:00\"],"
                + "\"THU\":[\"09:00-17:00\"],\"FRI\":[\"09:00-17:00\"],\"SAT\":[],\"SUN\":[]},"
                + "\"holidays\":\"KR\"}}");
    assertThat(json)
        .contains(
            "\"onSiteVisits\":{\"perYear\":12,\"used\":2,\"remaining\":10,"
                + "\"year\":{\"from\":\"2026-04-01\",\"to\":\"2027-03-31\"}}");
    Entitlements allHours =
        Entitlements.NONE.withSupportHours(
            Optional.of(new Entitlements.SupportHours("24/7/365", Optional.empty())));
    assertThat(SlaJson.writeLine(decision(List.of(), List.of(), List.of(), allHours, List.of())))
        .contains("\"supportHours\":{\"text\":\"24/7/365\",\"clock\":\"24x7\"}");
  }
}
