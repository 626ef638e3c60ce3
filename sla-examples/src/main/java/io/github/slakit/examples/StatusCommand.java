package io.github.slakit.examples;

import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.StatusOptions;
import io.github.slakit.svg.TimelineSvg;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code status --case F --subscription F [--events F] --at INSTANT} prints where a case's SLA
 * clocks stand at a moment, after its events (LIFE-1..LIFE-7); {@code status --batch F.jsonl}
 * (or {@code -}, standard input) does so for each line of a batch, under the same contract as
 * {@code evaluate --batch} ({@link Batch}). The moment is always given: a status never depends
 * on when it is computed.
 */
@Command(
    name = "status",
    header =
        "Where a case's SLA clocks stand at a moment, after its events; or each line of a batch.",
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar status --case FILE --subscription FILE",
      "         [--events FILE] --at INSTANT [--alarm-percents LIST]",
      "         [--off-hours POLICY] [--rules FILE.drl]... [--calendar FILE]...",
      "         [--svg FILE [--schedule FILE]...]",
      "       java -jar slakit-examples.jar status --batch FILE.jsonl|- [--threads N]",
      "         [--allow-errors] [--alarm-percents LIST] [--off-hours POLICY]",
      "         [--rules FILE.drl]... [--calendar FILE]..."
    },
    descriptionHeading = "%n",
    description = {
      "Prints the status of a case at a moment (docs/JSON.md, \"Status\"): per metric and "
          + "cycle its state, target, elapsed and remaining time and deadline, and the alarms "
          + "still to come. With --batch, one line per line of a JSON Lines file of "
          + "{\"case\": {...}, \"subscription\": {...}, \"events\": [...], \"at\": \"...\"} "
          + "requests, in input order: the status, or {\"line\": N, \"error\": \"...\"}. A "
          + "batch ends with a summary on stderr (lines, statuses, error lines, time), and "
          + "shows its progress there while stderr is a terminal.",
      ""
    },
    optionListHeading = "Options:%n",
    footerHeading = "%nLimits:%n",
    footer =
        "  A --case, --subscription, --events, --calendar or DRL file: at most 1 MiB%n"
            + "  (1,048,576 bytes); a larger one is refused (exit 2).%n"
            + BatchOptions.LIMITS)
final class StatusCommand implements Callable<Integer> {
  private static final String EITHER =
      "status: give either --batch FILE or --case FILE"
          + " --subscription FILE [--events FILE] --at INSTANT";

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private CaseFiles caseFiles;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description =
          "the case's events: a JSON array of {\"type\", \"at\"[, \"severity\"]} "
              + "(default: none)")
  private String eventsFile;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "the moment asked, with its offset (2026-03-09T12:00:00+09:00)")
  private String at;

  @Mixin private AlarmOptions alarms;

  @Mixin private BatchOptions batch;

  @Mixin private EngineOptions engineOptions;

  @Mixin private SvgOptions svg;

  @Override
  public Integer call() {
    Harness harness = Harness.of(spec);
    StatusOptions options = alarms.options("status");
    svg.check("status", batch.given());
    if (batch.given()) {
      if (caseFiles.given() || eventsFile != null || at != null) {
        throw new UsageException(EITHER);
      }
      return batch.run("status", () -> statuses(engineOptions.engine(), options), harness);
    }
    batch.checkAlone("status");
    if (!caseFiles.given()) {
      throw new UsageException(EITHER);
    }
    caseFiles.require("status");
    if (at == null) {
      throw new UsageException("status: --at is required");
    }
    Instant moment = Options.instant("status", "--at", at);
    CaseFiles.Read read = caseFiles.read();
    List<CaseEvent> events =
        eventsFile == null
            ? List.of() // no event since the opening
            : SlaJson.readEvents(
                InputFiles.text("--events", eventsFile), InputFiles.name(eventsFile));
    String files = read.files() + (eventsFile == null ? "" : ", " + InputFiles.name(eventsFile));
    SlaEngine engine = engineOptions.engine();
    TimelineSvg pictures = svg.pictures(engine);
    CaseStatus status =
        CaseFiles.answer(
            files,
            () -> engine.status(read.supportCase(), read.subscription(), events, moment, options));
    svg.write(
        pictures, p -> p.status(read.supportCase(), read.subscription(), events, status), files);
    harness.out.println(Messages.jsonSafe(SlaJson.write(status)));
    return Harness.OK;
  }

  /**
   * {@code status --batch}: each line a {@code {"case", "subscription", "events", "at"}} request,
   * answered with its status.
   */
  static Batch.Job<SlaJson.StatusRequest> statuses(SlaEngine engine, StatusOptions options) {
    return new Batch.Job<>(
        "status",
        "status",
        "statuses",
        SlaJson::readStatusRequest,
        r ->
            SlaJson.writeLineUtf8(
                engine.status(r.supportCase(), r.subscription(), r.events(), r.at(), options)));
  }
}
