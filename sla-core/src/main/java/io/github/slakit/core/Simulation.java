package io.github.slakit.core;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.DecisionChanges.Change;
import io.github.slakit.core.DecisionChanges.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A change of rules tried on past cases before it is made: each case is decided by an engine with
 * the rules as they are and by one with the rules as they would be, and {@link DecisionChanges}
 * says what a reader of the decisions would see change. A {@link Report} counts the changes of
 * many cases by kind and keeps the first examples of each, in memory that does not grow with the
 * number of cases.
 *
 * <pre>{@code
 * Simulation simulation = new Simulation(engineNow, engineWithTheChange);
 * Simulation.Report report = new Simulation.Report(5);
 * long line = 0;
 * for (SlaJson.Request r : requests) {
 *   report.add(++line, simulation.compare(r.supportCase(), r.subscription()));
 * }
 * report.count(DecisionChanges.Kind.DEADLINE_LATER);
 * }</pre>
 *
 * @param before the engine with the rules as they are
 * @param after the engine with the rules as they would be
 */
public record Simulation(SlaEngine before, SlaEngine after) {
  /**
   * Checks the engines.
   *
   * @param before the engine with the rules as they are
   * @param after the engine with the rules as they would be
   * @throws NullPointerException when an engine is null
   */
  public Simulation {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * What a case's decision would become.
   *
   * @param caseId the case's id
   * @param changes what changes, empty when nothing a reader sees does
   */
  public record Outcome(String caseId, List<Change> changes) {
    /**
     * Copies the changes.
     *
     * @param caseId the case's id
     * @param changes what changes
     */
    public Outcome {
      Objects.requireNonNull(caseId, "caseId");
      changes = List.copyOf(changes);
    }
  }

  /**
   * Decides a case under both engines and compares the decisions.
   *
   * @param supportCase the case
   * @param subscription its subscription
   * @return the changes from the first decision to the second
   * @throws SlaInputException as {@link SlaEngine#evaluate} does, from either engine, its message
   *     starting with {@code before: } or {@code after: }
   * @throws SlaRulesException likewise, when the rules of either engine fail
   */
  public Outcome compare(SupportCase supportCase, Subscription subscription) {
    Decision a = side("before", before, supportCase, subscription);
    Decision b = side("after", after, supportCase, subscription);
    return new Outcome(supportCase.id(), DecisionChanges.between(a, b));
  }

  private static Decision side(
      String side, SlaEngine engine, SupportCase supportCase, Subscription subscription) {
    try {
      return engine.evaluate(supportCase, subscription);
    } catch (SlaRulesException e) {
      String message = String.valueOf(e.getMessage());
      int end = message.indexOf(System.lineSeparator());
      throw new SlaRulesException(
          side + ": " + (end < 0 ? message : message.substring(0, end)), e.problems(), e);
    } catch (SlaInputException e) {
      throw new SlaInputException(side + ": " + e.getMessage(), e);
    }
  }

  /**
   * The changes of many cases: how many lines changed, did not, or could not be compared; how
   * many changes of each kind; the first examples of each kind and the first error lines. Not
   * thread-safe: add the lines from one thread, in order.
   */
  public static final class Report {
    /**
     * One example of a change.
     *
     * @param line the line (or number) of the case in its batch
     * @param caseId the case's id
     * @param change the change
     */
    public record Example(long line, String caseId, Change change) {}

    /**
     * A line that could not be compared.
     *
     * @param line its line
     * @param error why, as the batch's error line says
     */
    public record ErrorLine(long line, String error) {}

    private final int examples;
    private final long[] counts = new long[Kind.values().length];
    private final List<List<Example>> firsts = new ArrayList<>();
    private final List<ErrorLine> errors = new ArrayList<>();
    private long changed;
    private long unchanged;
    private long errorLines;

    /**
     * An empty report.
     *
     * @param examples how many examples of each kind (and error lines) to keep, 0 or more
     * @throws IllegalArgumentException when negative
     */
    public Report(int examples) {
      if (examples < 0) {
        throw new IllegalArgumentException("examples must not be negative: " + examples);
      }
      this.examples = examples;
      for (int k = 0; k < counts.length; k++) {
        firsts.add(new ArrayList<>());
      }
    }

    /**
     * Adds a compared line.
     *
     * @param line its line in the batch
     * @param outcome what changed
     */
    public void add(long line, Outcome outcome) {
      if (outcome.changes().isEmpty()) {
        unchanged++;
        return;
      }
      changed++;
      for (Change c : outcome.changes()) {
        counts[c.kind().ordinal()]++;
        List<Example> first = firsts.get(c.kind().ordinal());
        if (first.size() < examples) {
          first.add(new Example(line, outcome.caseId(), c));
        }
      }
    }

    /**
     * Adds a line that could not be compared.
     *
     * @param line its line in the batch
     * @param error why
     */
    public void error(long line, String error) {
      errorLines++;
      if (errors.size() < examples) {
        errors.add(new ErrorLine(line, error));
      }
    }

    /** {@return the lines whose decisions change} */
    public long changed() {
      return changed;
    }

    /** {@return the lines whose decisions do not change} */
    public long unchanged() {
      return unchanged;
    }

    /** {@return the lines that could not be compared} */
    public long errorLines() {
      return errorLines;
    }

    /**
     * The changes of a kind, over every line.
     *
     * @param kind the kind
     * @return how many
     */
    public long count(Kind kind) {
      return counts[kind.ordinal()];
    }

    /**
     * The first examples of a kind, in line order.
     *
     * @param kind the kind
     * @return at most the number of examples asked
     */
    public List<Example> examples(Kind kind) {
      return List.copyOf(firsts.get(kind.ordinal()));
    }

    /** {@return the first lines that could not be compared, in line order} */
    public List<ErrorLine> errors() {
      return List.copyOf(errors);
    }

    /**
     * The report as text, for a person: the counts, then each kind that changed with its
     * examples, then the first error lines.
     *
     * @param name what the lines are called ({@code cases.jsonl})
     * @return lines of text, each ending in a line break
     */
    public String text(String name) {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "%s: %,d lines: %,d changed, %,d unchanged, %,d error lines%n",
              name,
              changed + unchanged + errorLines,
              changed,
              unchanged,
              errorLines));
      for (Kind k : Kind.values()) {
        if (count(k) == 0) {
          continue;
        }
        sb.append(String.format(Locale.ROOT, "%s: %,d%n", k, count(k)));
        for (Example e : firsts.get(k.ordinal())) {
          Change c = e.change();
          sb.append(
              String.format(
                  Locale.ROOT,
                  "  line %d, case %s: %s: %s -> %s%n",
                  e.line(),
                  e.caseId(),
                  c.what(),
                  c.before(),
                  c.after()));
        }
      }
      if (errorLines > 0) {
        sb.append(String.format(Locale.ROOT, "error lines: %,d%n", errorLines));
        for (ErrorLine e : errors) {
          sb.append("  ").append(e.error()).append(System.lineSeparator());
        }
      }
      return sb.toString().replace(System.lineSeparator(), "\n");
    }

    /**
     * The report as JSON (docs/JSON.md, "Simulation report").
     *
     * @return one JSON object, on one line
     */
    public String json() {
      JsonNodeFactory f = JsonNodeFactory.instance;
      ObjectNode root = f.objectNode();
      root.put("lines", changed + unchanged + errorLines);
      root.put("changed", changed);
      root.put("unchanged", unchanged);
      root.put("errorLines", errorLines);
      ObjectNode byKind = root.putObject("changes");
      ObjectNode ex = root.putObject("examples");
      for (Kind k : Kind.values()) {
        byKind.put(k.name(), count(k));
        ArrayNode list = ex.putArray(k.name());
        for (Example e : firsts.get(k.ordinal())) {
          list.addObject()
              .put("line", e.line())
              .put("caseId", e.caseId())
              .put("what", e.change().what())
              .put("before", e.change().before())
              .put("after", e.change().after());
        }
      }
      ArrayNode errs = root.putArray("errors");
      for (ErrorLine e : errors) {
        errs.addObject().put("line", e.line()).put("error", e.error());
      }
      return root.toString();
    }
  }
}
