package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaJsonTest {

  static final String CASE = """
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
        "attributes": { "seConsulted": "true", "customerFacing": true },
        "unknownField": [1, 2]
      }""";

  static final String SUBSCRIPTION = """
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
        "usage": { "onSiteVisits": 4 }
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
    assertThat(c.attributes()).containsEntry("seConsulted", "true").containsEntry("customerFacing", "true");
  }

  @Test
  void caseDefaults() {
    SupportCase c = SlaJson.readCase(
        "{\"id\":\"C\",\"vendor\":\"veeam\",\"openedAt\":\"2026-03-06T08:30:00Z\"}", "c.json");
    assertThat(c.severity()).isEmpty();
    assertThat(c.impact()).isEmpty();
    assertThat(c.production()).isTrue();
    assertThat(c.workaround()).isFalse();
    assertThat(c.deployment()).isEmpty();
    assertThat(c.issueKind()).isEmpty();
    assertThat(c.attributes()).isEmpty();
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
    assertThat(s.onSiteVisitsUsed()).isEqualTo(4);
    assertThat(s.newCustomer()).isFalse();
  }

  @Test
  void calendarIdIsKept() {
    Subscription s = SlaJson.readSubscription(SUBSCRIPTION.replace("\"calendar\": null",
        "\"calendar\": \"acme-seoul\""), "sub.json");
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
    assertThatThrownBy(() -> SlaJson.readCase("{\n  \"id\": \"C\",\n  \"vendor\" \"x\"\n}", "case.json"))
        .isInstanceOf(SlaInputException.class)
        .hasMessageStartingWith("case.json: line 3, column 12: malformed JSON");
  }

  @Test
  void emptyInput() {
    assertThatThrownBy(() -> SlaJson.readCase("", "case.json"))
        .isInstanceOf(SlaInputException.class).hasMessageContaining("case.json: no JSON value");
  }

  @Test
  void notAnObject() {
    assertThatThrownBy(() -> SlaJson.readCase("[1]", "case.json"))
        .hasMessage("case.json: (root): [1] is not an object");
  }

  /** Each row: a change to the case, and the message it must give. */
  @Test
  void badCaseFields() {
    List<String[]> rows = List.of(
        new String[] {"\"id\": \"CASE-42\",", "", "case.json: id: is missing (required)"},
        new String[] {"\"openedAt\": \"2026-03-06T17:30:00+09:00\"", "\"openedAt\": \"2026-03-06 17:30\"",
            "case.json: openedAt: \"2026-03-06 17:30\" is not a date-time with an offset (2026-03-06T17:30:00+09:00)"},
        new String[] {"\"severity\": 2", "\"severity\": \"2\"", "case.json: severity: \"2\" is not a severity (1..4)"},
        new String[] {"\"severity\": 2", "\"severity\": 0", "case.json: severity: 0 is not a severity (1..4)"},
        new String[] {"\"impact\": \"DEGRADED\"", "\"impact\": \"SLOW\"",
            "case.json: impact: \"SLOW\" is not an impact (OUTAGE, DEGRADED, PARTIAL_FAILURE, PERFORMANCE, QUESTION)"},
        new String[] {"\"production\": true", "\"production\": \"yes\"",
            "case.json: production: \"yes\" is not a boolean (true or false)"},
        new String[] {"\"deployment\": \"CLOUD\"", "\"deployment\": \"ONPREM\"",
            "case.json: deployment: \"ONPREM\" is not a deployment (CLOUD, SELF_MANAGED)"},
        new String[] {"\"issueKind\": \"GENERAL\"", "\"issueKind\": 3",
            "case.json: issueKind: 3 is not an issue kind (GENERAL, SEVERE, SALES_DEAL)"},
        new String[] {"\"seConsulted\": \"true\"", "\"seConsulted\": {}",
            "case.json: attributes.seConsulted: {} is not an attribute value (a string, number or boolean)"},
        new String[] {"\"vendor\": \"elastic\"", "\"vendor\": \"\"", "case.json: vendor: is empty"});
    for (String[] row : rows) {
      String json = CASE.replace(row[0], row[1]);
      assertThatThrownBy(() -> SlaJson.readCase(json, "case.json"))
          .as(row[1]).isInstanceOf(SlaInputException.class).hasMessage(row[2]);
    }
  }

  @Test
  void badSubscriptionFields() {
    List<String[]> rows = List.of(
        new String[] {"\"zone\": \"Asia/Seoul\"", "\"zone\": \"Asia/Seul\"",
            "sub.json: location.zone: \"Asia/Seul\" is not a time zone"},
        new String[] {"\"country\": \"KR\", ", "", "sub.json: location.country: is missing (required)"},
        new String[] {"\"country\": \"KR\"", "\"country\": \"Korea\"",
            "sub.json: location.country: \"Korea\" is not a country code (ISO 3166 alpha-2, upper case: KR)"},
        new String[] {"\"level\": \"STANDARD\",", "", "sub.json: level: is missing (required)"},
        new String[] {"\"end\": \"2026-12-31\"", "\"end\": \"2025-12-31\"",
            "sub.json: end: \"2025-12-31\" is not on or after start \"2026-01-01\""},
        new String[] {"\"end\": \"2026-12-31\"", "\"end\": \"31/12/2026\"",
            "sub.json: end: \"31/12/2026\" is not a date (YYYY-MM-DD)"},
        new String[] {"\"annualSpendUsd\": 30000", "\"annualSpendUsd\": -1",
            "sub.json: annualSpendUsd: -1 is not an amount (a number, 0 or more)"},
        new String[] {"\"onSiteVisits\": 4", "\"onSiteVisits\": 2.5",
            "sub.json: usage.onSiteVisits: 2.5 is not a count (a whole number, 0 or more)"},
        new String[] {"\"calendar\": null", "\"calendar\": 5",
            "sub.json: calendar: 5 is not a calendar (an object, or the id of a registered calendar)"});
    for (String[] row : rows) {
      String json = SUBSCRIPTION.replace(row[0], row[1]);
      assertThatThrownBy(() -> SlaJson.readSubscription(json, "sub.json"))
          .as(row[1]).isInstanceOf(SlaInputException.class).hasMessage(row[2]);
    }
  }

  @Test
  void requestPathsStartWithTheirPart() {
    String line = "{\"case\": " + CASE + ", \"subscription\": "
        + SUBSCRIPTION.replace("Asia/Seoul", "Asia/Seul") + "}";
    assertThatThrownBy(() -> SlaJson.readRequest(line, "line 3"))
        .hasMessage("line 3: subscription.location.zone: \"Asia/Seul\" is not a time zone");
    assertThatThrownBy(() -> SlaJson.readRequest("{\"case\": " + CASE + "}", ""))
        .hasMessage("subscription: is missing (required)");
    SlaJson.Request r = SlaJson.readRequest("{\"case\": " + CASE + ", \"subscription\": "
        + SUBSCRIPTION + "}", "");
    assertThat(r.supportCase().id()).isEqualTo("CASE-42");
    assertThat(r.subscription().id()).isEqualTo("SUB-7");
  }

  @Test
  void writesNullsWhereTheContractShowsThem() {
    Decision d = new Decision("C", "S", "elastic", true, Optional.empty(),
        new Decision.Severity(3, "Normal", Optional.empty()),
        List.of(new Decision.Target("INITIAL_RESPONSE", Optional.empty(), Optional.empty(),
            Optional.empty())),
        Optional.empty(), List.of(), Entitlements.NONE, List.of(), List.of(), Optional.empty());
    assertThat(SlaJson.writeLine(d)).isEqualTo("{\"caseId\":\"C\",\"subscriptionId\":\"S\","
        + "\"vendor\":\"elastic\",\"covered\":true,\"reason\":null,"
        + "\"severity\":{\"level\":3,\"name\":\"Normal\",\"requested\":null},"
        + "\"targets\":[{\"metric\":\"INITIAL_RESPONSE\",\"target\":null,\"clock\":null,"
        + "\"calendar\":null,\"deadline\":null}],\"routing\":null,\"escalation\":[],"
        + "\"entitlements\":{},\"warnings\":[],\"trace\":[],\"businessImpact\":null}");
  }
}
