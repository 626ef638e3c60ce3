package io.github.slakit.examples;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarJson;
import io.github.slakit.calendars.Holiday;
import io.github.slakit.calendars.NationalHolidays;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** {@code calendar add|add-days|between|next-open|holidays}: business-time arithmetic. */
final class CalendarCommand {
  static final String USAGE = String.join("\n",
      "  calendar add       (--calendar FILE | --country CC) --from INSTANT --duration PT4H",
      "  calendar add-days  (--calendar FILE | --country CC) --from INSTANT --days N",
      "  calendar between   (--calendar FILE | --country CC) --from INSTANT --to INSTANT",
      "  calendar next-open (--calendar FILE | --country CC) --at INSTANT",
      "  calendar holidays  (--country CC | --calendar FILE) --from YEAR --to YEAR");

  private static final Set<String> SOURCE = Set.of("calendar", "country");

  private CalendarCommand() {}

  static void run(String[] args, PrintStream out) {
    if (args.length < 2) {
      throw new UsageException("calendar: which operation? \n" + USAGE);
    }
    String op = args[1];
    String command = "calendar " + op;
    switch (op) {
      case "add" -> {
        Options o = options(command, args, "from", "duration");
        out.println(calendar(o, command).add(o.instant("from"), o.duration("duration")));
      }
      case "add-days" -> {
        Options o = options(command, args, "from", "days");
        out.println(calendar(o, command).addBusinessDays(o.instant("from"), o.integer("days", 0, 100_000)));
      }
      case "between" -> {
        Options o = options(command, args, "from", "to");
        out.println(calendar(o, command).between(o.instant("from"), o.instant("to")));
      }
      case "next-open" -> {
        Options o = options(command, args, "at");
        Instant at = o.instant("at");
        out.println(calendar(o, command).nextOpening(at).orElseThrow(() ->
            new UsageException(command + ": the calendar has no business time after " + at)));
      }
      case "holidays" -> {
        Options o = options(command, args, "from", "to");
        int from = o.integer("from", 1, 9999);
        int to = o.integer("to", from, 9999);
        BusinessCalendar c = calendar(o, command);
        for (Holiday h : c.holidays(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31))) {
          out.println(h.date() + "," + h.name());
        }
      }
      default -> throw new UsageException("calendar: unknown operation \"" + op + "\"\n" + USAGE);
    }
  }

  private static Options options(String command, String[] args, String... own) {
    Set<String> accepted = new java.util.HashSet<>(SOURCE);
    accepted.addAll(Set.of(own));
    return Options.parse(command, args, 2, accepted, Set.of());
  }

  private static BusinessCalendar calendar(Options o, String command) {
    if (o.has("calendar") == o.has("country")) {
      throw new UsageException(command + ": give either --calendar FILE or --country CC");
    }
    if (o.has("calendar")) {
      return CalendarJson.read(Path.of(o.required("calendar")));
    }
    String cc = o.required("country").toUpperCase(Locale.ROOT);
    if (!NationalHolidays.isSupported(cc)) {
      throw new UsageException(command + ": --country \"" + o.required("country")
          + "\" has no built-in calendar: not a country or region with public holidays"
          + " (ISO 3166-1 alpha-2, or a region such as DE-BY)");
    }
    return BusinessCalendar.ofCountry(cc);
  }
}
