package io.github.slakit.rules;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.TimeWindow;
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
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The way to vendor rulesets: the built-in ones ({@link #elastic()}, {@link #veeam()}, {@link
 * #rockplace()}, each shared, its DRL compiled once when it first decides: an engine with the
 * three pays for a vendor's compilation only when that vendor's first case comes) and custom DRL
 * ({@link #drl(String)}, compiled by {@link Builder#build()}).
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
 * Ruleset mine = Rulesets.drl("acme").file(Path.of("acme.drl")).levels("GOLD", "SILVER").build();
 * }</pre>
 *
 * <p>A DRL that does not compile raises one {@link SlaRulesException} listing every error with
 * its file, line and column; a rule failing while deciding raises one naming the rule and file.
 */
public final class Rulesets {
  private Rulesets() {}

  /** Calendar id of the Veeam APJ (Korean) office hours: KR default calendar (VEEAM-5). */
  public static final String VEEAM_APJ_HOURS = "KR";
  /**
   * Calendar id of the Veeam EMEA office hours: Mon-Fri 09:00-18:00 Europe/Prague minus Czech
   * public holidays (VEEAM-5).
   */
  public static final String VEEAM_EMEA_HOURS = "veeam-emea-prague";
  /** Calendar id of rockPLACE Standard Plus hours: Mon 00:00 to Sat 00:00 KST minus KR holidays. */
  public static final String ROCKPLACE_MON_FRI_24H = "rockplace-mon-fri-24h";
  /** Calendar id of rockPLACE Standard and Basic hours: Mon-Fri 09:00-17:00 KST minus KR holidays. */
  public static final String ROCKPLACE_OFFICE_HOURS = "rockplace-mon-fri-0917";

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  /** Elastic (ELASTIC-1..11). */
  public static Ruleset elastic() {
    return Elastic.RULESET;
  }

  /** Veeam, Korea partner procedure (VEEAM-1..10). */
  public static Ruleset veeam() {
    return Veeam.RULESET;
  }

  /** rockPLACE Support Carepack (ROCKPLACE-1..7). */
  public static Ruleset rockplace() {
    return Rockplace.RULESET;
  }

  /** The three built-in rulesets. */
  public static List<Ruleset> builtIn() {
    return List.of(elastic(), veeam(), rockplace());
  }

  /** The built-in ruleset of a vendor id ({@code elastic}, {@code veeam}, {@code rockplace}). */
  public static java.util.Optional<Ruleset> builtIn(String vendor) {
    switch (vendor) {
      case "elastic":
        return java.util.Optional.of(elastic());
      case "veeam":
        return java.util.Optional.of(veeam());
      case "rockplace":
        return java.util.Optional.of(rockplace());
      default:
        return java.util.Optional.empty();
    }
  }

  // Holders: each built-in is made on first use, once; its DRL compiles when it first decides.
  private static final class Elastic {
    static final Ruleset RULESET = builtIn("elastic", ElasticLevel.class, Map::of);
  }

  private static final class Veeam {
    static final Ruleset RULESET = builtIn("veeam", VeeamLevel.class, () -> Map.of(
        VEEAM_APJ_HOURS, BusinessCalendar.ofCountry("KR"),
        VEEAM_EMEA_HOURS, BusinessCalendar.builder(ZoneId.of("Europe/Prague")).id(VEEAM_EMEA_HOURS)
            .weekly(WEEKDAYS, TimeWindow.parse("09:00-18:00")).holidays("CZ").build()));
  }

  private static final class Rockplace {
    static final Ruleset RULESET = builtIn("rockplace", RockplaceLevel.class, () -> Map.of(
        ROCKPLACE_MON_FRI_24H, BusinessCalendar.builder(SEOUL).id(ROCKPLACE_MON_FRI_24H)
            .weekly(WEEKDAYS, TimeWindow.parse("00:00-24:00")).holidays("KR").build(),
        ROCKPLACE_OFFICE_HOURS, BusinessCalendar.builder(SEOUL).id(ROCKPLACE_OFFICE_HOURS)
            .weekly(WEEKDAYS, TimeWindow.parse("09:00-17:00")).holidays("KR").build()));
  }

  private static Ruleset builtIn(String vendor, Class<? extends Enum<?>> levels,
      Supplier<Map<String, BusinessCalendar>> calendars) {
    String resource = "io/github/slakit/rules/" + vendor + "/" + vendor + ".drl";
    Set<String> names = Arrays.stream(levels.getEnumConstants()).map(Enum::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<DrlSource> sources = List.of(classpath(resource));
    return new DroolsRuleset(vendor, names, levels, DrlCompiler.version(sources),
        () -> DrlCompiler.compile(vendor, sources), calendars);
  }

  private static DrlSource classpath(String resource) {
    ClassLoader cl = Rulesets.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SlaRulesException("no DRL at classpath:" + resource,
            List.of(new Problem("classpath:" + resource, 0, 0, "", "resource not found")));
      }
      return new DrlSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A builder for a custom ruleset with the vendor id {@code vendor}. */
  public static Builder drl(String vendor) {
    return new Builder(vendor);
  }

  /**
   * A custom ruleset from a DRL file or a folder of them, named after the file (without
   * {@code .drl}) or the folder, accepting any level.
   */
  public static Ruleset fromPath(Path fileOrFolder) {
    String name = fileOrFolder.getFileName().toString().replaceFirst("\\.drl$", "");
    return drl(name).path(fileOrFolder).build();
  }

  /**
   * Builds a custom DRL ruleset. The DRL sees the facts described in the package documentation
   * of the built-ins: {@code PolicyFacts}, {@code Requested}, the case's {@code Impact}, {@code
   * Deployment}, {@code IssueKind}; it must leave one {@link Severity} fact and may fill the global
   * {@code io.github.slakit.core.PolicyDecision.Builder decision}. Not thread-safe; {@link
   * #build()} compiles anew each time.
   */
  public static final class Builder {
    private final String vendor;
    private final List<DrlSource> sources = new ArrayList<>();
    private final Set<String> levels = new LinkedHashSet<>();
    private final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();

    private Builder(String vendor) {
      this.vendor = Objects.requireNonNull(vendor, "vendor");
      if (vendor.isBlank()) {
        throw new IllegalArgumentException("vendor must not be blank");
      }
    }

    /** A DRL file, or every {@code .drl} file of a folder and its subfolders. */
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
      return new SlaRulesException("ruleset " + vendor + ": cannot read " + p,
          List.of(new Problem(p.toString(), 0, 0, "", "cannot be read: " + e)), e);
    }

    /** A DRL resource on the class path ({@code com/acme/rules/acme.drl}). */
    public Builder classpath(String resource) {
      sources.add(Rulesets.classpath(resource.startsWith("/") ? resource.substring(1) : resource));
      return this;
    }

    /** DRL text, reported under {@code name}. */
    public Builder text(String name, String drl) {
      sources.add(new DrlSource(name, drl));
      return this;
    }

    /** The levels subscriptions may have; none means any. */
    public Builder levels(String... levels) {
      this.levels.addAll(Arrays.asList(levels));
      return this;
    }

    /** A calendar the rules name by id (in spans, or in {@code PolicyFacts.openIn(id)}). */
    public Builder calendar(BusinessCalendar calendar) {
      calendars.put(calendar.id(), calendar);
      return this;
    }

    /**
     * Compiles the ruleset.
     *
     * @throws SlaRulesException listing each compile error with file, line and column
     */
    public Ruleset build() {
      Map<String, BusinessCalendar> cals = Map.copyOf(calendars);
      return new DroolsRuleset(vendor, levels, null, DrlCompiler.version(sources),
          DrlCompiler.compile(vendor, sources), () -> cals);
    }
  }
}
