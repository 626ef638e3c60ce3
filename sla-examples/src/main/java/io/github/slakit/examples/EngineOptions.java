package io.github.slakit.examples;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarJson;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.rules.Rulesets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --rules} and {@code --calendar}, shared by {@code evaluate}, {@code status}, {@code report},
 * {@code escalate} and {@code simulate}: the
 * engine they build has the built-in rulesets, a vendor per {@code --rules} file or folder, and
 * each {@code --calendar} file registered under its id.
 */
final class EngineOptions {
  @Option(
      names = "--rules",
      paramLabel = "FILE.drl",
      description = "a DRL file or folder: adds a vendor named after it (repeatable)")
  private List<String> rules = new ArrayList<>();

  @Option(
      names = "--calendar",
      paramLabel = "FILE",
      description =
          "a calendar file (JSON) registered under its id, for subscriptions that "
              + "name it (repeatable)")
  private List<String> calendars = new ArrayList<>();

  /**
   * The built-in rulesets plus every {@code --rules} file or folder, every {@code --calendar} file
   * registered under its id (for subscriptions that name a calendar).
   */
  SlaEngine engine() {
    return builder().build();
  }

  /** {@return a builder of {@link #engine()}'s engine, for a command to add a ruleset to} */
  SlaEngine.Builder builder() {
    SlaEngine.Builder b = SlaEngine.builder().rulesets(Rulesets.builtIn());
    for (String r : rules) {
      b.ruleset(Rulesets.fromPath(InputFiles.rules(r)));
    }
    for (String c : calendars) {
      BusinessCalendar calendar = calendar(c);
      if (calendar.id().isEmpty()) {
        throw new UsageException(
            c + ": id: a calendar given with --calendar needs an id, which subscriptions name");
      }
      b.calendar(calendar);
    }
    return b;
  }

  /**
   * A calendar file, read within the size cap; its {@code holidays.ics} is found beside it, as
   * {@link CalendarJson#read} does.
   */
  static BusinessCalendar calendar(String name) {
    // read once, within the harness's cap and UTF-8 check, with its messages
    String text = InputFiles.text("--calendar", name);
    return CalendarJson.parse(text, name, Path.of(name).toAbsolutePath().getParent());
  }
}
