package io.github.slakit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.calendars.CalendarJson;
import io.github.slakit.core.Deployment;
import io.github.slakit.core.MetricDefinition;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import io.github.slakit.core.spi.PolicyDecision;
import io.github.slakit.core.spi.PolicyDecision.TargetSpec;
import io.github.slakit.rules.DrlCompiler.DrlSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;

/**
 * Checks a ruleset before any case reaches it, and reports every problem an integrator can fix:
 *
 * <ul>
 *   <li>{@link Kind#COMPILE_ERROR}: syntax errors, unknown types and fields, as {@link Rulesets}
 *       reports them, and {@link Kind#TYPE_ERROR}: type mistakes that the run-time compiler builds
 *       and leaves to fail each decision ({@code PolicyFacts( visitsUsed == "many" )}), found by
 *       building Drools' executable model of the DRL as the build does for the built-in rulesets;
 *       each with its file, line and column;
 *   <li>{@link Kind#UNKNOWN_LEVEL}: a level the rules compare with that the vendor does not
 *       declare; {@link Kind#UNREADABLE}: a vendor.json, DRL or calendar that cannot be read;
 *   <li>{@link Kind#NO_CLAUSE}: a rule without {@code @clause}; {@link Kind#UNDOCUMENTED_CLAUSE}: a
 *       clause id that neither the vendor's clause document nor slakit's own clauses ({@link
 *       #ENGINE_CLAUSES}) have as a heading; {@link Kind#NO_CLAUSE_DOCUMENT}: a ruleset whose
 *       rules name clauses and that has no clause document. The clause document is the file the
 *       vendor.json's {@code "clauses"} names, and for a folder without vendor.json or a DRL file,
 *       {@code clauses.md} in the folder or beside the file; a clause id is documented by a
 *       Markdown heading that starts with it ({@code ### ACME-2 First response});
 *   <li>{@link Kind#DECISION_FAILS}, {@link Kind#NEVER_FIRES}, {@link Kind#NO_TARGET}, {@link
 *       Kind#TWO_TARGETS}, {@link Kind#TARGET_REPLACED}: from made-up cases over every level,
 *       requested severity, impact, deployment and kind of issue (the other facts drawn with a
 *       fixed random seed): cases whose decision fails; rules that fire in none of them; the
 *       coverage matrix, for every level x decided severity (x the case's deployment when the DRL
 *       uses {@code Deployment}), the targets the cases get, and the cells where covered cases get
 *       no first-response target (no rule sets one nor says there is none), where they get two
 *       different targets of one metric, or where two rules set the same metric's target in one
 *       case (the later silently replaces the earlier).
 * </ul>
 *
 * <p>A rule "never fires" when none of the made-up cases fires it: its conditions contradict each
 * other, or need a value the cases do not try (an attribute or a date the DRL does not spell as
 * {@code flag("x")}, {@code attribute("x")}, {@code spendAtLeast(N)} or a visit bound).
 *
 * <pre>{@code
 * RulesCheck.Result r = RulesCheck.check(Path.of("rules/acme"));
 * r.findings().forEach(System.out::println);  // acme.drl:12:5: NO_CLAUSE: rule "...": ...
 * }</pre>
 */
public final class RulesCheck {
  private RulesCheck() {}

  /**
   * The clause ids slakit itself documents (docs/POLICIES.md): time (TIME-1..8), the term
   * (TERM-1..3), Korean holidays (KR-1..5), the case's life (LIFE-1..7), customer updates
   * (UPDATE-1) and on-call (ONCALL-1..4). A rule may name them without its vendor's document having
   * them.
   */
  public static final Set<String> ENGINE_CLAUSES = engineClauses();

  private static Set<String> engineClauses() {
    Set<String> ids = new LinkedHashSet<>();
    Map<String, Integer> families = new LinkedHashMap<>();
    families.put("TIME", 8);
    families.put("TERM", 3);
    families.put("KR", 5);
    families.put("LIFE", 7);
    families.put("UPDATE", 1);
    families.put("ONCALL", 4);
    families.forEach(
        (family, n) -> {
          for (int i = 1; i <= n; i++) {
            ids.add(family + "-" + i);
          }
        });
    return Set.copyOf(ids);
  }

  /** What a finding is about. */
  public enum Kind {
    /** A vendor.json, DRL file, calendar or clause document that cannot be read. */
    UNREADABLE,
    /** The DRL does not compile: syntax, an unknown type, field or function. */
    COMPILE_ERROR,
    /** A type mistake the run-time compiler would leave to each decision. */
    TYPE_ERROR,
    /** A level the rules compare with that the vendor does not declare. */
    UNKNOWN_LEVEL,
    /** A rule without {@code @clause}. */
    NO_CLAUSE,
    /** A clause id that no heading of the clause document has. */
    UNDOCUMENTED_CLAUSE,
    /** The rules name clauses and the ruleset has no clause document. */
    NO_CLAUSE_DOCUMENT,
    /** Made-up cases whose decision fails (no severity, two severities, a failing consequence). */
    DECISION_FAILS,
    /** A rule that no made-up case fires. */
    NEVER_FIRES,
    /** Covered cases of a level and severity that get no first-response target. */
    NO_TARGET,
    /** Cases of one level and severity (and deployment) that get two different targets. */
    TWO_TARGETS,
    /** Two rules set one metric's target in the same case: the later replaces the earlier. */
    TARGET_REPLACED
  }

  /**
   * One problem.
   *
   * @param kind what it is about
   * @param file the file it is in, {@code ""} when it is about the ruleset as a whole
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param rule the rule it is about, {@code ""} when none
   * @param message what is wrong, and for the made-up cases an example of them
   */
  public record Finding(Kind kind, String file, int line, int column, String rule, String message) {
    /**
     * Checks the components.
     *
     * @param kind what it is about
     * @param file the file, or {@code ""}
     * @param line 1-based line, or 0
     * @param column 1-based column, or 0
     * @param rule the rule's name, or {@code ""}
     * @param message what is wrong
     */
    public Finding {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(message, "message");
    }

    /** {@return {@code file:line:column: KIND: rule "name": message}, the parts known} */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      if (!file.isEmpty()) {
        sb.append(file);
        if (line > 0) {
          sb.append(':').append(line);
          if (column > 0) {
            sb.append(':').append(column);
          }
        }
        sb.append(": ");
      }
      sb.append(kind).append(": ");
      if (!rule.isEmpty()) {
        sb.append("rule \"").append(rule).append("\": ");
      }
      return sb.append(message).toString();
    }
  }

  /**
   * A rule of a ruleset.
   *
   * @param name its name, as the trace shows it
   * @param clause its {@code @clause}, {@code ""} when it has none
   * @param file the file it is written in
   * @param line the 1-based line of its {@code rule "..."}, 0 when unknown
   */
  public record RuleInfo(String name, String clause, String file, int line) {
    /**
     * Checks the components.
     *
     * @param name the rule's name
     * @param clause its clause, or {@code ""}
     * @param file its file
     * @param line its line, or 0
     */
    public RuleInfo {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * A target the cases of a cell get.
   *
   * @param metric the metric ({@code INITIAL_RESPONSE})
   * @param target the span and its clock as {@link io.github.slakit.core.TimeSpan#toString()}
   *     prints it ({@code PT4H business-hours}, {@code PT30M 24x7}, a calendar's id after an
   *     at sign), or {@code none published} where a rule says there is none
   * @param rules the rules that set it in those cases (by their consequence's {@code
   *     decision.target} or {@code decision.noTarget})
   * @param cases how many of the cell's cases get it
   */
  public record Target(String metric, String target, List<String> rules, int cases) {
    /**
     * Copies the rules.
     *
     * @param metric the metric
     * @param target the span and clock, or {@code none published}
     * @param rules the rules that set it
     * @param cases how many cases get it
     */
    public Target {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(target, "target");
      rules = List.copyOf(rules);
    }
  }

  /**
   * One cell of the coverage matrix: a level, a decided severity and, when the ruleset uses it,
   * the case's deployment.
   *
   * @param level the level
   * @param severity the decided severity, 1..4
   * @param deployment {@code CLOUD}, {@code SELF_MANAGED}, {@code unknown} (neither the case nor
   *     the subscription says), or {@code any} when the ruleset does not use the deployment
   * @param cases how many made-up cases the rules gave this severity; 0 when none does
   * @param notCovered how many of them the rules say the contract does not cover
   * @param withoutTarget how many covered ones get no first-response target at all
   * @param targets the targets they get, per metric, the most frequent first
   */
  public record Cell(
      String level,
      int severity,
      String deployment,
      int cases,
      int notCovered,
      int withoutTarget,
      List<Target> targets) {
    /**
     * Copies the targets.
     *
     * @param level the level
     * @param severity the severity
     * @param deployment the deployment, {@code unknown} or {@code any}
     * @param cases the cases that reach the cell
     * @param notCovered those not covered
     * @param withoutTarget covered ones without a first-response target
     * @param targets the targets they get
     */
    public Cell {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(deployment, "deployment");
      targets = List.copyOf(targets);
    }
  }

  /**
   * The check of one ruleset.
   *
   * @param source the file, folder or class-path folder checked
   * @param vendor the vendor id
   * @param rules the rules, in the order of their files
   * @param cases how many made-up cases were decided; 0 when the DRL does not compile
   * @param findings every problem found, in the order above; empty when the ruleset is clean
   * @param coverage the coverage matrix; empty when the DRL does not compile
   * @param notes what was not checked and why (no type check without the model's code generator)
   */
  public record Result(
      String source,
      String vendor,
      List<RuleInfo> rules,
      int cases,
      List<Finding> findings,
      List<Cell> coverage,
      List<String> notes) {
    /**
     * Copies the lists.
     *
     * @param source what was checked
     * @param vendor the vendor id
     * @param rules the rules
     * @param cases made-up cases decided
     * @param findings the problems
     * @param coverage the coverage matrix
     * @param notes what was not checked
     */
    public Result {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(vendor, "vendor");
      rules = List.copyOf(rules);
      findings = List.copyOf(findings);
      coverage = List.copyOf(coverage);
      notes = List.copyOf(notes);
    }

    /** {@return whether nothing was found} */
    public boolean clean() {
      return findings.isEmpty();
    }
  }

  /**
   * Checks a vendor folder (with its vendor.json), a folder of DRL files, or one DRL file, read as
   * {@link Rulesets#fromPath} reads them.
   *
   * @param fileOrFolder the file or folder
   * @return the result; a file that cannot be read is a finding, not an exception
   * @throws IllegalArgumentException when nothing exists at the path
   */
  public static Result check(Path fileOrFolder) {
    Objects.requireNonNull(fileOrFolder, "fileOrFolder");
    if (!Files.exists(fileOrFolder)) {
      throw new IllegalArgumentException(fileOrFolder + ": no such file or folder");
    }
    String source = fileOrFolder.toString();
    Path manifest = fileOrFolder.resolve("vendor.json");
    List<Finding> findings = new ArrayList<>();
    try {
      if (Files.isDirectory(fileOrFolder) && Files.isRegularFile(manifest)) {
        String text = Rulesets.read(manifest);
        Rulesets.Vendor v = Rulesets.Vendor.read(text, manifest.toString());
        List<DrlSource> files = new ArrayList<>();
        for (String r : v.rules()) {
          files.add(drl(fileOrFolder.resolve(r)));
        }
        // a table of targets is checked as the rules it becomes, each named by its row
        List<DrlSource> sources =
            new ArrayList<>(TargetTable.expand(v.vendor(), v.levels(), files));
        sources.addAll(SharedRules.sources(v.vendor(), v.shared(), sources));
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        for (String c : v.calendars()) {
          Path file = fileOrFolder.resolve(c);
          try {
            BusinessCalendar cal = CalendarJson.read(file);
            calendars.put(cal.id(), cal);
          } catch (CalendarException e) {
            findings.add(
                new Finding(Kind.UNREADABLE, file.toString(), 0, 0, "", "" + e.getMessage()));
          }
        }
        String doc = clausesField(text);
        Path docFile = fileOrFolder.resolve(doc.isEmpty() ? "clauses.md" : doc);
        return check(
            source,
            v.vendor(),
            v.levels(),
            sources,
            calendars,
            v.metrics(),
            docFile.toString(),
            readOrNull(docFile),
            findings);
      }
      String vendor =
          Optional.ofNullable(fileOrFolder.toAbsolutePath().normalize().getFileName())
              .map(p -> p.toString().replaceFirst("\\.drl$", ""))
              .orElse("rules");
      List<DrlSource> sources = new ArrayList<>();
      Path docFile;
      if (Files.isDirectory(fileOrFolder)) {
        try (Stream<Path> files = Files.walk(fileOrFolder)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
            sources.add(drl(f));
          }
        }
        docFile = fileOrFolder.resolve("clauses.md");
      } else {
        sources.add(drl(fileOrFolder));
        Path parent = fileOrFolder.toAbsolutePath().getParent();
        docFile =
            parent == null ? Path.of("clauses.md") : fileOrFolder.resolveSibling("clauses.md");
      }
      return check(
          source,
          vendor,
          Set.of(),
          sources,
          Map.of(),
          List.of(),
          docFile.toString(),
          readOrNull(docFile),
          findings);
    } catch (SlaRulesException e) {
      e.problems().forEach(p -> findings.add(finding(Kind.UNREADABLE, p)));
      return new Result(source, "", List.of(), 0, findings, List.of(), List.of());
    } catch (IOException e) {
      findings.add(new Finding(Kind.UNREADABLE, source, 0, 0, "", "cannot be read: " + e));
      return new Result(source, "", List.of(), 0, findings, List.of(), List.of());
    }
  }

  /**
   * Checks the built-in rulesets (elastic, veeam, rockplace) from their class-path folders, their
   * DRL compiled as custom DRL is.
   *
   * @return one result per built-in vendor, in the order of {@link Rulesets#builtIn()}
   */
  public static List<Result> builtIn() {
    List<Result> out = new ArrayList<>();
    for (String folder : Rulesets.builtInFolders()) {
      String manifest = folder + "/vendor.json";
      String text = Rulesets.text(manifest);
      Rulesets.Vendor v = Rulesets.Vendor.read(text, "classpath:" + manifest);
      Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
      for (String c : v.calendars()) {
        String resource = folder + "/" + c;
        BusinessCalendar cal = CalendarJson.parse(Rulesets.text(resource), "classpath:" + resource);
        calendars.put(cal.id(), cal);
      }
      String doc = folder + "/" + clausesField(text);
      out.add(
          check(
              "classpath:" + folder,
              v.vendor(),
              v.levels(),
              Rulesets.classpathSources(folder, v),
              calendars,
              v.metrics(),
              "classpath:" + doc,
              Rulesets.text(doc),
              new ArrayList<>()));
    }
    return out;
  }

  /**
   * The rules of a ruleset, each with its clause, file and line.
   *
   * @param ruleset a ruleset of {@link Rulesets}
   * @return its rules, in the order of its files
   * @throws IllegalArgumentException when the ruleset is not one {@link Rulesets} made
   */
  public static List<RuleInfo> rules(Ruleset ruleset) {
    if (!(ruleset instanceof DroolsRuleset drools)) {
      throw new IllegalArgumentException(
          "ruleset " + ruleset.vendor() + " is not a DRL ruleset of Rulesets");
    }
    List<RuleInfo> out = new ArrayList<>();
    for (Rule r : drools.rules()) {
      Object clause = r.getMetaData().get("clause");
      out.add(
          new RuleInfo(r.getName(), clause == null ? "" : clause.toString(), drools.fileOf(r), 0));
    }
    return out;
  }

  private static final Pattern IMPORT = Pattern.compile("import\\s+[\\w.]+\\s*;");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+([A-Za-z0-9_.-]+)");
  private static final Pattern SETS_TARGET =
      Pattern.compile("decision\\s*\\.\\s*(?:target|noTarget)\\s*\\(\\s*([^,)]+)");

  private static Result check(
      String source,
      String vendor,
      Set<String> levels,
      List<DrlSource> sources,
      Map<String, BusinessCalendar> calendars,
      List<MetricDefinition> metrics,
      String docName,
      @Nullable String doc,
      List<Finding> findings) {
    List<String> notes = new ArrayList<>();
    try {
      Rulesets.checkLevels(vendor, levels, sources);
    } catch (SlaRulesException e) {
      e.problems().forEach(p -> findings.add(finding(Kind.UNKNOWN_LEVEL, p)));
    }
    DrlCompiler.Compiled compiled;
    try {
      compiled = DrlCompiler.compile(vendor, sources);
    } catch (SlaRulesException e) {
      e.problems().forEach(p -> findings.add(located(Kind.COMPILE_ERROR, p, sources)));
      return new Result(source, vendor, List.of(), 0, findings, List.of(), notes);
    }
    if (ModelCheck.available()) {
      ModelCheck.errors(sources).forEach(p -> findings.add(located(Kind.TYPE_ERROR, p, sources)));
    } else {
      notes.add(
          "type mistakes not checked: org.drools:drools-model-codegen is not on the class path");
    }
    DroolsRuleset ruleset =
        new DroolsRuleset(
            vendor, levels, DrlCompiler.version(sources), compiled, () -> calendars, metrics);
    // the rules, their lines and the metrics their consequences set
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    Map<String, Set<String>> setsTargetOf = new TreeMap<>();
    for (DrlSource s : sources) {
      Matcher m = RULE.matcher(s.text());
      while (m.find()) {
        String name = m.group(1);
        int line = lineOf(s.text(), m.start(1));
        rules.putIfAbsent(name, new RuleInfo(name, "", s.name(), line));
        int end = s.text().indexOf("\nend", m.end());
        String body = s.text().substring(m.end(), end < 0 ? s.text().length() : end);
        int then = body.indexOf("then");
        Matcher t = SETS_TARGET.matcher(then < 0 ? "" : body.substring(then));
        while (t.find()) {
          setsTargetOf.computeIfAbsent(name, k -> new TreeSet<>()).add(metricOf(t.group(1)));
        }
      }
    }
    for (Rule r : ruleset.rules()) {
      Object c = r.getMetaData().get("clause");
      RuleInfo known = rules.get(r.getName());
      rules.put(
          r.getName(),
          new RuleInfo(
              r.getName(),
              c == null ? "" : c.toString().strip(),
              known == null ? compiled.fileOf(r) : known.file(),
              known == null ? 0 : known.line()));
    }
    // clauses
    Set<String> documented = new TreeSet<>(ENGINE_CLAUSES);
    if (doc != null) {
      Matcher h = HEADING.matcher(doc);
      while (h.find()) {
        documented.add(h.group(1));
      }
    }
    boolean namesClauses = false;
    for (RuleInfo r : rules.values()) {
      if (r.clause().isEmpty()) {
        findings.add(
            new Finding(
                Kind.NO_CLAUSE,
                r.file(),
                r.line(),
                0,
                r.name(),
                "names no clause: add @clause(\"ID\") with the id of the policy clause it"
                    + " implements"));
      } else {
        namesClauses = true;
        if (doc != null && !documented.contains(r.clause())) {
          findings.add(
              new Finding(
                  Kind.UNDOCUMENTED_CLAUSE,
                  r.file(),
                  r.line(),
                  0,
                  r.name(),
                  "clause "
                      + r.clause()
                      + " has no heading in "
                      + docName
                      + " (a line \"### "
                      + r.clause()
                      + " Title\")"));
        }
      }
    }
    if (doc == null && namesClauses) {
      findings.add(
          new Finding(
              Kind.NO_CLAUSE_DOCUMENT,
              docName,
              0,
              0,
              "",
              "no clause document: write one with a heading per clause id the rules name"
                  + " (\"### ID Title\"), or name it in vendor.json's \"clauses\""));
    }
    // made-up cases
    List<String> tryLevels =
        levels.isEmpty() ? withOther(CoverageSweep.levelsNamed(sources)) : List.copyOf(levels);
    // an import alone is no use (a table's rules import it whether or not a row names one)
    boolean usesDeployment =
        sources.stream()
            .anyMatch(s -> IMPORT.matcher(s.text()).replaceAll("").contains("Deployment"));
    Sweep sweep = new Sweep(setsTargetOf, usesDeployment);
    int cases = CoverageSweep.run(ruleset, tryLevels, sources, sweep::add);
    for (Map.Entry<String, Failure> f : sweep.failures.entrySet()) {
      findings.add(
          new Finding(
              Kind.DECISION_FAILS,
              f.getValue().file,
              0,
              0,
              f.getValue().rule,
              f.getValue().count
                  + " of "
                  + cases
                  + " made-up cases fail: "
                  + f.getValue().message
                  + "; e.g. "
                  + f.getValue().example));
    }
    // a rule can only be seen to fire in a decision that did not fail
    int decided = sweep.counts.values().stream().mapToInt(c -> c[0]).sum();
    for (RuleInfo r : rules.values()) {
      if (decided > 0 && !sweep.fired.contains(r.name())) {
        findings.add(
            new Finding(
                Kind.NEVER_FIRES,
                r.file(),
                r.line(),
                0,
                r.name(),
                "fires in none of the "
                    + decided
                    + " made-up cases decided (every level, requested severity, impact, deployment and"
                    + " kind of issue): its conditions contradict each other or need a value no"
                    + " case has"));
      }
    }
    List<Cell> coverage = sweep.cells(tryLevels, usesDeployment);
    for (Cell c : coverage) {
      String where =
          "level "
              + c.level()
              + ", severity "
              + c.severity()
              + (usesDeployment ? ", deployment " + c.deployment() : "");
      if (c.withoutTarget() > 0) {
        findings.add(
            new Finding(
                Kind.NO_TARGET,
                "",
                0,
                0,
                "",
                where
                    + ": "
                    + c.withoutTarget()
                    + " of "
                    + (c.cases() - c.notCovered())
                    + " covered cases get no "
                    + Metrics.INITIAL_RESPONSE
                    + " target (no rule sets one, nor says there is none); e.g. "
                    + sweep.noTargetExample.get(cellKey(c.level(), c.severity(), c.deployment()))));
      }
      Map<String, List<Target>> byMetric = new TreeMap<>();
      c.targets().forEach(t -> byMetric.computeIfAbsent(t.metric(), k -> new ArrayList<>()).add(t));
      byMetric.forEach(
          (metric, ts) -> {
            if (ts.size() > 1) {
              StringBuilder sb = new StringBuilder(where + ": the cases get " + ts.size());
              sb.append(" different ").append(metric).append(" targets:");
              for (Target t : ts) {
                sb.append(' ').append(t.target()).append(" (").append(t.cases()).append(" cases,");
                sb.append(" rules ").append(t.rules()).append(')');
              }
              findings.add(new Finding(Kind.TWO_TARGETS, "", 0, 0, "", sb.toString()));
            }
          });
    }
    for (Map.Entry<String, String> r : sweep.replaced.entrySet()) {
      findings.add(
          new Finding(Kind.TARGET_REPLACED, "", 0, 0, "", r.getKey() + "; e.g. " + r.getValue()));
    }
    return new Result(
        source, vendor, List.copyOf(rules.values()), cases, findings, coverage, notes);
  }

  private static List<String> withOther(List<String> named) {
    List<String> out = new ArrayList<>(named);
    out.add(named.isEmpty() ? "ANY" : "OTHER");
    return out;
  }

  /** {@code Metrics.INITIAL_RESPONSE} or {@code "INITIAL_RESPONSE"}: the metric's name. */
  private static String metricOf(String expression) {
    String e = expression.strip();
    if (e.startsWith("\"") && e.endsWith("\"") && e.length() > 1) {
      return e.substring(1, e.length() - 1);
    }
    int dot = e.lastIndexOf('.');
    return dot >= 0 && e.startsWith("Metrics.") ? e.substring(dot + 1) : "?" + e;
  }

  private static String cellKey(String level, int severity, String deployment) {
    return level + "\u0000" + severity + "\u0000" + deployment;
  }

  /** The first failure of each message, with how many cases it failed. */
  private static final class Failure {
    final String file;
    final String rule;
    final String message;
    final String example;
    int count;

    Failure(String file, String rule, String message, String example) {
      this.file = file;
      this.rule = rule;
      this.message = message;
      this.example = example;
    }
  }

  /** What the made-up cases gave, per cell. */
  private static final class Sweep {
    final Map<String, Set<String>> setsTargetOf;
    final boolean usesDeployment;
    final Set<String> fired = new LinkedHashSet<>();
    final Map<String, Failure> failures = new LinkedHashMap<>();
    final Map<String, int[]> counts = new LinkedHashMap<>(); // cases, notCovered, withoutTarget
    final Map<String, Map<String, Map<String, Set<String>>>> targets = new LinkedHashMap<>();
    final Map<String, Map<String, Integer>> targetCases = new LinkedHashMap<>();
    final Map<String, String> noTargetExample = new LinkedHashMap<>();
    final Map<String, String> replaced = new LinkedHashMap<>();

    Sweep(Map<String, Set<String>> setsTargetOf, boolean usesDeployment) {
      this.setsTargetOf = setsTargetOf;
      this.usesDeployment = usesDeployment;
    }

    void add(CoverageSweep.Tried t) {
      PolicyDecision d = t.decision();
      if (d == null) {
        SlaRulesException e =
            t.failure() instanceof SlaRulesException r
                ? r
                : new SlaRulesException(String.valueOf(t.failure()), List.of());
        Problem p =
            e.problems().isEmpty()
                ? new Problem("", 0, 0, "", "" + e.getMessage())
                : e.problems().get(0);
        // one finding per rule and message, whatever the facts a message lists
        String key = p.rule() + "\u0000" + p.message().replaceAll("\\[.*\\]", "[...]");
        failures.computeIfAbsent(
                key,
                k ->
                    new Failure(p.file(), p.rule(), p.message(), CoverageSweep.describe(t.facts())))
            .count++;
        return;
      }
      d.trace().forEach(e -> fired.add(e.rule()));
      String deployment =
          usesDeployment ? t.facts().deployment().map(Deployment::name).orElse("unknown") : "any";
      String key = cellKey(t.facts().level(), d.severity().level(), deployment);
      int[] c = counts.computeIfAbsent(key, k -> new int[3]);
      c[0]++;
      if (!d.notCovered().isEmpty()) {
        c[1]++;
        return;
      }
      if (d.targets().stream().noneMatch(x -> x.metric().equals(Metrics.INITIAL_RESPONSE))) {
        c[2]++;
        noTargetExample.putIfAbsent(key, CoverageSweep.describe(t.facts()));
      }
      // the rules of this case that set each metric's target
      Map<String, Set<String>> setters = new TreeMap<>();
      for (var e : d.trace()) {
        for (String m : setsTargetOf.getOrDefault(e.rule(), Set.of())) {
          setters.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(e.rule());
        }
      }
      setters.forEach(
          (m, rs) -> {
            if (rs.size() > 1) {
              replaced.putIfAbsent(
                  "rules "
                      + rs.stream().map(r -> "\"" + r + "\"").toList()
                      + " all set the "
                      + m
                      + " target of one case (the last to fire wins)",
                  CoverageSweep.describe(t.facts()));
            }
          });
      for (TargetSpec target : d.targets()) {
        String text = target.span().map(Object::toString).orElse("none published");
        Set<String> rs = new TreeSet<>(setters.getOrDefault(target.metric(), Set.of()));
        targets
            .computeIfAbsent(key, k -> new TreeMap<>())
            .computeIfAbsent(target.metric() + "\u0000" + text, k -> new TreeMap<>())
            .computeIfAbsent("rules", k -> new TreeSet<>())
            .addAll(rs);
        targetCases
            .computeIfAbsent(key, k -> new LinkedHashMap<>())
            .merge(target.metric() + "\u0000" + text, 1, Integer::sum);
      }
    }

    List<Cell> cells(List<String> levels, boolean usesDeployment) {
      List<String> deployments =
          usesDeployment ? List.of("CLOUD", "SELF_MANAGED", "unknown") : List.of("any");
      List<Cell> out = new ArrayList<>();
      for (String level : levels) {
        for (int severity = 1; severity <= 4; severity++) {
          for (String deployment : deployments) {
            String key = cellKey(level, severity, deployment);
            int[] c = counts.getOrDefault(key, new int[3]);
            List<Target> ts = new ArrayList<>();
            Map<String, Integer> n = targetCases.getOrDefault(key, Map.of());
            targets
                .getOrDefault(key, Map.of())
                .forEach(
                    (mt, rules) -> {
                      String[] parts = mt.split("\u0000", 2);
                      ts.add(
                          new Target(
                              parts[0],
                              parts[1],
                              List.copyOf(rules.getOrDefault("rules", Set.of())),
                              n.getOrDefault(mt, 0)));
                    });
            ts.sort(
                java.util.Comparator.comparing(Target::metric)
                    .thenComparing(Target::cases, java.util.Comparator.reverseOrder()));
            out.add(new Cell(level, severity, deployment, c[0], c[1], c[2], ts));
          }
        }
      }
      return out;
    }
  }

  private static Finding finding(Kind kind, Problem p) {
    return new Finding(kind, p.file(), p.line(), p.column(), p.rule(), p.message());
  }

  private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):");
  private static final Pattern UNKNOWN_FIELD =
      Pattern.compile("Unknown field (\\w+) on class (?:[\\w$]+\\.)*([\\w$]+)");
  private static final Pattern LEFT_PART = Pattern.compile("left part of expression: (.+)$");

  /**
   * A problem as a finding, placed where the DRL writes the expression it names when it names no
   * line (Drools reports {@code Impact.OUTAG} without one).
   */
  private static Finding located(Kind kind, Problem p, List<DrlSource> sources) {
    if (p.line() > 0) {
      return finding(kind, p);
    }
    List<String> snippets = new ArrayList<>();
    Matcher m = ANALYSE.matcher(p.message());
    if (m.find()) {
      snippets.add(m.group(1).strip());
    }
    m = UNKNOWN_FIELD.matcher(p.message());
    if (m.find()) {
      snippets.add(m.group(2) + "." + m.group(1));
    }
    m = LEFT_PART.matcher(p.message());
    if (m.find()) {
      snippets.add(m.group(1).strip());
    }
    for (String snippet : snippets) {
      for (DrlSource s : sources) {
        if (!p.file().isEmpty() && !p.file().equals(s.name())) {
          continue;
        }
        int at = s.text().indexOf(snippet);
        if (at >= 0) {
          int column = at - s.text().lastIndexOf('\n', at - 1);
          return new Finding(kind, s.name(), lineOf(s.text(), at), column, p.rule(), p.message());
        }
      }
    }
    return finding(kind, p);
  }

  private static int lineOf(String text, int offset) {
    return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
  }

  private static DrlSource drl(Path file) {
    return new DrlSource(file.toString(), Rulesets.read(file));
  }

  private static @Nullable String readOrNull(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** vendor.json's {@code "clauses"}, or empty; the rest of it is read by {@link Rulesets}. */
  private static String clausesField(String vendorJson) {
    try {
      JsonNode n = new ObjectMapper().readTree(vendorJson).get("clauses");
      return n != null && n.isTextual() ? n.asText() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
