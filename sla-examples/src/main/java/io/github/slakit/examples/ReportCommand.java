package io.github.slakit.examples;

import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.StatusOptions;
import io.github.slakit.svg.TimelineSvg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report --batch F.jsonl --html DIR}: the statuses of a {@code status} batch on one
 * self-contained HTML page, the cases most at risk first, each with its timeline ({@link Report}).
 */
@Command(
    name = "report",
    header = "The cases of a status batch on one HTML page, most at risk first, with timelines.",
    subcommands = {ComplianceCommand.class},
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar report --batch FILE.jsonl|- --html DIR",
      "         [--threads N] [--allow-errors] [--max-cases N] [--schedule FILE]...",
      "         [--rules FILE.drl]... [--calendar FILE]... [--alarm-percents LIST]",
      "         [--off-hours mark|next-opening]",
      "       java -jar slakit-examples.jar report compliance --batch FILE.jsonl|-",
      "         --at INSTANT [--by LIST] ... (report compliance --help)"
    },
    descriptionHeading = "%n",
    description = {
      "Reads a JSON Lines file of status requests, as status --batch does, and writes "
          + "DIR/index.html: one page, with no script and nothing fetched from elsewhere, listing "
          + "the cases by risk (breached first, then by the share of the target left, the least "
          + "first) with each case's timeline (docs/TIMELINE.md). The page holds at most "
          + "--max-cases cases (default 100, at most 1000), the most at risk; memory does not "
          + "grow with the batch. Each line that gives no status prints its error line on "
          + "stdout, {\"line\": N, \"error\": \"...\"}, as status --batch does, and is listed on "
          + "the page (the first 100). A summary follows on stderr.",
      ""
    },
    optionListHeading = "Options:%n",
    footerHeading = "%nLimits:%n",
    footer =
        "  A --schedule, --calendar or DRL file: at most 1 MiB (1,048,576 bytes).%n"
            + BatchOptions.LIMITS)
final class ReportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private BatchOptions batch;

  @Option(
      names = "--html",
      paramLabel = "DIR",
      description = "the folder to write index.html into (made if missing)")
  private String html;

  @Option(
      names = "--max-cases",
      paramLabel = "N",
      description = "the most cases the page shows, the most at risk (default 100, at most 1000)")
  private String maxCases;

  @Option(
      names = "--schedule",
      paramLabel = "FILE",
      description = "an on-call schedule (JSON) whose shifts each timeline shows (repeatable)")
  private List<String> scheduleFiles = new ArrayList<>();

  @Mixin private EngineOptions engineOptions;

  @Mixin private AlarmOptions alarms;

  @Override
  public Integer call() {
    Harness harness = Harness.of(spec);
    if (!batch.given()) {
      throw new UsageException("report: --batch FILE is required");
    }
    if (html == null) {
      throw new UsageException("report: --html DIR is required");
    }
    int max =
        maxCases == null
            ? Report.DEFAULT_CASES
            : Options.integer("report", "--max-cases", maxCases, 1, Report.MAX_CASES);
    Path dir = Path.of(html);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(html + ": is a file; --html takes a folder");
    }
    StatusOptions options = alarms.options("report");
    SlaEngine engine = engineOptions.engine();
    Report report =
        new Report(
            engine,
            options,
            TimelineSvg.of(engine).withSchedules(SvgOptions.schedules(scheduleFiles)),
            max,
            harness.out);
    int status = batch.run("report", report::job, harness, report.sink());
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UsageException(html + ": cannot be made (" + e.getMessage() + ")");
    }
    Path page = dir.resolve("index.html");
    SvgOptions.write(page, page.toString(), report.page(batch.name()));
    harness.err.println(
        Messages.oneLine(
            "report: "
                + page
                + ": "
                + report.shown()
                + (report.shown() == 1 ? " case" : " cases")));
    return status;
  }
}
