package io.github.slakit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.calendars.ReadmeSnippets;
import io.github.slakit.core.Decision;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The README's engine example: it compiles and runs here, and the README quotes it verbatim. */
class ReadmeEngineExampleTest {

  @Test
  void example() {
    // README-BEGIN
    SlaEngine engine =
        SlaEngine.builder()
            .rulesets(Rulesets.builtIn()) // elastic, veeam, rockplace
            .build(); // build once, share between threads

    SupportCase supportCase =
        SupportCase.builder("CASE-42", "veeam", OffsetDateTime.parse("2026-09-23T15:00:00+09:00"))
            .impact(Impact.DEGRADED) // VEEAM-3: opens as severity 2
            .build();
    Subscription subscription =
        Subscription.builder("SUB-7", "veeam", "BASIC", new Location("KR", ZoneId.of("Asia/Seoul")))
            .build();

    Decision decision = engine.evaluate(supportCase, subscription);

    // VEEAM-4: BASIC severity 2 is 8 business hours on the KR calendar; Chuseok (24-26 Sep) is
    // skipped
    assertThat(decision.target(Metrics.INITIAL_RESPONSE).flatMap(Decision.Target::deadline))
        .contains(Instant.parse("2026-09-28T05:00:00Z"));
    assertThat(decision.routing()).contains("APJ"); // VEEAM-5: opened in Korean hours
    assertThat(decision.trace())
        .extracting(Decision.TraceEntry::clause)
        .contains("VEEAM-3", "VEEAM-4");
    String json = SlaJson.write(decision); // the decision JSON of the contract
    // README-END
    assertThat(json).contains("\"deadline\" : \"2026-09-28T05:00:00Z\"");
  }

  @Test
  void readmeQuotesTheExample() throws Exception {
    ReadmeSnippets.assertReadmeQuotes(
        Path.of("src/test/java/io/github/slakit/rules/ReadmeEngineExampleTest.java"));
  }
}
