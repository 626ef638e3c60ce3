package io.github.slakit.consumer;

import io.github.slakit.core.Decision;
import io.github.slakit.core.Location;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.oncall.Layer;
import io.github.slakit.oncall.OnCall;
import io.github.slakit.oncall.Schedule;
import io.github.slakit.rules.Rulesets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Evaluates one Veeam case with the built-in rules and prints its deadline and its JSON, and who a
 * schedule has on call at that deadline.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
    Decision d =
        engine.evaluate(
            SupportCase.builder("M-1", "veeam", OffsetDateTime.parse("2026-09-23T15:00:00+09:00"))
                .severity(2)
                .build(),
            Subscription.builder(
                    "S-1", "veeam", "BASIC", new Location("KR", ZoneId.of("Asia/Seoul")))
                .build());
    System.out.println(
        d.target(Metrics.INITIAL_RESPONSE).flatMap(Decision.Target::deadline).orElseThrow());
    System.out.println(SlaJson.writeLine(d).length() > 0 ? "json" : "no json");
    System.out.println(
        Main.class.getModule().getName() + " " + SlaEngine.class.getModule().getName());
    Schedule schedule =
        Schedule.builder("partner", ZoneId.of("Asia/Seoul"))
            .layer(
                Layer.builder(LocalDateTime.parse("2026-09-21T09:00"), Duration.ofDays(1))
                    .participants("kim", "lee")
                    .build())
            .build();
    System.out.println(
        schedule
                .onCallAt(
                    d.target(Metrics.INITIAL_RESPONSE)
                        .flatMap(Decision.Target::deadline)
                        .orElseThrow())
                .map(OnCall::person)
                .orElse("nobody")
            + " "
            + Schedule.class.getModule().getName());
  }
}
