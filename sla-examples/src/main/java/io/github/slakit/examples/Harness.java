package io.github.slakit.examples;

import io.github.slakit.calendars.CalendarException;
import io.github.slakit.core.SlaException;
import java.io.PrintStream;

/** Dispatches the harness's commands; turns every failure into one line on stderr and status 2. */
final class Harness {
  static final int OK = 0;
  static final int BAD_INPUT = 2;

  static final String USAGE = String.join("\n",
      "usage: java -jar slakit-examples.jar <command> [options]",
      "commands:",
      EvaluateCommand.USAGE,
      DemoCommand.USAGE,
      CalendarCommand.USAGE,
      "Instants are ISO-8601 with an offset (2026-03-06T17:30:00+09:00); results are printed in UTC.");

  private final PrintStream out;
  private final PrintStream err;

  Harness(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    if (args.length == 0) {
      err.println(USAGE);
      return BAD_INPUT;
    }
    try {
      switch (args[0]) {
        case "evaluate" -> EvaluateCommand.run(args, out);
        case "demo" -> DemoCommand.run(args, out);
        case "calendar" -> CalendarCommand.run(args, out);
        case "help", "--help", "-h" -> out.println(USAGE);
        default -> throw new UsageException("unknown command \"" + args[0] + "\"\n" + USAGE);
      }
      return OK;
    } catch (UsageException | SlaException | CalendarException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    } catch (RuntimeException e) {
      // A bug of ours, not the user's input: still one line, never a stack trace.
      err.println("internal error: " + e);
      return BAD_INPUT;
    }
  }
}
