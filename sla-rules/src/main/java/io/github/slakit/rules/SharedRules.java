package io.github.slakit.rules;

import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import io.github.slakit.rules.DrlCompiler.DrlSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DRL units that several vendors' readings share, written once in {@code
 * io/github/slakit/rules/shared/} and included by a vendor (its vendor.json's {@code "shared"}, or
 * {@link Rulesets.Builder#shared}) with the clause of its own guide that says the same. A unit is
 * compiled in the package of the vendor's first DRL file, so that it calls the vendor's functions
 * ({@code severityName}), and its rules carry the vendor's clause; the ruleset's version hashes the
 * unit as compiled.
 */
final class SharedRules {
  private SharedRules() {}

  /** The units, by name: {@code requested-severity} keeps a requested severity. */
  static final List<String> UNITS = List.of("requested-severity");

  private static final String FOLDER = "io/github/slakit/rules/shared/";
  private static final String PACKAGE_LINE = "package ${package};";
  private static final String CLAUSE = "${clause}";

  /** A clause id as the trace shows it: letters, digits, '-', '_' and '.' ({@code ELASTIC-2}). */
  private static final Pattern CLAUSE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /**
   * Problems with a vendor's choice of units: a name that is not a unit, or a clause that is not
   * a clause id; empty when there is none.
   */
  static Optional<String> check(String unit, String clause) {
    if (!UNITS.contains(unit)) {
      return Optional.of("\"" + unit + "\" is not a shared unit " + UNITS);
    }
    if (!CLAUSE_ID.matcher(clause).matches()) {
      return Optional.of(unit + ": \"" + clause + "\" is not a clause id (such as ACME-1)");
    }
    return Optional.empty();
  }

  /**
   * The units, each as the DRL source it compiles as: in the package of {@code vendorSources}'
   * first file (none when it declares none), its rules citing the clause given.
   *
   * @param vendor the ruleset's vendor id, for messages
   * @param units unit names and their clauses, in order
   * @param vendorSources the vendor's own DRL, at least one
   * @throws SlaRulesException when a unit or clause is not one {@link #check} accepts
   */
  static List<DrlSource> sources(
      String vendor, Map<String, String> units, List<DrlSource> vendorSources) {
    if (units.isEmpty()) {
      return List.of();
    }
    String pkg = vendorSources.isEmpty() ? "" : DrlCompiler.packageOf(vendorSources.get(0).text());
    return units.entrySet().stream()
        .map(
            u -> {
              check(u.getKey(), u.getValue())
                  .ifPresent(
                      problem -> {
                        throw new SlaRulesException(
                            "ruleset " + vendor + " includes a shared unit it cannot",
                            List.of(new Problem("", 0, 0, "", problem)));
                      });
              String resource = FOLDER + u.getKey() + ".drl";
              String text =
                  Rulesets.text(resource)
                      .replace(PACKAGE_LINE, pkg.isEmpty() ? "" : "package " + pkg + ";")
                      .replace(CLAUSE, u.getValue());
              return new DrlSource(resource, text);
            })
        .toList();
  }
}
