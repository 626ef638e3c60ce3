package io.github.slakit.examples;

import io.github.slakit.core.report.StatusFeed;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code status-feed --batch F.jsonl --at INSTANT}: the components and incidents a status page
 * shows at a moment, from the cases of a batch that name a component ({@link StatusFeed}).
 */
@Command(
    name = "status-feed",
    header = "Components and incidents for a status page, from a batch of case histories.",
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar status-feed --batch FILE.jsonl|-",
      "         --at INSTANT [--resolved-for DURATION] [--threads N] [--allow-errors]",
      "         [--rules FILE.drl]... [--calendar FILE]..."
    },
    descriptionHeading = "%n",
    description = {
      "Reads a JSON Lines file of status requests, as status --batch does, at --at (which "
          + "replaces each line's own at), and prints as JSON on stdout, in the shape of the "
          + "Statuspage API's summary, each component's status from the most severe open case "
          + "naming it, and the incidents: open cases (investigating, identified), resolved "
          + "ones (monitoring) and those closed within --resolved-for before --at (resolved; "
          + "default PT24H). The rules are in docs/REPORTS.md. Each line that gives no status "
          + "prints its error line on stderr, before the summary.",
      ""
    },
    optionListHeading = "Options:%n",
    footerHeading = "%nLimits:%n",
    footer = "  A --calendar or DRL file: at most 1 MiB (1,048,576 bytes).%n" + BatchOptions.LIMITS)
final class StatusFeedCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private BatchOptions batch;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "the moment of the feed, with its offset (2026-03-10T12:00:00+09:00)")
  private String at;

  @Option(
      names = "--resolved-for",
      paramLabel = "DURATION",
      description = "how long a closed incident stays listed, ISO-8601 (default PT24H)")
  private String resolvedFor;

  @Mixin private EngineOptions engineOptions;

  @Override
  public Integer call() {
    Harness harness = Harness.of(spec);
    Instant moment = Collecting.moment("status-feed", batch, at);
    StatusFeed.Collector feed = StatusFeed.collector(moment);
    if (resolvedFor != null) {
      feed = feed.resolvedFor(Options.duration("status-feed", "--resolved-for", resolvedFor));
    }
    StatusFeed.Collector collector = feed;
    int status =
        Collecting.run(
            "status-feed",
            batch,
            engineOptions,
            moment,
            harness,
            (r, st) -> collector.add(r.supportCase(), r.events(), st));
    harness.out.print(Messages.jsonSafe(collector.feed().toJson()) + "\n");
    harness.out.flush();
    return status;
  }
}
