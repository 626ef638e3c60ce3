package io.github.slakit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.CalendarException;
import io.github.slakit.calendars.CalendarJson;
import io.github.slakit.calendars.internal.TextFiles;
import io.github.slakit.core.MetricDefinition;
import io.github.slakit.core.Ruleset;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import io.github.slakit.rules.DrlCompiler.DrlSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The way to vendor rulesets. A vendor is a folder: its DRL, the shared units of rules it includes
 * ({@link Builder#shared}), its calendars as calendar JSON, its levels and its clause document,
 * described by a {@code vendor.json}:
 *
 * <pre>{@code
 * { "vendor": "acme", "levels": ["GOLD", "SILVER"], "rules": ["acme.drl"],
 *   "calendars": ["calendars/office.json"], "clauses": "clauses.md" }
 * }</pre>
 *
 * <p>The built-in vendors ({@link #builtIn()}: elastic, veeam, rockplace) are such folders on the
 * class path, loaded through the same path as yours ({@link #fromClasspath}, {@link #fromPath});
 * each is shared and made ready when it first decides. The jar also carries them compiled at build
 * time (Drools' executable model, made from the same DRL), which {@link #builtIn()} loads without
 * compiling any DRL; {@link #fromClasspath} and {@link #fromPath} compile the DRL they are given.
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.builder()
 *     .rulesets(Rulesets.builtIn())
 *     .ruleset(Rulesets.fromPath(Path.of("rules/acme")))   // a folder with its vendor.json
 *     .build();
 * Ruleset inline = Rulesets.drl("acme").path(Path.of("acme.drl")).levels("GOLD", "SILVER").build();
 * }</pre>
 *
 * <p>A DRL that does not compile raises one {@link SlaRulesException} listing every error with
 * its file, line and column, and so does a DRL that compares the level with a string that is not
 * one of the vendor's levels; a rule failing while deciding raises one naming the rule and file.
 */
public final class Rulesets {
  private Rulesets() {}

  private static final String BUILT_IN = "io/github/slakit/rules/";
  private static final List<String> VENDOR_FIELDS =
      List.of("vendor", "levels", "rules", "shared", "calendars", "clauses", "metrics");

  /** {@code level == "GOLD"} or {@code level != "GOLD"} in a DRL constraint. */
  private static final Pattern LEVEL_LITERAL =
      Pattern.compile("\\blevel\\s*[=!]=\\s*\"([^\"\\\\]*)\"");

  /**
   * The built-in rulesets, in the order of {@code vendors.txt}: elastic, veeam, rockplace.
   *
   * @return an unmodifiable list of shared rulesets; each loads its build-time compiled rules (or,
   *     where the class path lacks them, compiles its DRL) when it first decides
   */
  public static List<Ruleset> builtIn() {
    return BuiltIn.ALL;
  }

  /**
   * The built-in ruleset of a vendor id ({@code elastic}, {@code veeam}, {@code rockplace}).
   *
   * @param vendor the vendor id, matched exactly
   * @return the shared ruleset, the same instance {@link #builtIn()} lists
   * @throws IllegalArgumentException naming the built-in vendors when there is none of that id
   */
  public static Ruleset builtIn(String vendor) {
    Objects.requireNonNull(vendor, "vendor");
    for (Ruleset r : BuiltIn.ALL) {
      if (r.vendor().equals(vendor)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "\""
            + vendor
            + "\" is not a built-in vendor "
            + BuiltIn.ALL.stream().map(Ruleset::vendor).toList());
  }

  /** Made on first use, once: each built-in's DRL compiles when it first decides. */
  private static final class BuiltIn {
    static final List<Ruleset> ALL = load();

    private static List<Ruleset> load() {
      List<Ruleset> all = new ArrayList<>();
      for (String folder : builtInFolders()) {
        all.add(classpathFolder(folder, true));
      }
      return List.copyOf(all);
    }
  }

  /** The class-path folders of the built-in vendors, in the order of {@code vendors.txt}. */
  static List<String> builtInFolders() {
    List<String> folders = new ArrayList<>();
    for (String line : text(BUILT_IN + "vendors.txt").split("\n")) {
      String folder = line.strip();
      if (!folder.isEmpty() && !folder.startsWith("#")) {
        folders.add(BUILT_IN + folder);
      }
    }
    return folders;
  }

  /**
   * Each built-in vendor's id and its DRL sources as its ruleset compiles them (its files, then
   * its shared units), in the order of {@code vendors.txt}: what the build-time compiler of the
   * built-ins compiles ({@link CompiledModels}).
   */
  static Map<String, List<DrlSource>> builtInSources() {
    Map<String, List<DrlSource>> out = new LinkedHashMap<>();
    for (String folder : builtInFolders()) {
      String manifest = folder + "/vendor.json";
      Vendor v = Vendor.read(text(manifest), "classpath:" + manifest);
      out.put(v.vendor(), classpathSources(folder, v));
    }
    return out;
  }

  /**
   * A vendor folder on the class path ({@code com/acme/rules/acme}), described by its {@code
   * vendor.json}; compiled now.
   *
   * @param folder the folder's resource path, with or without leading and trailing slashes,
   *     found through this library's class loader
   * @return the ruleset, with the vendor id, levels and calendars its vendor.json gives
   * @throws SlaRulesException when the folder, its files or its DRL cannot be read or compiled
   */
  public static Ruleset fromClasspath(String folder) {
    Objects.requireNonNull(folder, "folder");
    return classpathFolder(folder.replaceAll("^/+|/+$", ""), false);
  }

  /** The DRL of a vendor folder on the class path: its files, then its shared units. */
  static List<DrlSource> classpathSources(String folder, Vendor v) {
    List<DrlSource> files = new ArrayList<>();
    for (String r : v.rules()) {
      files.add(classpath(folder + "/" + r));
    }
    List<DrlSource> sources = new ArrayList<>(TargetTable.expand(v.vendor(), v.levels(), files));
    sources.addAll(SharedRules.sources(v.vendor(), v.shared(), sources));
    return sources;
  }

  /**
   * A vendor folder on the class path; a built-in one compiles on first use, from its build-time
   * compiled form when the jar has one made from the same DRL.
   */
  private static Ruleset classpathFolder(String folder, boolean builtIn) {
    String manifest = folder + "/vendor.json";
    Vendor v = Vendor.read(text(manifest), "classpath:" + manifest);
    List<DrlSource> sources = classpathSources(folder, v);
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    for (String c : v.calendars()) {
      String resource = folder + "/" + c;
      add(
          calendars,
          calendar(() -> CalendarJson.parse(text(resource), "classpath:" + resource)),
          "classpath:" + resource,
          v.vendor());
    }
    return ruleset(v.vendor(), v.levels(), sources, calendars, v.metrics(), builtIn);
  }

  /**
   * A custom ruleset from a file or a folder. A folder with a {@code vendor.json} is a vendor
   * folder (its id, levels, DRL files and calendars as it says); any other folder gives every
   * {@code .drl} file in it and its subfolders, named after the folder and accepting any level; a
   * file gives a ruleset named after it (without {@code .drl}), accepting any level. Compiled now.
   *
   * @param fileOrFolder a vendor folder, a folder of {@code .drl} files, or one {@code .drl} file
   * @return the ruleset
   * @throws SlaRulesException when a file cannot be read, the vendor.json is wrong, or the DRL
   *     does not compile
   */
  public static Ruleset fromPath(Path fileOrFolder) {
    Objects.requireNonNull(fileOrFolder, "fileOrFolder");
    Path manifest = fileOrFolder.resolve("vendor.json");
    if (Files.isDirectory(fileOrFolder) && Files.isRegularFile(manifest)) {
      Vendor v = Vendor.read(read(manifest), manifest.toString());
      Builder b = drl(v.vendor()).levels(v.levels().toArray(String[]::new));
      v.metrics().forEach(b::metric);
      for (String r : v.rules()) {
        b.path(fileOrFolder.resolve(r));
      }
      v.shared().forEach(b::shared);
      for (String c : v.calendars()) {
        Path file = fileOrFolder.resolve(c);
        b.add(calendar(() -> CalendarJson.read(file)), file.toString());
      }
      return b.build();
    }
    Path fileName = fileOrFolder.toAbsolutePath().normalize().getFileName();
    if (fileName == null) { // the file system's root: no name to give the vendor
      throw new SlaRulesException(
          "cannot name a ruleset after " + fileOrFolder,
          List.of(
              new Problem(
                  fileOrFolder.toString(),
                  0,
                  0,
                  "",
                  "a vendor is named after its file or folder; give a folder with a vendor.json")));
    }
    String name = fileName.toString().replaceFirst("\\.drl$", "");
    return drl(name).path(fileOrFolder).build();
  }

  /**
   * A vendor folder loaded now and reloaded when its files change (docs/RULES.md, "Hot reload"):
   * each change is compiled in the background and swapped in atomically, a change that does not
   * compile leaves the last good version deciding and is reported, and every decision names the
   * load that made it in its {@code rulesetVersion}.
   *
   * @param folder a vendor folder with its vendor.json
   * @param options how to watch it ({@link WatchedRuleset.Options#DEFAULTS}, or {@link
   *     WatchedRuleset.Options#MANUAL} to reload only on {@link WatchedRuleset#reloadNow()})
   * @return the ruleset, to give to an engine and to close when done
   * @throws SlaRulesException when the folder does not load now
   */
  public static WatchedRuleset watch(Path folder, WatchedRuleset.Options options) {
    return WatchedRuleset.watch(folder, options);
  }

  /** A calendar read by {@code reader}, its CalendarException as a ruleset problem. */
  private static BusinessCalendar calendar(java.util.function.Supplier<BusinessCalendar> reader) {
    try {
      return reader.get();
    } catch (CalendarException e) {
      throw new SlaRulesException(
          "a calendar of the ruleset cannot be read",
          List.of(new Problem("", 0, 0, "", String.valueOf(e.getMessage()))),
          e);
    }
  }

  private static void add(
      Map<String, BusinessCalendar> calendars, BusinessCalendar c, String source, String vendor) {
    if (c.id().isEmpty()) {
      throw new SlaRulesException(
          "ruleset " + vendor + ": a calendar has no id",
          List.of(
              new Problem(
                  source, 0, 0, "", "id: is required (the rules name the calendar by it)")));
    }
    if (calendars.putIfAbsent(c.id(), c) != null) {
      throw new SlaRulesException(
          "ruleset " + vendor + ": two calendars have one id",
          List.of(new Problem(source, 0, 0, "", "id: \"" + c.id() + "\" is given twice")));
    }
  }

  /**
   * A ruleset of these sources: compiled now, or for a built-in ({@code builtIn}) on first use,
   * from the build-time compiled form of the same DRL if the class path has it, else from the DRL.
   */
  private static Ruleset ruleset(
      String vendor,
      Set<String> levels,
      List<DrlSource> sources,
      Map<String, BusinessCalendar> calendars,
      List<MetricDefinition> metrics,
      boolean builtIn) {
    checkLevels(vendor, levels, sources);
    Map<String, BusinessCalendar> cals = Map.copyOf(calendars);
    String version = DrlCompiler.version(sources);
    return builtIn
        ? new DroolsRuleset(
            vendor,
            levels,
            version,
            () ->
                CompiledModels.load(vendor, version, sources)
                    .orElseGet(() -> DrlCompiler.compile(vendor, sources)),
            () -> cals,
            metrics)
        : new DroolsRuleset(
            vendor, levels, version, DrlCompiler.compile(vendor, sources), () -> cals, metrics);
  }

  /**
   * Every {@code level == "X"} of the DRL names a level the vendor declares: a misspelt level
   * would otherwise match no case, silently.
   */
  static void checkLevels(String vendor, Set<String> levels, List<DrlSource> sources) {
    if (levels.isEmpty()) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    for (DrlSource s : sources) {
      Matcher m = LEVEL_LITERAL.matcher(s.text());
      while (m.find()) {
        if (!levels.contains(m.group(1))) {
          int line =
              1 + (int) s.text().substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
          int column = m.start(1) - s.text().lastIndexOf('\n', m.start(1) - 1);
          problems.add(
              new Problem(
                  s.name(),
                  line,
                  column,
                  "",
                  "\"" + m.group(1) + "\" is not a level of vendor " + vendor + " " + levels));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new SlaRulesException(
          "ruleset "
              + vendor
              + " names levels it does not declare ("
              + problems.size()
              + (problems.size() == 1 ? " error)" : " errors)"),
          problems);
    }
  }

  /**
   * A vendor.json: the vendor's id, levels, DRL files, the shared units it includes (each with
   * its clause), calendar files and clause document.
   */
  record Vendor(
      String vendor,
      Set<String> levels,
      List<String> rules,
      Map<String, String> shared,
      List<String> calendars,
      List<MetricDefinition> metrics) {

    static Vendor read(String text, String source) {
      VendorReader in = new VendorReader(source);
      JsonNode root = in.object(in.parse(text), "");
      in.known(root, "", VENDOR_FIELDS, "a vendor");
      String id = in.requiredText(root, "", "vendor");
      List<String> rules = in.names(root, "rules");
      if (rules.isEmpty()) {
        throw VendorReader.bad(source, "rules: names no DRL file");
      }
      return new Vendor(
          id,
          new LinkedHashSet<>(in.names(root, "levels")),
          rules,
          shared(in, root, source),
          in.names(root, "calendars"),
          VendorMetrics.read(in, root.get("metrics")));
    }

    /** {@code "shared": {"requested-severity": "ACME-1"}}: units and their clauses, in order. */
    private static Map<String, String> shared(VendorReader in, JsonNode root, String source) {
      Map<String, String> out = new LinkedHashMap<>();
      JsonNode n = in.optional(root, "", "shared").orElse(null);
      if (n == null) {
        return out;
      }
      if (!n.isObject()) {
        throw in.error("shared", n, "an object of units and their clauses");
      }
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        String clause = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
        SharedRules.check(e.getKey(), clause)
            .ifPresent(
                p -> {
                  throw VendorReader.bad(source, "shared: " + p);
                });
        out.put(e.getKey(), clause);
      }
      return out;
    }
  }

  /** The text of a class-path resource of this library's class loader. */
  static String text(String resource) {
    return classpath(resource).text();
  }

  private static DrlSource classpath(String resource) {
    ClassLoader cl = Rulesets.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SlaRulesException(
            "no resource classpath:" + resource,
            List.of(new Problem("classpath:" + resource, 0, 0, "", "resource not found")));
      }
      return new DrlSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A vendor.json, read as the library reads every input file (strict UTF-8, capped). */
  static String read(Path file) {
    try {
      return TextFiles.readUtf8(file);
    } catch (TextFiles.Unreadable e) {
      throw new SlaRulesException(
          "cannot read " + file,
          List.of(new Problem(file.toString(), 0, 0, "", String.valueOf(e.getMessage()))),
          e);
    }
  }

  /**
   * A builder for a custom ruleset with the vendor id {@code vendor}.
   *
   * @param vendor the id cases and subscriptions name; it replaces a built-in of the same id in
   *     an engine that adds it later
   * @return a builder with no DRL, any level and no calendar
   * @throws IllegalArgumentException when the id is blank
   */
  public static Builder drl(String vendor) {
    return new Builder(vendor);
  }

  /**
   * Builds a custom DRL ruleset. The DRL sees the facts described in docs/RULES.md: {@code
   * PolicyFacts}, {@code Requested}, the case's {@code Impact}, {@code Deployment}, {@code
   * IssueKind}; it must leave one {@code io.github.slakit.core.Severity} fact and may fill the
   * global {@code io.github.slakit.core.spi.PolicyDecision.Builder decision}. Not thread-safe;
   * {@link #build()} compiles anew each time.
   */
  public static final class Builder {
    private final String vendor;
    private final List<DrlSource> sources = new ArrayList<>();
    private final Set<String> levels = new LinkedHashSet<>();
    private final Map<String, String> shared = new LinkedHashMap<>();
    private final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    private final Map<String, MetricDefinition> metrics = new LinkedHashMap<>();

    private Builder(String vendor) {
      this.vendor = Objects.requireNonNull(vendor, "vendor");
      if (vendor.isBlank()) {
        throw new IllegalArgumentException("vendor must not be blank");
      }
    }

    /**
     * A DRL file, or every {@code .drl} file of a folder and its subfolders, in path order. A
     * file named {@code *.csv} is a table of targets (docs/RULES.md, "Targets as a table"), its
     * rows compiled as rules at this place.
     *
     * @param fileOrFolder the file or folder; messages name each file by its path
     * @return this builder
     * @throws SlaRulesException when a file or the folder cannot be read
     */
    public Builder path(Path fileOrFolder) {
      Objects.requireNonNull(fileOrFolder, "fileOrFolder");
      if (Files.isDirectory(fileOrFolder)) {
        try (Stream<Path> files = Files.walk(fileOrFolder)) {
          files.filter(f -> f.toString().endsWith(".drl")).sorted().forEach(this::file);
        } catch (IOException e) {
          throw unreadable(fileOrFolder, e);
        }
        return this;
      }
      return file(fileOrFolder);
    }

    private Builder file(Path file) {
      try {
        sources.add(new DrlSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw unreadable(file, e);
      }
      return this;
    }

    private SlaRulesException unreadable(Path p, IOException e) {
      return new SlaRulesException(
          "ruleset " + vendor + ": cannot read " + p,
          List.of(new Problem(p.toString(), 0, 0, "", "cannot be read: " + e)),
          e);
    }

    /**
     * A DRL resource on the class path ({@code com/acme/rules/acme.drl}), or a table of targets
     * ({@code *.csv}).
     *
     * @param resource the resource path, a leading slash allowed, found through this library's
     *     class loader
     * @return this builder
     * @throws SlaRulesException when there is no such resource
     */
    public Builder classpath(String resource) {
      sources.add(Rulesets.classpath(resource.startsWith("/") ? resource.substring(1) : resource));
      return this;
    }

    /**
     * DRL text, reported under {@code name}; a name ending in {@code .csv} makes it a table of
     * targets.
     *
     * @param name what compile errors and failures call the text ({@code "inline.drl"})
     * @param drl the DRL
     * @return this builder
     */
    public Builder text(String name, String drl) {
      sources.add(new DrlSource(name, drl));
      return this;
    }

    /**
     * The levels subscriptions may have; none means any. With levels declared, a DRL that
     * compares the level with another string does not build.
     *
     * @param levels levels as subscriptions spell them, added to those given before
     * @return this builder
     */
    public Builder levels(String... levels) {
      this.levels.addAll(Arrays.asList(levels));
      return this;
    }

    /**
     * Includes a shared unit of rules (docs/RULES.md, "Shared rules"), compiled after the DRL
     * given and in the package of its first file. The unit {@code requested-severity} keeps a
     * requested severity, named by the DRL's {@code function String severityName(int level)}.
     *
     * @param unit the unit's name ({@code "requested-severity"})
     * @param clause the clause id of the vendor's guide that the unit's rules implement, as the
     *     trace names it ({@code "ACME-1"}): letters, digits, '-', '_' and '.'
     * @return this builder
     * @throws SlaRulesException when there is no such unit or the clause is not a clause id
     */
    public Builder shared(String unit, String clause) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(clause, "clause");
      SharedRules.check(unit, clause)
          .ifPresent(
              p -> {
                throw new SlaRulesException(
                    "ruleset " + vendor + " cannot include a shared unit",
                    List.of(new Problem("", 0, 0, "", p)));
              });
      shared.put(unit, clause);
      return this;
    }

    /**
     * A calendar the rules name by its id (in spans, in support hours, in {@code
     * PolicyFacts.openIn(id)}).
     *
     * @param calendar the calendar, named by its {@link BusinessCalendar#id()}
     * @return this builder
     * @throws SlaRulesException when the calendar has no id or another calendar has its id
     */
    public Builder calendar(BusinessCalendar calendar) {
      return add(Objects.requireNonNull(calendar, "calendar"), "calendar " + calendar.id());
    }

    /**
     * A metric's clock over the case's life (docs/LIFECYCLE.md): one the rules add, whose target
     * they set with {@code decision.target(metric, span)}, or a built-in one paused differently.
     * A second definition of one metric replaces the first.
     *
     * @param definition how the metric's clock runs
     * @return this builder
     */
    public Builder metric(MetricDefinition definition) {
      Objects.requireNonNull(definition, "definition");
      metrics.put(definition.metric(), definition);
      return this;
    }

    private Builder add(BusinessCalendar calendar, String source) {
      Rulesets.add(calendars, calendar, source, vendor);
      return this;
    }

    /**
     * Compiles the ruleset.
     *
     * @return a new ruleset, compiled now, independent of later changes to this builder
     * @throws SlaRulesException listing each compile error with file, line and column
     */
    public Ruleset build() {
      List<DrlSource> all = new ArrayList<>(TargetTable.expand(vendor, levels, sources));
      all.addAll(SharedRules.sources(vendor, shared, all));
      return ruleset(vendor, levels, all, calendars, List.copyOf(metrics.values()), false);
    }
  }
}
