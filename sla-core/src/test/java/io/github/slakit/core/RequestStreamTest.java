package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of requests reads plain lines as the tree reader does, and leaves every
 * line it is not sure of to the tree reader, so that messages stay the tree reader's.
 */
class RequestStreamTest {
  static final String CASE =
      "{\"id\":\"C-1\",\"vendor\":\"elastic\",\"openedAt\":\"2027-02-12T18:12:00+09:00\","
          + "\"severity\":1,\"impact\":\"OUTAGE\",\"production\":false,\"workaround\":true,"
          + "\"deployment\":\"CLOUD\",\"issueKind\":\"GENERAL\",\"seConsulted\":true,"
          + "\"onSiteVisit\":false,\"businessImpact\":\"customer-facing\",\"component\":\"db\"}";
  static final String SUBSCRIPTION =
      "{\"id\":\"S-3847\",\"vendor\":\"elastic\",\"level\":\"GOLD\",\"customer\":\"Customer 1\","
          + "\"location\":{\"country\":\"KR\",\"zone\":\"Asia/Seoul\"},\"deployment\":\"SELF_MANAGED\","
          + "\"annualSpendUsd\":54000,\"agreedVisitsPerYear\":4,\"start\":\"2026-01-01\","
          + "\"end\":\"2027-12-31\",\"usage\":{\"onSiteVisits\":2},\"newCustomer\":true,"
          + "\"rpsCustomer\":false}";
  static final String CALENDAR =
      "{\"id\":\"acme-seoul\",\"zone\":\"Asia/Seoul\",\"weekly\":{\"MON\":[\"09:00-12:00\","
          + "\"13:00-18:00\"],\"FRI\":[\"09:00-17:00\"]},\"holidays\":{\"country\":\"KR\","
          + "\"add\":[\"2026-05-01\"]}}";

  static String request(String supportCase, String subscription) {
    return "{\"case\":" + supportCase + ",\"subscription\":" + subscription + "}";
  }

  /** Lines the streaming reader must read itself: every field it knows, in several layouts. */
  static final List<String> PLAIN =
      List.of(
          request(CASE, SUBSCRIPTION),
          // the subscription first, blanks between the tokens
          "{ \"subscription\" : " + SUBSCRIPTION + " ,\n \"case\" :\t" + CASE + " }\n",
          request(
              "{\"id\":\"C\",\"vendor\":\"veeam\",\"openedAt\":\"2026-03-06T08:30:00Z\"}",
              "{\"id\":\"S\",\"vendor\":\"veeam\",\"level\":\"BASIC\",\"location\":"
                  + "{\"zone\":\"Europe/Paris\",\"country\":\"FR\"},\"calendar\":\"KR\"}"),
          request(
              CASE,
              SUBSCRIPTION.replace(
                  "\"usage\":{\"onSiteVisits\":2}",
                  "\"usage\":{\"onSiteVisitDates\":[\"2026-02-03\",\"2026-05-06\"]},"
                      + "\"calendar\": "
                      + CALENDAR)),
          request(
              CASE,
              SUBSCRIPTION.replace(
                  "\"customer\":\"Customer 1\",", "\"calendar\":" + CALENDAR + ",")),
          request(
              CASE, SUBSCRIPTION.replace("\"start\":\"2026-01-01\",\"end\":\"2027-12-31\",", "")),
          request(
              CASE,
              SUBSCRIPTION.replace(
                  "\"location\":{\"country\":\"KR\"", "\"location\":{\"country\":\"DE-BY\"")));

  /** Lines the tree reader must read (some are read right, some refused). */
  static final List<String> UNUSUAL =
      List.of(
          request(CASE.replace("\"severity\":1", "\"severity\":null"), SUBSCRIPTION),
          request(CASE.replace("\"severity\":1", "\"severity\":5"), SUBSCRIPTION),
          request(CASE.replace("\"severity\":1", "\"severity\":1.0"), SUBSCRIPTION),
          request(CASE.replace("\"severity\":1", "\"severity\":\"1\""), SUBSCRIPTION),
          request(CASE.replace("\"severity\":1", "\"severty\":1"), SUBSCRIPTION),
          request(CASE.replace("\"severity\":1", "\"severity\":1,\"severity\":2"), SUBSCRIPTION),
          request(CASE.replace("\"id\":\"C-1\"", "\"id\":\" \""), SUBSCRIPTION),
          request(CASE.replace("\"id\":\"C-1\"", "\"id\":\"C\\u002d1\""), SUBSCRIPTION),
          request(CASE.replace("\"id\":\"C-1\"", "\"id\":\"C\\ud800\""), SUBSCRIPTION),
          request(CASE.replace("\"impact\":\"OUTAGE\"", "\"impact\":\"outage\""), SUBSCRIPTION),
          request(
              CASE.replace("2027-02-12T18:12:00+09:00", "2027-02-30T18:12:00+09:00"), SUBSCRIPTION),
          // in 2299 locally, 2300 in UTC: outside the supported years
          request(
              CASE.replace("2027-02-12T18:12:00+09:00", "2299-12-31T23:00:00-09:00"), SUBSCRIPTION),
          request(CASE.replace("\"production\":false", "\"production\":\"false\""), SUBSCRIPTION),
          request(
              CASE.replace("\"component\":\"db\"", "\"attributes\":{\"seConsulted\":\"true\"}"),
              SUBSCRIPTION),
          request(CASE.replace(",\"openedAt\":\"2027-02-12T18:12:00+09:00\"", ""), SUBSCRIPTION),
          request(
              CASE, SUBSCRIPTION.replace("\"annualSpendUsd\":54000", "\"annualSpendUsd\":540.5")),
          request(CASE, SUBSCRIPTION.replace("\"annualSpendUsd\":54000", "\"annualSpendUsd\":-1")),
          request(CASE, SUBSCRIPTION.replace("\"annualSpendUsd\":54000", "\"annualSpendUsd\":1e3")),
          request(
              CASE,
              SUBSCRIPTION.replace("\"agreedVisitsPerYear\":4", "\"agreedVisitsPerYear\":-4")),
          request(CASE, SUBSCRIPTION.replace("\"end\":\"2027-12-31\"", "\"end\":\"2025-12-31\"")),
          request(CASE, SUBSCRIPTION.replace(",\"end\":\"2027-12-31\"", "")),
          request(CASE, SUBSCRIPTION.replace("\"country\":\"KR\"", "\"country\":\"kr\"")),
          request(CASE, SUBSCRIPTION.replace("Asia/Seoul", "Asia/Seul")),
          request(
              CASE,
              SUBSCRIPTION.replace(
                  "\"zone\":\"Asia/Seoul\"", "\"zone\":\"Asia/Seoul\",\"city\":\"Seoul\"")),
          request(
              CASE,
              SUBSCRIPTION.replace(
                  "\"usage\":{\"onSiteVisits\":2}",
                  "\"usage\":{\"onSiteVisits\":2,\"onSiteVisitDates\":[\"2026-02-03\"]}")),
          request(
              CASE,
              SUBSCRIPTION
                  .replace("\"calendar\"", "\"x\"")
                  .replace("\"customer\":\"Customer 1\",", "\"calendar\":7,")),
          request(
              CASE,
              SUBSCRIPTION.replace(
                  "\"customer\":\"Customer 1\",",
                  "\"calendar\":" + CALENDAR.replace("Asia/Seoul", "Asia/Seul") + ",")),
          request(CASE, SUBSCRIPTION) + " {}",
          request(CASE, SUBSCRIPTION).replace("}}", "}"),
          "{\"case\":" + CASE + "}",
          "{\"case\":" + CASE + ",\"subscription\":" + SUBSCRIPTION + ",\"case\":" + CASE + "}",
          "{\"case\":" + CASE + ",\"subscription\":" + SUBSCRIPTION + ",\"events\":[]}",
          "[]",
          "",
          "null");

  @Test
  void plainLinesAreReadByTheStreamAsTheTreeReadsThem() {
    for (String line : PLAIN) {
      SlaJson.Request quick = RequestStream.read(line, new JsonInput("b.jsonl:1"));
      assertThat(quick).as(line).isNotNull();
      assertThat(quick)
          .as(line)
          .isEqualTo(SlaJson.readRequestTree(line, new JsonInput("b.jsonl:1")));
    }
    // every field was read: the first line's case and subscription are not the defaults
    SlaJson.Request r = RequestStream.read(PLAIN.get(0), new JsonInput(""));
    assertThat(r).isNotNull();
    assertThat(r.supportCase().production()).isFalse();
    assertThat(r.supportCase().component()).contains("db");
    assertThat(r.subscription().newCustomer()).isTrue();
    assertThat(r.subscription().agreedVisitsPerYear()).contains(4);
  }

  @Test
  void unusualLinesAreLeftToTheTreeReader() {
    List<String> readByTheStream = new ArrayList<>();
    for (String line : UNUSUAL) {
      if (RequestStream.read(line, new JsonInput("b.jsonl:1")) != null) {
        readByTheStream.add(line);
      }
    }
    assertThat(readByTheStream).isEmpty();
    // and readRequest gives the tree reader's answer or message for them
    for (String line : UNUSUAL) {
      Object tree;
      try {
        tree = SlaJson.readRequestTree(line, new JsonInput("b.jsonl:1"));
      } catch (RuntimeException e) {
        assertThatThrownBy(() -> SlaJson.readRequest(line, "b.jsonl:1"))
            .as(line)
            .isInstanceOf(e.getClass())
            .hasMessage(e.getMessage());
        continue;
      }
      assertThat(SlaJson.readRequest(line, "b.jsonl:1")).as(line).isEqualTo(tree);
    }
  }
}
