package io.github.slakit.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.Decision;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.oncall.OncallJson;
import io.github.slakit.oncall.Schedule;
import io.github.slakit.rules.Rulesets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The two pictures docs/TIMELINE.md and the README show, drawn from the files in examples/ as the
 * harness draws them, checked for what they are there to show, and written as PNG files to
 * target/timeline-examples (docs/ holds copies).
 */
class ExamplePicturesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path OUT = Path.of("target", "timeline-examples");
  private static final SlaEngine ENGINE = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();

  private static void png(String name, Rendered r) throws IOException {
    Files.createDirectories(OUT);
    ImageIO.write(r.image, "png", OUT.resolve(name).toFile());
    Files.writeString(OUT.resolve(name.replace(".png", ".svg")), r.svg);
  }

  /**
   * The README's example: a Veeam BASIC case (12 business hours of the KR calendar) opened
   * Wednesday 23 September 2026 10:00 KST waits on the customer from 16:00 to Monday 28 September
   * 10:00: across Chuseok (Thursday 24 to Saturday 26) and the weekend. Asked Monday 14:00.
   */
  @Test
  void theReadmeExampleShowsAPauseAcrossTheHolidayAndTheWeekend() throws IOException {
    SupportCase c = SlaJson.readCase(EXAMPLES.resolve("chuseok-case.json"));
    Subscription s = SlaJson.readSubscription(EXAMPLES.resolve("chuseok-subscription.json"));
    List<CaseEvent> events = SlaJson.readEvents(EXAMPLES.resolve("chuseok-events.json"));
    Schedule partner = OncallJson.readSchedule(EXAMPLES.resolve("partner-kr.json"));
    Instant at = Instant.parse("2026-09-28T05:00:00Z"); // Monday 14:00 KST
    CaseStatus st = ENGINE.status(c, s, events, at);
    Rendered r =
        Rendered.of(
            TimelineSvg.of(ENGINE).withSchedules(List.of(partner)).status(c, s, events, st));
    png("status-chuseok.png", r);

    // The range drawn: Wednesday 00:00 KST to Tuesday 00:00 (the midnight after the moment and
    // the deadline), 6 days on 1200 pixels from x = 220: 200/24 pixels an hour.
    double hour = 1200.0 / 144;
    // The pause: Wednesday 16:00 (16 h in) to Monday 10:00 (5 days 10 h = 130 h in).
    Element pause = r.byClass("pause").get(0);
    assertThat(Rendered.num(pause, "x")).isCloseTo(220 + 16 * hour, within(0.01));
    assertThat(Rendered.num(pause, "x") + Rendered.num(pause, "width"))
        .isCloseTo(220 + 130 * hour, within(0.01));
    // ... across the three days of Chuseok and the Sunday, each named
    assertThat(r.texts("holiday-label"))
        .containsExactly("Day before Chuseok", "Chuseok", "Day after Chuseok");
    // The deadline: 6 business hours used Wednesday 10-16; the pause takes Wednesday 16-18 and
    // Monday 09-10 out; the other 6 run from Monday 10:00 to 16:00 (5 days 16 h = 136 h in).
    Element deadline = r.byClass("deadline").get(0);
    assertThat(deadline.getAttribute("data-at")).isEqualTo("2026-09-28T07:00:00Z");
    assertThat(Rendered.num(deadline, "data-x")).isCloseTo(220 + 136 * hour, within(0.01));
  }

  /**
   * A decision: the Veeam severe case of docs/ONCALL.md, opened Tuesday 22 September 2026 16:00
   * KST, with the partner's and the distributor's on-call schedules.
   */
  @Test
  void theDecisionExampleShowsStepsRolesAndWhoIsOnCall() throws IOException {
    SupportCase c = SlaJson.readCase(EXAMPLES.resolve("veeam-case.json"));
    Subscription s = SlaJson.readSubscription(EXAMPLES.resolve("veeam-subscription.json"));
    Decision d = ENGINE.evaluate(c, s);
    List<Schedule> schedules =
        List.of(
            OncallJson.readSchedule(EXAMPLES.resolve("partner-kr.json")),
            OncallJson.readSchedule(EXAMPLES.resolve("distributor-kr.json")));
    Rendered r = Rendered.of(TimelineSvg.of(ENGINE).withSchedules(schedules).decision(c, s, d));
    png("decision-veeam-severe.png", r);
    assertThat(r.texts("step-label")).contains("5: PARTNER, DISTRIBUTOR_ENGINEER, VEEAM_KOREA_SE");
  }
}
