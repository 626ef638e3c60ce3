package io.github.slakit.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarJson;
import io.github.slakit.core.Decision;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.SlaException;
import io.github.slakit.core.SlaJson;
import io.github.slakit.rules.Rulesets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * evaluate --batch F.jsonl [--rules F.drl ...]} streams one decision line per input line, in input
 * order, in constant memory. A decision does not depend on the moment it is computed (TERM-2), so
 * there is no "now" to give.
 */
@Command(name = "evaluate",
    header = "The decision of a case and subscription, or of each line of a batch.",
    synopsisHeading = "usage: ",
    customSynopsis = {
      "java -jar slakit-examples.jar evaluate --case FILE --subscription FILE",
      "         [--rules FILE.drl]... [--calendar FILE]...",
      "       java -jar slakit-examples.jar evaluate --batch FILE.jsonl",
      "         [--rules FILE.drl]... [--calendar FILE]..."},
    descriptionHeading = "%n",
    description = {
      "Prints the decision of a case under a subscription (docs/JSON.md), or, with --batch, "
          + "one line per line of a JSON Lines file of {\"case\": {...}, \"subscription\": {...}} "
          + "requests, in input order: the decision, or {\"line\": N, \"error\": \"...\"}.",
      ""},
    optionListHeading = "Options:%n")
final class EvaluateCommand implements Callable<Integer> {
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

  @Override
  public Integer call() {
    Harness harness = Harness.of(spec);
    SlaEngine engine = engine();
    if (batchFile != null) {
      if (caseFile != null || subscriptionFile != null) {
        throw new UsageException("evaluate: give either --batch FILE or --case FILE --subscription FILE");
      }
      batch(engine, Path.of(batchFile), harness.out);
      return Harness.OK;
    }
    if (caseFile == null && subscriptionFile == null) {
      throw new UsageException("evaluate: give either --batch FILE or --case FILE --subscription FILE");
    }
    if (caseFile == null || subscriptionFile == null) {
      throw new UsageException("evaluate: " + (caseFile == null ? "--case" : "--subscription")
          + " is required");
    }
    var supportCase = SlaJson.readCase(existing(caseFile));
    var subscription = SlaJson.readSubscription(existing(subscriptionFile));
    harness.out.println(SlaJson.write(engine.evaluate(supportCase, subscription)));
    return Harness.OK;
  }

  private static Path existing(String name) {
    Path p = Path.of(name);
    if (!Files.exists(p)) {
      throw new UsageException(name + ": no such file");
    }
    return p;
  }

  /** Reads line by line and writes as it goes: memory does not grow with the batch's size. */
  static void batch(SlaEngine engine, Path file, PrintStream out) {
    String source = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        out.println(evaluateLine(engine, line, source + ":" + n, n));
      }
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  private static String evaluateLine(SlaEngine engine, String line, String source, int n) {
    try {
      SlaJson.Request r = SlaJson.readRequest(line, source);
      Decision d = engine.evaluate(r.supportCase(), r.subscription());
      return SlaJson.writeLine(d);
    } catch (SlaException | IllegalArgumentException e) {
      ObjectNode err = JsonNodeFactory.instance.objectNode();
      err.put("line", n);
      err.put("error", e.getMessage());
      return err.toString();
    }
  }

  /**
   * The built-in rulesets plus every {@code --rules} file or folder, every {@code --calendar} file
   * registered under its id (for subscriptions that name a calendar).
   */
  private SlaEngine engine() {
    SlaEngine.Builder b = SlaEngine.builder().rulesets(Rulesets.builtIn());
    for (String r : rules) {
      b.ruleset(Rulesets.fromPath(existing(r)));
    }
    for (String c : calendars) {
      BusinessCalendar calendar = CalendarJson.read(Path.of(c));
      if (calendar.id().isEmpty()) {
        throw new UsageException(c + ": id: a calendar given with --calendar needs an id, which subscriptions name");
      }
      b.calendar(calendar);
    }
    return b.build();
  }
}
