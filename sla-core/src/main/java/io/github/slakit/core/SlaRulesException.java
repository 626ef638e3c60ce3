package io.github.slakit.core;

import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * A ruleset that does not compile, or whose rules fail while evaluating a case. {@link
 * #problems()} lists each problem with its file, line and column where known; the message lists
 * them all, one a line.
 */
public class SlaRulesException extends SlaException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public SlaRulesException(String summary, List<Problem> problems) {
    this(summary, problems, null);
  }

  public SlaRulesException(String summary, List<Problem> problems, @Nullable Throwable cause) {
    super(message(summary, problems), cause);
    this.problems = List.copyOf(problems);
  }

  private static String message(String summary, List<Problem> problems) {
    StringBuilder sb = new StringBuilder(summary);
    for (Problem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }

  /** The problems, in the order found; never empty when built by slakit. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * One problem of a ruleset.
   *
   * @param file the DRL file (or resource) it is in, {@code ""} when unknown
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param rule the rule's name for failures while evaluating, {@code ""} otherwise
   * @param message what is wrong
   */
  public record Problem(String file, int line, int column, String rule, String message) {
    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(message, "message");
    }

    /**
     * {@code file:line:column: message}, {@code file: rule "name": message}, or, where no file is
     * known, {@code rule "name": message} or the message alone.
     */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(file);
      if (line > 0) {
        sb.append(file.isEmpty() ? "line " : ":").append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      if (sb.length() > 0) {
        sb.append(": ");
      }
      if (!rule.isEmpty()) {
        sb.append("rule \"").append(rule).append("\": ");
      }
      return sb.append(message).toString();
    }
  }
}
