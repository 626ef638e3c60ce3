package io.github.slakit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.rules.RulesCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rules check PATH...}: a ruleset's problems and coverage, without any case. */
@Command(
    name = "rules",
    header = "Rulesets before any case: check.",
    synopsisHeading = "usage: ",
    descriptionHeading = "%n",
    description = {"Operations on rulesets (docs/RULES.md). 'rules check --help' tells more."},
    commandListHeading = "%nOperations:%n",
    subcommands = {RulesCommand.Check.class})
final class RulesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Override
  public Integer call() {
    throw new UsageException(
        "rules: which operation? ("
            + String.join(", ", spec.subcommands().keySet())
            + "; see rules --help)");
  }

  /** Problems found: exit 1. */
  static final int PROBLEMS = 1;

  @Command(
      name = "check",
      header = "Compiles rulesets and reports every problem, and their coverage, without a case.",
      synopsisHeading = "usage: ",
      customSynopsis = {
        "java -jar slakit-examples.jar rules check [--json] PATH...",
        "       java -jar slakit-examples.jar rules check [--json] --built-in"
      },
      descriptionHeading = "%n",
      description = {
        "Each PATH is a vendor folder (with its vendor.json), a folder of .drl files or one .drl "
            + "file, read as --rules reads it. Reports syntax and type errors with "
            + "file:line:column (type mistakes such as comparing an int with a string are found "
            + "by building Drools' executable model), levels the vendor does not declare, rules "
            + "without @clause, clause ids without a heading in the clause document (vendor.json's "
            + "\"clauses\", else clauses.md in the folder or beside the file; slakit's own TIME, "
            + "TERM, KR, LIFE and ONCALL ids need none), and, from made-up cases over every level, "
            + "requested severity, impact, deployment and kind of issue: decisions that fail, "
            + "rules that never fire, and the coverage matrix (level x severity x deployment where "
            + "the rules use it) with the cells that get no first-response target or two. Text "
            + "by default; --json prints the JSON of docs/JSON.md (\"Rules check\").",
        ""
      },
      optionListHeading = "Options:%n",
      footerHeading = "%n",
      footer = {
        "Exit status:",
        "   0  every ruleset is clean",
        "   1  problems found (each printed)",
        "   2  usage: no PATH, or nothing at a PATH; one message on stderr",
        "  70  internal error (a bug of slakit): one message on stderr"
      })
  static final class Check implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Mixin private HelpOption help;

    @Parameters(
        paramLabel = "PATH",
        arity = "0..*",
        description = "a vendor folder, a folder of DRL files, or a .drl file")
    private List<String> paths = new ArrayList<>();

    @Option(
        names = "--built-in",
        description = "check the built-in rulesets (elastic, veeam, rockplace)")
    private boolean builtIn;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    @Override
    public Integer call() {
      if (paths.isEmpty() && !builtIn) {
        throw new UsageException(
            "rules check: give a PATH (or --built-in); see rules check --help");
      }
      for (String p : paths) {
        if (!Files.exists(Path.of(p))) {
          throw new UsageException("rules check: " + Messages.show(p) + ": no such file or folder");
        }
      }
      List<RulesCheck.Result> results = new ArrayList<>();
      if (builtIn) {
        results.addAll(RulesCheck.builtIn());
      }
      for (String p : paths) {
        results.add(RulesCheck.check(Path.of(p)));
      }
      Harness harness = Harness.of(spec);
      harness.out.print(json ? json(results) : text(results));
      return results.stream().allMatch(RulesCheck.Result::clean) ? Harness.OK : PROBLEMS;
    }
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The JSON of docs/JSON.md, "Rules check". */
  static String json(List<RulesCheck.Result> results) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("clean", results.stream().allMatch(RulesCheck.Result::clean));
    ArrayNode rulesets = root.putArray("rulesets");
    for (RulesCheck.Result r : results) {
      ObjectNode o = rulesets.addObject();
      o.put("source", r.source());
      o.put("vendor", r.vendor());
      o.put("clean", r.clean());
      o.put("cases", r.cases());
      ArrayNode rules = o.putArray("rules");
      for (RulesCheck.RuleInfo i : r.rules()) {
        rules
            .addObject()
            .put("name", i.name())
            .put("clause", i.clause())
            .put("file", i.file())
            .put("line", i.line());
      }
      ArrayNode findings = o.putArray("findings");
      for (RulesCheck.Finding f : r.findings()) {
        findings
            .addObject()
            .put("kind", f.kind().name())
            .put("file", f.file())
            .put("line", f.line())
            .put("column", f.column())
            .put("rule", f.rule())
            .put("message", f.message());
      }
      ArrayNode coverage = o.putArray("coverage");
      for (RulesCheck.Cell c : r.coverage()) {
        ObjectNode cell =
            coverage
                .addObject()
                .put("level", c.level())
                .put("severity", c.severity())
                .put("deployment", c.deployment())
                .put("cases", c.cases())
                .put("notCovered", c.notCovered())
                .put("withoutTarget", c.withoutTarget());
        ArrayNode targets = cell.putArray("targets");
        for (RulesCheck.Target t : c.targets()) {
          ObjectNode target =
              targets.addObject().put("metric", t.metric()).put("target", t.target());
          t.rules().forEach(target.putArray("rules")::add);
          target.put("cases", t.cases());
        }
      }
      r.notes().forEach(o.putArray("notes")::add);
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always writes", e);
    }
  }

  /** The text report: per ruleset its findings, then its coverage matrix. */
  static String text(List<RulesCheck.Result> results) {
    StringBuilder sb = new StringBuilder();
    int problems = 0;
    for (RulesCheck.Result r : results) {
      problems += r.findings().size();
      sb.append(r.source())
          .append(" (")
          .append(r.vendor().isEmpty() ? "unread" : r.vendor())
          .append("): ")
          .append(r.rules().size())
          .append(r.rules().size() == 1 ? " rule, " : " rules, ")
          .append(String.format(Locale.ROOT, "%,d", r.cases()))
          .append(" made-up cases: ")
          .append(
              r.clean()
                  ? "clean"
                  : r.findings().size() + (r.findings().size() == 1 ? " problem" : " problems"))
          .append('\n');
      for (RulesCheck.Finding f : r.findings()) {
        sb.append("  ").append(f).append('\n');
      }
      for (String n : r.notes()) {
        sb.append("  note: ").append(n).append('\n');
      }
      if (!r.coverage().isEmpty()) {
        sb.append("  coverage (level x severity")
            .append(r.coverage().get(0).deployment().equals("any") ? "" : " x deployment")
            .append("): cases, then the targets they get\n");
        for (RulesCheck.Cell c : r.coverage()) {
          boolean any = c.deployment().equals("any");
          sb.append(String.format(Locale.ROOT, "    %-18s %d  ", c.level(), c.severity()))
              .append(any ? "" : String.format(Locale.ROOT, "%-12s  ", c.deployment()))
              .append(String.format(Locale.ROOT, "%6d  ", c.cases()));
          List<String> parts = new ArrayList<>();
          if (c.cases() == 0) {
            parts.add("no case gets this severity");
          }
          if (c.notCovered() > 0) {
            parts.add(c.notCovered() + " not covered");
          }
          if (c.withoutTarget() > 0) {
            parts.add(c.withoutTarget() + " with no INITIAL_RESPONSE target");
          }
          for (RulesCheck.Target t : c.targets()) {
            parts.add(
                t.metric()
                    + " "
                    + t.target()
                    + (t.cases() == c.cases() - c.notCovered() ? "" : " (" + t.cases() + ")"));
          }
          sb.append(parts.stream().collect(Collectors.joining("; "))).append('\n');
        }
      }
    }
    sb.append("rules check: ")
        .append(results.size())
        .append(results.size() == 1 ? " ruleset, " : " rulesets, ")
        .append(problems)
        .append(problems == 1 ? " problem\n" : " problems\n");
    return sb.toString();
  }
}
