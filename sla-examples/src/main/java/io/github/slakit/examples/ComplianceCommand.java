package io.github.slakit.examples;

import io.github.slakit.core.Metrics;
import io.github.slakit.core.report.Compliance;
import io.github.slakit.core.report.ComplianceReport;
import io.github.slakit.core.report.ComplianceReport.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report compliance --batch F.jsonl --at INSTANT --by vendor,level,severity,month}: SLA
 * compliance over a batch of case histories at one moment ({@link Compliance}), as JSON on stdout,
 * and as CSV and an HTML page on request.
 */
@Command(
    name = "compliance",
    header = "SLA compliance of a batch of case histories at one moment, per group.",
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar report compliance --batch FILE.jsonl|-",
      "         --at INSTANT [--by LIST] [--nearest N] [--csv FILE] [--html DIR]",
      "         [--threads N] [--allow-errors] [--rules FILE.drl]... [--calendar FILE]..."
    },
    descriptionHeading = "%n",
    description = {
      "Reads a JSON Lines file of status requests, as status --batch does, and asks each "
          + "case's status at --at, which replaces each line's own at (a line may leave it "
          + "out). Per group of --by (any of vendor, level, severity, month; default: one group "
          + "of every case) it counts the cases, per metric those met, breached and still "
          + "running and the share met, the percentiles of the time to first response and to "
          + "resolution in business time, the paused business time and the cases nearest "
          + "their breach (docs/REPORTS.md). A case is in the month it opened, in its "
          + "subscription's time zone. Prints the report as JSON on stdout; --csv writes one "
          + "row per group, --html DIR writes DIR/index.html with the pictures. Memory is "
          + "bounded by the number of groups, not the batch. Each line that gives no status "
          + "prints its error line, {\"line\": N, \"error\": \"...\"}, on stderr, before the "
          + "summary.",
      ""
    },
    optionListHeading = "Options:%n",
    footerHeading = "%nLimits:%n",
    footer = "  A --calendar or DRL file: at most 1 MiB (1,048,576 bytes).%n" + BatchOptions.LIMITS)
final class ComplianceCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Mixin private BatchOptions batch;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "the moment of the report, with its offset (2026-04-01T00:00:00+09:00)")
  private String at;

  @Option(
      names = "--by",
      paramLabel = "LIST",
      description = "the dimensions that group the cases: vendor, level, severity, month")
  private String by;

  @Option(
      names = "--nearest",
      paramLabel = "N",
      description = "the cases nearest their breach kept per group (default 5, at most 100)")
  private String nearest;

  @Option(names = "--csv", paramLabel = "FILE", description = "also write the report as CSV")
  private String csv;

  @Option(
      names = "--html",
      paramLabel = "DIR",
      description = "also write DIR/index.html, the report with its pictures (made if missing)")
  private String html;

  @Mixin private EngineOptions engineOptions;

  static final String NAME = "report compliance";

  @Override
  public Integer call() {
    Harness harness = Harness.of(spec);
    Instant moment = Collecting.moment(NAME, batch, at);
    List<Dimension> dimensions = dimensions(by);
    int n =
        nearest == null
            ? Compliance.DEFAULT_NEAREST
            : Options.integer(NAME, "--nearest", nearest, 0, 100);
    Path dir = html == null ? null : Path.of(html);
    if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(html + ": is a file; --html takes a folder");
    }
    Compliance report = Compliance.by(dimensions, moment).nearest(n);
    // the page's months: the same cases by month alone
    Compliance months = Compliance.by(List.of(Dimension.MONTH), moment).nearest(0);
    int status =
        Collecting.run(
            NAME,
            batch,
            engineOptions,
            moment,
            harness,
            (r, st) -> {
              report.add(r.supportCase(), r.subscription(), r.events(), st);
              if (dir != null) {
                months.add(r.supportCase(), r.subscription(), r.events(), st);
              }
            });
    ComplianceReport result = report.report();
    harness.out.print(Messages.jsonSafe(result.toJson()) + "\n");
    harness.out.flush();
    if (csv != null) {
      SvgOptions.write(Path.of(csv), csv, result.toCsv());
    }
    if (dir != null) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UsageException(html + ": cannot be made (" + e.getMessage() + ")");
      }
      Path page = dir.resolve("index.html");
      SvgOptions.write(
          page,
          page.toString(),
          CompliancePage.html(batch.name(), result, months.report(), Metrics.INITIAL_RESPONSE));
    }
    return status;
  }

  /** {@code vendor,level,month} as dimensions; none for an empty or absent list. */
  static List<Dimension> dimensions(String list) {
    List<Dimension> out = new ArrayList<>();
    if (list == null || list.isBlank()) {
      return out;
    }
    for (String s : list.split(",", -1)) {
      String name = s.strip();
      Dimension d = null;
      for (Dimension x : Dimension.values()) {
        if (x.json().equals(name.toLowerCase(Locale.ROOT))) {
          d = x;
        }
      }
      if (d == null) {
        throw new UsageException(
            NAME
                + ": --by "
                + Messages.show(name)
                + " is not a dimension (vendor, level, severity, month)");
      }
      if (out.contains(d)) {
        throw new UsageException(NAME + ": --by names " + d.json() + " twice");
      }
      out.add(d);
    }
    return out;
  }
}
