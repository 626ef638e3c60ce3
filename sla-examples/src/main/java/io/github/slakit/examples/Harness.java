package io.github.slakit.examples;

import io.github.slakit.calendars.CalendarException;
import io.github.slakit.core.SlaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The harness's commands ({@code evaluate}, {@code status}, {@code demo}, {@code calendar},
 * {@code help}) and
 * what a run returns: every failure is one line on stderr, never a stack trace, and the exit
 * status says which kind it was.
 */
@Command(
    name = "java -jar slakit-examples.jar",
    mixinStandardHelpOptions = true,
    versionProvider = Harness.Version.class,
    synopsisHeading = "usage: ",
    descriptionHeading = "%n",
    description = {
      "The slakit example harness: decisions of vendor support contracts, a case's SLA status "
          + "over its life, and business-time arithmetic. Instants are read with their offset and printed in UTC. Every error is "
          + "one line on stderr. 'COMMAND --help' tells more."
    },
    commandListHeading = "%nCommands:%n",
    subcommands = {
      EvaluateCommand.class,
      StatusCommand.class,
      ReportCommand.class,
      StatusFeedCommand.class,
      DemoCommand.class,
      CalendarCommand.class,
      OncallCommand.class,
      EscalateCommand.class,
      RulesCommand.class,
      SimulateCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      " 0:done; for a batch, every line was decided",
      " 1:a batch with error lines (--allow-errors exits 0 then)",
      " 2:bad input or usage: a bad option, an unreadable or refused file, a file over its "
          + "size limit, a batch that could not be read to its end",
      "70:internal error: a bug of slakit, not of the input (a batch line that met one still "
          + "gets its error line)"
    })
final class Harness implements Callable<Integer> {
  /** Done: every batch line was decided. */
  static final int OK = 0;

  /** A batch had error lines. */
  static final int ERROR_LINES = 1;

  /** Bad input or usage. */
  static final int BAD_INPUT = 2;

  /** A bug of ours (EX_SOFTWARE of sysexits.h). */
  static final int INTERNAL_ERROR = 70;

  /** Standard input, for {@code --batch -}. */
  final InputStream in;

  final PrintStream out;
  final PrintStream err;

  /** Whether stderr is a terminal, for the batch's progress line. */
  final boolean console;

  /** A harness whose standard input is empty. */
  Harness(PrintStream out, PrintStream err) {
    this(InputStream.nullInputStream(), out, err, false);
  }

  Harness(InputStream in, PrintStream out, PrintStream err, boolean console) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.console = console;
  }

  /** The harness of a command, from any command's spec. */
  static Harness of(CommandSpec spec) {
    return (Harness) spec.root().userObject();
  }

  /** Runs the command line; returns the exit status. */
  int run(String[] args) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    try {
      CommandLine cl = commandLine();
      cl.setOut(outWriter);
      cl.setErr(errWriter);
      return cl.execute(args);
    } catch (VirtualMachineError e) {
      outWriter.flush();
      err.println(Messages.oneLine(Messages.internal(e)));
      return INTERNAL_ERROR;
    } catch (Throwable e) {
      return failure(e);
    } finally {
      outWriter.flush();
      errWriter.flush();
      out.flush();
    }
  }

  private CommandLine commandLine() {
    CommandLine cl = new CommandLine(this);
    cl.setExpandAtFiles(false); // "@name" is a file name like any other
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cl.setParameterExceptionHandler(
        (e, args) -> {
          err.println(Messages.oneLine(usageError(e, args)));
          return BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (e, line, parsed) ->
            failure(
                e instanceof CommandLine.ExecutionException && e.getCause() != null
                    ? e.getCause()
                    : e));
    return cl;
  }

  /** No command: the usage, on stderr. */
  @Override
  public Integer call() {
    err.print(new CommandLine(this).getUsageMessage(CommandLine.Help.Ansi.OFF));
    return BAD_INPUT;
  }

  /** One line on stderr for a failure; its exit status. */
  private int failure(Throwable e) {
    if (e instanceof InternalFailure) {
      err.println(Messages.oneLine(e.getMessage()));
      return INTERNAL_ERROR;
    }
    if (e instanceof UsageException
        || e instanceof SlaException
        || e instanceof CalendarException
        || e instanceof IllegalArgumentException) {
      err.println(Messages.oneLine(Messages.of(e)));
      return BAD_INPUT;
    }
    // A bug of ours, not the user's input: still one line, never a stack trace.
    err.println(Messages.oneLine(Messages.internal(e)));
    return INTERNAL_ERROR;
  }

  /**
   * The harness's own words for what picocli found wrong on the command line. An unknown option
   * is named first, even where picocli found a required one missing (a misspelt option is both).
   */
  static String usageError(ParameterException e, String[] args) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    String command = name(spec);
    String prefix = command.isEmpty() ? "" : command + ": ";
    String help = " (see " + (command.isEmpty() ? "" : command + " ") + "--help)";
    String unknown =
        e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
            ? u.getUnmatched().get(0)
            : unknownOption(spec, args);
    if (unknown != null) {
      if (unknown.startsWith("-")) {
        return prefix
            + "unknown option "
            + Messages.show(unknown.split("=", 2)[0])
            + " (options are "
            + spec.options().stream()
                .map(OptionSpec::longestName)
                .sorted()
                .collect(Collectors.joining(", "))
            + ")";
      }
      if (!spec.subcommands().isEmpty()) {
        return prefix
            + "unknown "
            + (command.isEmpty() ? "command " : "operation ")
            + Messages.show(unknown)
            + " ("
            + String.join(", ", spec.subcommands().keySet())
            + ")";
      }
      return prefix + "unexpected argument " + Messages.show(unknown) + help;
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return prefix + label(o.getOverwritten()) + " is given twice";
    }
    if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
      return prefix + "give either " + either(spec) + help;
    }
    if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec missing = m.getMissing().get(0);
      if (missing.group() != null) {
        return prefix + "give either " + either(spec) + help;
      }
      if (String.valueOf(m.getMessage()).startsWith("Missing required option")) {
        return prefix + label(missing) + " is required" + help;
      }
      return prefix + label(missing) + " needs a value";
    }
    return prefix + e.getMessage() + help;
  }

  /**
   * The first argument that looks like an option ({@code -x}, {@code --name}, {@code --name=v})
   * and is not one of the command's, skipping the value of each option that takes one; null if
   * none.
   */
  private static String unknownOption(CommandSpec spec, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        return null;
      }
      if (a.length() < 2 || a.charAt(0) != '-') {
        continue;
      }
      String name = a.split("=", 2)[0];
      OptionSpec option = spec.findOption(name);
      if (option == null) {
        return a;
      }
      if (!a.contains("=") && option.arity().min() > 0) {
        i++;
      }
    }
    return null;
  }

  /** {@code calendar add}: the command's name under the harness's. */
  static String name(CommandSpec spec) {
    StringBuilder sb = new StringBuilder();
    for (CommandSpec s = spec; s.parent() != null; s = s.parent()) {
      sb.insert(0, sb.length() == 0 ? s.name() : s.name() + " ");
    }
    return sb.toString();
  }

  private static String label(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  /** The options of the command's exclusive groups: {@code --calendar FILE or --country CC}. */
  private static String either(CommandSpec spec) {
    return spec.argGroups().stream()
        .flatMap(g -> g.args().stream())
        .map(a -> label(a) + " " + a.paramLabel())
        .collect(Collectors.joining(" or "));
  }

  /** The project's version, from the resource the build fills in. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"slakit-examples " + version()};
    }

    static String version() {
      Properties p = new Properties();
      try (InputStream in = Harness.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties is missing from the jar");
        }
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p.getProperty("version");
    }
  }
}
