package io.github.slakit.core;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A ruleset that does not compile, or whose rules fail while evaluating a case. {@link
 * #problems()} lists each problem with its file, line and column where known; the message lists
 * them all, one a line.
 */
public class SlaRulesException extends SlaException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found; serialized by {@code writeObject} as their fields. */
  private transient List<Problem> problems;

  /**
   * A ruleset failure with no underlying cause.
   *
   * @param summary the first line of the message ({@code ruleset acme does not compile (2
   *     errors)})
   * @param problems what is wrong, each listed on a line of its own after the summary
   */
  public SlaRulesException(String summary, List<Problem> problems) {
    this(summary, problems, null);
  }

  /**
   * A ruleset failure caused by another exception (a failing consequence, say).
   *
   * @param summary the first line of the message
   * @param problems what is wrong, each listed on a line of its own after the summary
   * @param cause the underlying exception, or null when there is none
   */
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

  /**
   * Writes the exception's fields, then the problems.
   *
   * @param out the stream
   * @throws IOException when the stream fails
   * @serialData the number of problems (an {@code int}), then each problem's file ({@code
   *     String}), line and column ({@code int}s), rule and message ({@code String}s)
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeInt(problems.size());
    for (Problem p : problems) {
      out.writeObject(p.file());
      out.writeInt(p.line());
      out.writeInt(p.column());
      out.writeObject(p.rule());
      out.writeObject(p.message());
    }
  }

  /**
   * Reads what {@code writeObject} wrote.
   *
   * @param in the stream
   * @throws IOException when the stream fails or holds no problems as written
   * @throws ClassNotFoundException when a class of the stream is unknown
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    int n = in.readInt();
    if (n < 0 || n > 1_000_000) {
      throw new InvalidObjectException("problems: " + n + " is not a count of problems");
    }
    List<Problem> read = new ArrayList<>(Math.min(n, 1024));
    for (int i = 0; i < n; i++) {
      String file = string(in.readObject(), "file");
      int line = in.readInt();
      int column = in.readInt();
      read.add(
          new Problem(
              file,
              line,
              column,
              string(in.readObject(), "rule"),
              string(in.readObject(), "message")));
    }
    problems = List.copyOf(read);
  }

  private static String string(@Nullable Object o, String field) throws InvalidObjectException {
    if (o instanceof String s) {
      return s;
    }
    throw new InvalidObjectException("problems: " + field + " is not a string");
  }

  /** {@return the problems, in the order found: unmodifiable, never empty when built by slakit} */
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
    /**
     * Checks the components.
     *
     * @param file the DRL file (or resource) it is in, {@code ""} when unknown
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param rule the rule's name for failures while evaluating, {@code ""} otherwise
     * @param message what is wrong
     * @throws NullPointerException when the file, rule or message is null
     */
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
