package io.github.slakit.examples;

import io.github.slakit.core.StatusOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --alarm-percents} and {@code --off-hours}, shared by {@code status} and {@code report}:
 * the alarms a status lists (LIFE-7).
 */
final class AlarmOptions {
  @Option(
      names = "--alarm-percents",
      paramLabel = "LIST",
      description =
          "the shares of the target that raise an alarm, in percent (default: 50,75,90,100)")
  private @Nullable String alarmPercents;

  @Option(
      names = "--off-hours",
      paramLabel = "POLICY",
      description =
          "an alarm outside business hours: mark (default; its instant is kept, "
              + "inBusinessHours false) or next-opening (moved to the clock's next opening, dueAt "
              + "keeps when it was due)")
  private @Nullable String offHours;

  /** The options given, or the defaults; a bad value is a usage error naming the command. */
  StatusOptions options(String command) {
    StatusOptions options = StatusOptions.DEFAULTS;
    if (alarmPercents != null) {
      options =
          options.withAlarmPercents(Options.percents(command, "--alarm-percents", alarmPercents));
    }
    if (offHours != null) {
      options =
          options.withOffHours(
              switch (offHours) {
                case "mark" -> StatusOptions.OffHours.MARK;
                case "next-opening" -> StatusOptions.OffHours.NEXT_OPENING;
                default ->
                    throw new UsageException(
                        command
                            + ": --off-hours "
                            + Messages.show(offHours)
                            + " is not mark or next-opening");
              });
    }
    return options;
  }
}
