package io.github.slakit.examples;

import io.github.slakit.calendars.WallClock;
import io.github.slakit.oncall.OncallJson;
import io.github.slakit.oncall.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code oncall --schedule F --at INSTANT}: who is on call; {@code oncall --schedule F --from D --to
 * D}: the final timeline of the range and its gaps (docs/ONCALL.md).
 */
@Command(
    name = "oncall",
    header = "Who is on call at an instant, or a schedule's timeline and gaps over a range.",
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar oncall --schedule FILE --at INSTANT",
      "       java -jar slakit-examples.jar oncall --schedule FILE --from WHEN --to WHEN"
    },
    descriptionHeading = "%n",
    description = {
      "Reads a schedule (docs/JSON.md, \"Schedule\") and prints, as JSON, who is on call at "
          + "--at with the layer or override the answer comes from (person null in a gap), or "
          + "the final timeline of [--from, --to): its shifts and its gaps (ONCALL-4). A WHEN is "
          + "an instant with its offset, or a date (2026-03-12), which starts at its midnight "
          + "in the schedule's zone. Instants are printed in UTC.",
      ""
    },
    optionListHeading = "Options:%n",
    footerHeading = "%nLimits:%n",
    footer = {
      "  A --schedule file: at most 1 MiB (1,048,576 bytes). A range: at most 366 days.",
      "",
      "Exit status:",
      "   0  done",
      "   2  bad input or usage: one message on stderr",
      "  70  internal error (a bug of slakit): one message on stderr"
    })
final class OncallCommand implements Callable<Integer> {
  /** The longest range a timeline is printed for. */
  static final Duration MAX_RANGE = Duration.ofDays(366);

  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Option(
      names = "--schedule",
      paramLabel = "FILE",
      required = true,
      description = "the schedule (JSON)")
  private String scheduleFile;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "ISO-8601 with an offset: 2026-03-11T15:30:00+01:00")
  private String at;

  @Option(
      names = "--from",
      paramLabel = "WHEN",
      description = "the range's first instant, or a date")
  private String from;

  @Option(
      names = "--to",
      paramLabel = "WHEN",
      description = "the first instant after the range, or a date (not included)")
  private String to;

  @Override
  public Integer call() {
    if (at != null ? from != null || to != null : from == null || to == null) {
      throw new UsageException("oncall: give either --at INSTANT or --from WHEN --to WHEN");
    }
    Schedule schedule = schedule(scheduleFile);
    Harness harness = Harness.of(spec);
    if (at != null) {
      harness.out.println(OncallJson.writeOnCall(schedule, Options.instant("oncall", "--at", at)));
      return Harness.OK;
    }
    Instant start = when(schedule, "--from", from);
    Instant end = when(schedule, "--to", to);
    if (end.isBefore(start)) {
      throw new UsageException(
          "oncall: --to " + Messages.show(to) + " is before --from " + Messages.show(from));
    }
    if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
      throw new UsageException(
          "oncall: the range from "
              + Messages.show(from)
              + " to "
              + Messages.show(to)
              + " is longer than 366 days, the most printed");
    }
    harness.out.println(OncallJson.write(schedule.id(), schedule.timeline(start, end)));
    return Harness.OK;
  }

  /** A schedule file given with {@code --schedule}, read within the harness's cap. */
  static Schedule schedule(String file) {
    return OncallJson.readSchedule(InputFiles.text("--schedule", file), InputFiles.name(file));
  }

  /** An instant with its offset, or a date: its first instant in the schedule's zone. */
  private static Instant when(Schedule schedule, String option, String value) {
    if (value.length() == 10) {
      try {
        LocalDate date = LocalDate.parse(value);
        if (date.getYear() >= Options.FIRST_YEAR && date.getYear() <= Options.LAST_YEAR) {
          return WallClock.start(date.atStartOfDay(), schedule.zone().getRules());
        }
      } catch (DateTimeParseException e) {
        // reported below, as an instant
      }
    }
    return Options.instant("oncall", option, value);
  }
}
