package io.github.slakit.examples;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarJson;
import io.github.slakit.core.Decision;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.rules.Rulesets;
import java.io.IOException;
import java.io.InputStream;
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
 * {@code evaluate --case F --subscription F [--rules F.drl ...]} prints one decision; {@code
 * evaluate --batch F.jsonl [--rules F.drl ...]} streams one output line per input line, in input
 * order, in bounded memory ({@link Batch}). A decision does not depend on the moment it is
 * computed (TERM-2), so there is no "now" to give.
 */
@Command(name = "evaluate",
    header = "The decision of a case and subscription, or of each line of a batch.",
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar evaluate --case FILE --subscription FILE",
      "         [--rules FILE.drl]... [--calendar FILE]...",
      "       java -jar slakit-examples.jar evaluate --batch FILE.jsonl [--threads N]",
      "         [--allow-errors] [--rules FILE.drl]... [--calendar FILE]..."},
    descriptionHeading = "%n",
    description = {
      "Prints the decision of a case under a subscription (docs/JSON.md), or, with --batch, "
          + "one line per line of a JSON Lines file of {\"case\": {...}, \"subscription\": {...}} "
          + "requests, in input order: the decision, or {\"line\": N, \"error\": \"...\"}. A "
          + "batch ends with a summary on stderr (lines, decisions, error lines, time), and "
          + "shows its progress there while stderr is a terminal.",
      ""},
    optionListHeading = "Options:%n",
    footerHeading = "%nLimits:%n",
    footer = {
      "  A --case, --subscription, --calendar or DRL file: at most 1 MiB (1,048,576",
      "  bytes); a larger one is refused (exit 2).",
      "  A batch line: at most 1 MiB, not counting its end of line; a longer one gets",
      "  an error line. Lines end at \\n (a \\r before it is dropped); each line is",
      "  strict UTF-8. A line with no end within its first 64 MiB (/dev/zero) gets its",
      "  error line and ends the batch (exit 2).",
      "  --threads N > 1: workers take 64 lines at a time; at most 4 such chunks per",
      "  thread (and about 32 MiB) are read ahead of the chunk being written.",
      "",
      "Exit status:",
      "   0  done; for a batch, every line was decided",
      "   1  a batch with error lines (0 with --allow-errors)",
      "   2  bad input or usage: one message on stderr",
      "  70  internal error (a bug of slakit): one message on stderr; a batch line",
      "      that met one gets its error line, and the batch goes on"})
final class EvaluateCommand implements Callable<Integer> {
  /** Threads a batch may be given. */
  static final int MAX_THREADS = 256;

  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Option(names = "--case", paramLabel = "FILE", description = "the case (JSON)")
  private String caseFile;

  @Option(names = "--subscription", paramLabel = "FILE", description = "the subscription (JSON)")
  private String subscriptionFile;

  @Option(names = "--batch", paramLabel = "FILE.jsonl",
      description = "evaluate every line of a JSON Lines file instead")
  private String batchFile;

  @Option(names = "--rules", paramLabel = "FILE.drl",
      description = "a DRL file or folder: adds a vendor named after it (repeatable)")
  private List<String> rules = new ArrayList<>();

  @Option(names = "--calendar", paramLabel = "FILE",
      description = "a calendar file (JSON) registered under its id, for subscriptions that "
          + "name it (repeatable)")
  private List<String> calendars = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "batch: evaluate on N threads (default: one per core; 1 "
          + "evaluates on this thread alone). The output is the same for every N")
  private String threads;

  @Option(names = "--allow-errors",
      description = "batch: exit 0 even when some lines are error lines")
  private boolean allowErrors;

  @Override
  public Integer call() {
    Harness harness = Harness.of(spec);
    if (batchFile != null) {
      if (caseFile != null || subscriptionFile != null) {
        throw new UsageException("evaluate: give either --batch FILE or --case FILE --subscription FILE");
      }
      int n = threads == null ? Runtime.getRuntime().availableProcessors()
          : Options.integer("evaluate", "--threads", threads, 1, MAX_THREADS);
      return batch(n, harness);
    }
    if (threads != null || allowErrors) {
      throw new UsageException("evaluate: --threads and --allow-errors go with --batch");
    }
    if (caseFile == null && subscriptionFile == null) {
      throw new UsageException("evaluate: give either --batch FILE or --case FILE --subscription FILE");
    }
    if (caseFile == null || subscriptionFile == null) {
      throw new UsageException("evaluate: " + (caseFile == null ? "--case" : "--subscription")
          + " is required");
    }
    String caseText = InputFiles.text("--case", caseFile);
    String subscriptionText = InputFiles.text("--subscription", subscriptionFile);
    // Messages name a file as the library's readers do: by its name, without its folder.
    String caseName = InputFiles.name(caseFile);
    String subscriptionName = InputFiles.name(subscriptionFile);
    SupportCase supportCase = SlaJson.readCase(caseText, caseName);
    Subscription subscription = SlaJson.readSubscription(subscriptionText, subscriptionName);
    SlaEngine engine = engine();
    // The engine's messages name the case and subscription by id; say which files they are.
    String files = caseName + ", " + subscriptionName + ": ";
    Decision decision;
    try {
      decision = engine.evaluate(supportCase, subscription);
    } catch (SlaException e) {
      throw new UsageException(files + Messages.of(e));
    } catch (RuntimeException | StackOverflowError e) {
      throw new InternalFailure(files + Messages.internal(e));
    }
    harness.out.println(Messages.jsonSafe(SlaJson.write(decision)));
    return Harness.OK;
  }

  private int batch(int threadCount, Harness harness) {
    Path file = Path.of(batchFile);
    if (Files.isDirectory(file)) {
      throw new UsageException(batchFile + ": is a folder; --batch takes a file");
    }
    SlaEngine engine = engine();
    String source = InputFiles.name(batchFile);
    Batch.Settings settings = new Batch.Settings(threadCount, allowErrors, harness.console);
    try (InputStream in = Files.newInputStream(file)) {
      return new Batch(engine::evaluate, batchFile, source, settings, harness.out, harness.err).run(in);
    } catch (IOException e) {
      throw InputFiles.unreadable(batchFile, e);
    }
  }

  /**
   * The built-in rulesets plus every {@code --rules} file or folder, every {@code --calendar} file
   * registered under its id (for subscriptions that name a calendar).
   */
  private SlaEngine engine() {
    SlaEngine.Builder b = SlaEngine.builder().rulesets(Rulesets.builtIn());
    for (String r : rules) {
      b.ruleset(Rulesets.fromPath(InputFiles.rules(r)));
    }
    for (String c : calendars) {
      BusinessCalendar calendar = calendar(c);
      if (calendar.id().isEmpty()) {
        throw new UsageException(c + ": id: a calendar given with --calendar needs an id, which subscriptions name");
      }
      b.calendar(calendar);
    }
    return b.build();
  }

  /**
   * A calendar file, read within the size cap; its {@code holidays.ics} is found beside it, as
   * {@link CalendarJson#read} does.
   */
  static BusinessCalendar calendar(String name) {
    InputFiles.text("--calendar", name); // the harness's cap and UTF-8 check, with its messages
    return CalendarJson.read(Path.of(name));
  }
}
