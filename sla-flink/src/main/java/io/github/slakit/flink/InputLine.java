package io.github.slakit.flink;

import java.util.Objects;

/**
 * One line of a JSON Lines input, with where it came from, so that an error names it as {@code
 * status --batch} does ({@code statuses.jsonl:3: ...}).
 *
 * <p>A record of strings and a number: Flink serializes it without Kryo.
 *
 * @param source the file name or topic the line came from
 * @param line the line's number in the source, from 1 (or a Kafka offset)
 * @param text the line's text, without its end of line
 * @param problem why the line could not be read as text (not UTF-8, too long), or {@code ""}
 */
public record InputLine(String source, long line, String text, String problem) {
  /**
   * Checks the line.
   *
   * @param source the file name or topic the line came from
   * @param line the line's number
   * @param text the line's text
   * @param problem why the line could not be read, or {@code ""}
   */
  public InputLine {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(problem, "problem");
  }

  /**
   * A line read as text.
   *
   * @param source the file name or topic the line came from
   * @param line the line's number
   * @param text the line's text
   * @return the line
   */
  public static InputLine of(String source, long line, String text) {
    return new InputLine(source, line, text, "");
  }

  /** {@return {@code source:line}, as error messages name the line} */
  public String where() {
    return source + ":" + line;
  }
}
