package io.github.slakit.examples;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.Holiday;
import io.github.slakit.calendars.NationalHolidays;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code calendar add|add-days|between|next-open|holidays}: business-time arithmetic. */
@Command(
    name = "calendar",
    header = "Business-time arithmetic: add, add-days, between, next-open, holidays.",
    synopsisHeading = "usage: ",
    descriptionHeading = "%n",
    description = {
      "Business-time arithmetic on a calendar file (docs/CALENDARS.md) or on a country's default "
          + "calendar: Monday-Friday 09:00-18:00 in its main time zone, minus its public holidays "
          + "(TIME-8). Instants are read with their offset, in local years "
          + Options.FIRST_YEAR
          + " to "
          + Options.LAST_YEAR
          + ", and printed in UTC."
    },
    commandListHeading = "%nOperations:%n",
    subcommands = {
      CalendarCommand.Add.class,
      CalendarCommand.AddDays.class,
      CalendarCommand.Between.class,
      CalendarCommand.NextOpen.class,
      CalendarCommand.Holidays.class
    })
final class CalendarCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Override
  public Integer call() {
    throw new UsageException(
        "calendar: which operation? ("
            + String.join(", ", spec.subcommands().keySet())
            + "; see calendar --help)");
  }

  /** The calendar to count on: a file, or a country's default. */
  static final class Source {
    @Option(
        names = "--calendar",
        paramLabel = "FILE",
        required = true,
        description = "a calendar file (JSON), at most 1 MiB")
    private String file;

    @Option(
        names = "--country",
        paramLabel = "CC",
        required = true,
        description = "a country's default calendar: KR, FR, US, DE, DE-BY, ...")
    private String country;

    BusinessCalendar calendar(String command) {
      if (file != null) {
        return EngineOptions.calendar(file);
      }
      String cc = country.toUpperCase(Locale.ROOT);
      if (!NationalHolidays.isSupported(cc)) {
        throw new UsageException(
            command
                + ": --country "
                + Messages.show(country)
                + " has no built-in calendar: not a country or region with public holidays"
                + " (ISO 3166-1 alpha-2, or a region such as DE-BY)");
      }
      return BusinessCalendar.ofCountry(cc);
    }
  }

  /** What every operation has: the calendar, and where to print. */
  abstract static class Operation implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Mixin private HelpOption help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    String command() {
      return Harness.name(spec);
    }

    BusinessCalendar calendar() {
      return source.calendar(command());
    }

    Instant instant(String option, String value) {
      return Options.instant(command(), option, value);
    }

    PrintStream out() {
      return Harness.of(spec).out;
    }
  }

  @Command(
      name = "add",
      synopsisHeading = "usage: ",
      descriptionHeading = "%n",
      description =
          "The instant a business duration after --from (TIME-2): a deadline that "
              + "uses up a window exactly is that window's end.")
  static final class Add extends Operation {
    @Option(
        names = "--from",
        paramLabel = "INSTANT",
        required = true,
        description = "ISO-8601 with an offset: 2026-03-06T17:30:00+09:00")
    private String from;

    @Option(
        names = "--duration",
        paramLabel = "DURATION",
        required = true,
        description = "ISO-8601: PT4H, PT30M, P2D")
    private String duration;

    @Override
    public Integer call() {
      out()
          .println(
              calendar()
                  .add(
                      instant("--from", from),
                      Options.duration(command(), "--duration", duration)));
      return Harness.OK;
    }
  }

  @Command(
      name = "add-days",
      synopsisHeading = "usage: ",
      descriptionHeading = "%n",
      description =
          "The same local time on the N-th business day after --from, clamped into "
              + "that day's hours (TIME-3).")
  static final class AddDays extends Operation {
    @Option(
        names = "--from",
        paramLabel = "INSTANT",
        required = true,
        description = "ISO-8601 with an offset: 2026-03-06T17:30:00+09:00")
    private String from;

    @Option(names = "--days", paramLabel = "N", required = true, description = "0 to 100000")
    private String days;

    @Override
    public Integer call() {
      out()
          .println(
              calendar()
                  .addBusinessDays(
                      instant("--from", from),
                      Options.integer(command(), "--days", days, 0, 100_000)));
      return Harness.OK;
    }
  }

  @Command(
      name = "between",
      synopsisHeading = "usage: ",
      descriptionHeading = "%n",
      description =
          "The business time from --from to --to, as an ISO-8601 duration (negative "
              + "when --to is before --from).")
  static final class Between extends Operation {
    @Option(
        names = "--from",
        paramLabel = "INSTANT",
        required = true,
        description = "ISO-8601 with an offset: 2026-03-06T17:30:00+09:00")
    private String from;

    @Option(
        names = "--to",
        paramLabel = "INSTANT",
        required = true,
        description = "ISO-8601 with an offset: 2026-03-06T17:30:00+09:00")
    private String to;

    @Override
    public Integer call() {
      out().println(calendar().between(instant("--from", from), instant("--to", to)));
      return Harness.OK;
    }
  }

  @Command(
      name = "next-open",
      synopsisHeading = "usage: ",
      descriptionHeading = "%n",
      description = "The first instant of business time at or after --at.")
  static final class NextOpen extends Operation {
    @Option(
        names = "--at",
        paramLabel = "INSTANT",
        required = true,
        description = "ISO-8601 with an offset: 2026-03-06T17:30:00+09:00")
    private String at;

    @Override
    public Integer call() {
      Instant from = instant("--at", at);
      out()
          .println(
              calendar()
                  .nextOpening(from)
                  .orElseThrow(
                      () ->
                          new UsageException(
                              command() + ": the calendar has no business time after " + from)));
      return Harness.OK;
    }
  }

  @Command(
      name = "holidays",
      synopsisHeading = "usage: ",
      descriptionHeading = "%n",
      description =
          "The calendar's holidays from 1 January of --from to 31 December of --to, "
              + "one a line: DATE,NAME.")
  static final class Holidays extends Operation {
    @Option(names = "--from", paramLabel = "YEAR", required = true, description = "1900 to 2299")
    private String from;

    @Option(names = "--to", paramLabel = "YEAR", required = true, description = "--from to 2299")
    private String to;

    @Override
    public Integer call() {
      int first = Options.integer(command(), "--from", from, Options.FIRST_YEAR, Options.LAST_YEAR);
      int last = Options.integer(command(), "--to", to, first, Options.LAST_YEAR);
      BusinessCalendar c = calendar();
      for (Holiday h : c.holidays(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31))) {
        out().println(h.date() + "," + Messages.oneLine(h.name()));
      }
      return Harness.OK;
    }
  }
}
