package io.github.slakit.rules;

import io.github.slakit.core.ClockKind;
import io.github.slakit.core.Deployment;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.SlaRulesException;
import io.github.slakit.core.SlaRulesException.Problem;
import io.github.slakit.rules.DrlCompiler.DrlSource;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A ruleset's targets as a CSV table (docs/RULES.md, "Targets as a table"): one row per cell of
 * the vendor's matrix, the level, the severity and other conditions of the case on the left, the
 * metric's amount, clock and calendar on the right. A vendor lists the table among its {@code
 * rules} ({@code "rules": ["acme.drl", "targets.csv"]}), and each row becomes a DRL rule compiled
 * with the others, in the package of the first DRL file: it fires (after the phases, before the
 * other rules of no phase, {@link #SALIENCE}), is traced and fails as a rule does, named by its
 * {@code rule} cell or else {@code targets.csv row 7} (the line of the file).
 *
 * <p>The generated DRL puts the rule of each row on the line of the row, so a compile error, were
 * there one, would name the table's row. Every mistake in a cell is one problem naming the file,
 * the row (as the line), the column and the value.
 */
final class TargetTable {
  private TargetTable() {}

  /** The columns a table may have, in the order docs/RULES.md lists them. */
  static final List<String> COLUMNS =
      List.of(
          "rule",
          "clause",
          "level",
          "severity",
          "deployment",
          "impact",
          "production",
          "workaround",
          "metric",
          "amount",
          "clock",
          "calendar",
          "warning",
          "message");

  /**
   * The salience of a row's rule: the rows fire before the rules of no phase (of salience 0), in
   * the order of the table, so a DRL rule can replace a target the table set; and they fire in
   * that order however the ruleset was compiled (the build-time compiled model orders rules of
   * different files otherwise than the run-time compiler).
   */
  static final int SALIENCE = 1;

  private static final List<String> REQUIRED = List.of("clause", "level", "amount");

  /** A clause id as the trace shows it, as {@link SharedRules} accepts. */
  private static final Pattern CLAUSE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern DAYS = Pattern.compile("P(\\d{1,4})D");

  /** Whether a file of a vendor's {@code rules} is a table rather than DRL. */
  static boolean isTable(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /**
   * The sources of a ruleset with each table among them replaced by the DRL of its rows, in the
   * package of the first DRL source (none when it declares none), at the table's place.
   *
   * @param vendor the vendor id, for messages
   * @param levels the vendor's levels; a row naming another is refused (none: any level)
   * @param sources DRL and tables, in the order they compile
   * @throws SlaRulesException naming the file, row, column and value of every bad cell
   */
  static List<DrlSource> expand(String vendor, Set<String> levels, List<DrlSource> sources) {
    if (sources.stream().noneMatch(s -> isTable(s.name()))) {
      return sources;
    }
    String pkg =
        sources.stream()
            .filter(s -> !isTable(s.name()))
            .findFirst()
            .map(s -> DrlCompiler.packageOf(s.text()))
            .orElse("");
    List<Problem> problems = new ArrayList<>();
    List<DrlSource> out = new ArrayList<>();
    for (DrlSource s : sources) {
      out.add(isTable(s.name()) ? drl(s, pkg, levels, problems) : s);
    }
    if (!problems.isEmpty()) {
      throw new SlaRulesException(
          "ruleset "
              + vendor
              + ": a table of targets cannot be read ("
              + problems.size()
              + (problems.size() == 1 ? " error)" : " errors)"),
          problems);
    }
    return out;
  }

  /** One row: the line it is on and its cells by column. */
  private record Row(int line, Map<String, String> cells) {
    String cell(String column) {
      return cells.getOrDefault(column, "");
    }
  }

  /** The DRL of a table's rows, each on the line of its row; problems added to {@code out}. */
  static DrlSource drl(DrlSource table, String pkg, Set<String> levels, List<Problem> out) {
    Reader reader = new Reader(table.name(), out);
    List<Row> rows = reader.rows(table.text());
    String file = fileName(table.name());
    StringBuilder drl = new StringBuilder();
    // line 1, the header's (or the first comment's): the package, imports and global
    if (!pkg.isEmpty()) {
      drl.append("package ").append(pkg).append("; ");
    }
    drl.append("import io.github.slakit.core.spi.PolicyFacts; ")
        .append("import io.github.slakit.core.Severity; ")
        .append("import io.github.slakit.core.Deployment; ")
        .append("import io.github.slakit.core.Impact; ")
        .append("import io.github.slakit.core.TimeSpan; ")
        .append("global io.github.slakit.core.spi.PolicyDecision.Builder decision;");
    int line = 1;
    Map<String, Integer> names = new HashMap<>();
    for (Row row : rows) {
      while (line < row.line()) {
        drl.append('\n');
        line++;
      }
      String rule = row.cell("rule").isEmpty() ? file + " row " + row.line() : row.cell("rule");
      Integer earlier = names.putIfAbsent(rule, row.line());
      if (earlier != null) {
        reader.bad(row, "rule", "the rule of row " + earlier + " has this name");
      }
      Optional<String> r = reader.rule(row, rule, levels);
      drl.append(r.orElse(""));
    }
    drl.append('\n');
    return new DrlSource(table.name(), drl.toString());
  }

  private static String fileName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  /** Reads the rows and cells of one table, adding a problem for each bad cell. */
  private static final class Reader {
    private final String file;
    private final List<Problem> problems;
    private List<String> header = List.of();

    Reader(String file, List<Problem> problems) {
      this.file = file;
      this.problems = problems;
    }

    /** A problem at a line and column (0 when it is the whole line) of the table. */
    void at(int line, int column, String message) {
      problems.add(new Problem(file, line, column, "", message));
    }

    void bad(Row row, String column, String message) {
      String value = row.cell(column);
      at(
          row.line(),
          header.indexOf(column) + 1,
          column + ": " + (value.isEmpty() ? "" : quote(value) + " ") + message);
    }

    /**
     * The data rows: after the header, blank lines and lines starting with {@code #} left out,
     * each cell trimmed.
     */
    List<Row> rows(String text) {
      List<Row> rows = new ArrayList<>();
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String l = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
        if (l.isBlank() || l.stripLeading().startsWith("#")) {
          continue;
        }
        int lineNo = i + 1;
        List<String> cells = cells(l, lineNo);
        if (cells == null) {
          continue;
        }
        if (header.isEmpty()) {
          header(cells, lineNo);
          if (header.isEmpty()) {
            return rows;
          }
          continue;
        }
        if (cells.size() != header.size()) {
          at(
              lineNo,
              0,
              "the row has "
                  + cells.size()
                  + " cells where the header has "
                  + header.size()
                  + " columns");
          continue;
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int c = 0; c < cells.size(); c++) {
          byColumn.put(header.get(c), cells.get(c));
        }
        rows.add(new Row(lineNo, byColumn));
      }
      if (header.isEmpty()) {
        at(0, 0, "the table has no header (" + String.join(",", COLUMNS) + ")");
      } else if (rows.isEmpty() && problems.isEmpty()) {
        at(0, 0, "the table has no row");
      }
      return rows;
    }

    private void header(List<String> cells, int line) {
      List<String> columns = new ArrayList<>();
      boolean ok = true;
      for (int c = 0; c < cells.size(); c++) {
        String name = cells.get(c);
        if (!COLUMNS.contains(name)) {
          at(
              line,
              c + 1,
              quote(name)
                  + " is not a column of a table of targets ("
                  + String.join(", ", COLUMNS)
                  + ")");
          ok = false;
        } else if (columns.contains(name)) {
          at(line, c + 1, quote(name) + ": the column is given twice");
          ok = false;
        }
        columns.add(name);
      }
      for (String required : REQUIRED) {
        if (!columns.contains(required)) {
          at(line, 0, "the column " + quote(required) + " is missing");
          ok = false;
        }
      }
      header = ok ? List.copyOf(columns) : List.of();
    }

    /** The cells of a CSV line (RFC 4180 quoting, a cell's quotes doubled), or null if bad. */
    private @Nullable List<String> cells(String line, int lineNo) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      int i = 0;
      while (true) {
        cell.setLength(0);
        while (i < line.length() && line.charAt(i) == ' ') {
          i++;
        }
        if (i < line.length() && line.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= line.length()) {
              at(
                  lineNo,
                  cells.size() + 1,
                  "a quoted cell does not end on its line (a cell holds no line break)");
              return null;
            }
            char ch = line.charAt(i++);
            if (ch == '"') {
              if (i < line.length() && line.charAt(i) == '"') {
                cell.append('"');
                i++;
              } else {
                break;
              }
            } else {
              cell.append(ch);
            }
          }
          while (i < line.length() && line.charAt(i) != ',') {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
              at(
                  lineNo,
                  cells.size() + 1,
                  "text after the closing quote of a cell (double a quote inside a cell)");
              return null;
            }
            i++;
          }
        } else {
          while (i < line.length() && line.charAt(i) != ',') {
            cell.append(line.charAt(i++));
          }
        }
        cells.add(cell.toString().strip());
        if (i >= line.length()) {
          return cells;
        }
        i++; // the comma
      }
    }

    /** The DRL rule of a row, on one line; empty when a cell is bad (its problem added). */
    Optional<String> rule(Row row, String name, Set<String> levels) {
      int before = problems.size();
      StringBuilder when = new StringBuilder();
      String clause = row.cell("clause");
      if (!CLAUSE_ID.matcher(clause).matches()) {
        bad(
            row,
            "clause",
            clause.isEmpty() ? "is required" : "is not a clause id (such as ACME-1)");
      }
      if (!printable(name) || name.contains("\"") || name.contains("\\")) {
        bad(row, "rule", "a rule's name is one line without \" or \\");
      }
      // the level and the case's own facts
      List<String> facts = new ArrayList<>();
      List<String> lv = values(row, "level");
      if (lv.isEmpty() && row.cell("level").isEmpty()) {
        bad(row, "level", "is required (* for any level)");
      }
      for (String l : lv) {
        if (!NAME.matcher(l).matches()) {
          bad(row, "level", "is not a level name");
        } else if (!levels.isEmpty() && !levels.contains(l)) {
          bad(
              row,
              "level",
              (lv.size() == 1 ? "is" : "names " + quote(l) + ",")
                  + " not a level of the vendor "
                  + levels);
        }
      }
      if (!lv.isEmpty()) {
        facts.add(or("level == ", lv.stream().map(TargetTable::quote).toList()));
      }
      bool(row, "production").ifPresent(b -> facts.add(b ? "production" : "production == false"));
      bool(row, "workaround").ifPresent(b -> facts.add(b ? "workaround" : "workaround == false"));
      when.append("PolicyFacts( ").append(String.join(", ", facts)).append(" ) ");
      List<String> severities = values(row, "severity");
      for (String s : severities) {
        if (!s.matches("[1-4]")) {
          bad(row, "severity", "is not a severity (1..4, several as 1|2, * for any)");
        }
      }
      if (!severities.isEmpty()) {
        when.append("Severity( ").append(or("level == ", severities)).append(" ) ");
      }
      fact(row, "deployment", Arrays.stream(Deployment.values()).map(Enum::name).toList(), when);
      fact(row, "impact", Arrays.stream(Impact.values()).map(Enum::name).toList(), when);
      // what the row decides
      StringBuilder then = new StringBuilder();
      String metric = row.cell("metric").isEmpty() ? Metrics.INITIAL_RESPONSE : row.cell("metric");
      if (!CODE.matcher(metric).matches()) {
        bad(row, "metric", "is not a metric's name (such as INITIAL_RESPONSE)");
      }
      span(row)
          .ifPresentOrElse(
              span ->
                  then.append("decision.target(").append(quote(metric)).append(", ").append(span),
              () -> then.append("decision.noTarget(").append(quote(metric)));
      then.append("); ");
      String code = row.cell("warning");
      String message = row.cell("message");
      if (!code.isEmpty() || !message.isEmpty()) {
        if (!CODE.matcher(code).matches()) {
          bad(
              row,
              "warning",
              code.isEmpty()
                  ? "is required with a message"
                  : "is not a code (such as NO_PUBLISHED_TARGET)");
        } else if (message.isEmpty() || !printable(message)) {
          bad(
              row,
              "message",
              message.isEmpty() ? "is required with a warning" : "is one line of text");
        }
        then.append("decision.warning(")
            .append(quote(code))
            .append(", ")
            .append(quote(message))
            .append("); ");
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      return Optional.of(
          "rule "
              + quote(name)
              + " @clause("
              + quote(clause)
              + ") salience "
              + SALIENCE
              + " when "
              + when
              + "then "
              + then
              + "end");
    }

    /**
     * A fact of the case (deployment, impact): any value, {@code none} for a case that states
     * none, or several of these ({@code SELF_MANAGED|none}).
     */
    private void fact(Row row, String column, List<String> known, StringBuilder when) {
      String type = Character.toUpperCase(column.charAt(0)) + column.substring(1);
      List<String> v = new ArrayList<>(values(row, column));
      for (String s : v) {
        if (!known.contains(s) && !s.equals("none")) {
          bad(
              row,
              column,
              "is not " + String.join(", ", known) + " or none (several as A|B, * for any)");
          return;
        }
      }
      if (v.remove("none")) {
        // absent, or one of the others: no fact of another value
        when.append("not ").append(type).append("( ");
        when.append(String.join(" && ", v.stream().map(s -> "this != " + type + "." + s).toList()));
        when.append(" ) ");
      } else if (!v.isEmpty()) {
        when.append(type)
            .append("( ")
            .append(or("this == ", v.stream().map(s -> type + "." + s).toList()))
            .append(" ) ");
      }
    }

    private Optional<Boolean> bool(Row row, String column) {
      String cell = row.cell(column);
      if (cell.isEmpty() || cell.equals("*")) {
        return Optional.empty();
      }
      if (cell.equals("true") || cell.equals("false")) {
        return Optional.of(cell.equals("true"));
      }
      bad(row, column, "is not true, false or * (any)");
      return Optional.empty();
    }

    /** The Java of the row's span; empty for {@code none} (no published target). */
    private Optional<String> span(Row row) {
      String amount = row.cell("amount");
      String clock = row.cell("clock");
      String calendar = row.cell("calendar");
      if (amount.equals("none")) {
        if (!clock.isEmpty()) {
          bad(row, "clock", "is for an amount, and the amount is none");
        }
        if (!calendar.isEmpty()) {
          bad(row, "calendar", "is for an amount, and the amount is none");
        }
        return Optional.empty();
      }
      Optional<ClockKind> kind = ClockKind.ofJson(clock);
      if (kind.isEmpty()) {
        bad(
            row,
            "clock",
            clock.isEmpty()
                ? "is required with an amount (24x7, business-hours or business-days)"
                : "is not 24x7, business-hours or business-days");
        return Optional.of("");
      }
      String on = "";
      if (!calendar.isEmpty()) {
        if (kind.get() == ClockKind.ELAPSED) {
          bad(row, "calendar", "24x7 time has no calendar");
        } else if (!NAME.matcher(calendar).matches()) {
          bad(row, "calendar", "is not a calendar id");
        }
        on = ".on(" + quote(calendar) + ")";
      }
      if (amount.isEmpty()) {
        bad(row, "amount", "is required (PT4H, P2D for business days, or none)");
        return Optional.of("");
      }
      if (kind.get() == ClockKind.BUSINESS_DAYS) {
        Matcher m = DAYS.matcher(amount);
        if (!m.matches()) {
          bad(row, "amount", "is not a number of business days (P2D)");
          return Optional.of("");
        }
        return Optional.of("TimeSpan.businessDays(" + Integer.parseInt(m.group(1)) + ")" + on);
      }
      Duration d;
      try {
        d = Duration.parse(amount);
      } catch (DateTimeParseException e) {
        bad(row, "amount", "is not an ISO-8601 duration (PT30M, PT4H)");
        return Optional.of("");
      }
      if (d.isNegative() || d.getNano() != 0) {
        bad(row, "amount", "is not a whole number of seconds, zero or more");
        return Optional.of("");
      }
      String duration = "java.time.Duration.ofSeconds(" + d.getSeconds() + "L)";
      return Optional.of(
          kind.get() == ClockKind.ELAPSED
              ? "TimeSpan.elapsed(" + duration + ")"
              : "new TimeSpan(io.github.slakit.core.ClockKind.BUSINESS_HOURS, "
                  + duration
                  + ", 0, java.util.Optional.empty())"
                  + on);
    }

    /** The values of a cell: none for empty or {@code *}, else its {@code |}-separated parts. */
    private List<String> values(Row row, String column) {
      String cell = row.cell(column);
      if (cell.isEmpty() || cell.equals("*")) {
        return List.of();
      }
      return Arrays.stream(cell.split("\\|", -1)).map(String::strip).toList();
    }
  }

  private static String or(String lhs, List<String> values) {
    return String.join(" || ", values.stream().map(v -> lhs + v).toList());
  }

  private static boolean printable(String s) {
    return s.chars().noneMatch(Character::isISOControl);
  }

  /** A Java and DRL string literal of text without control characters. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
