package io.github.slakit.flink;

import java.time.Instant;
import java.util.Objects;

/**
 * A status request line that was read without error: the case it belongs to (the key) and its
 * moment (the event time), with the line's text, which the keyed step reads again.
 *
 * <p>A record of strings, a number and an instant: Flink serializes it without Kryo.
 *
 * @param source the file name or topic the line came from
 * @param line the line's number in the source
 * @param caseId the case's id, the key
 * @param at the request's moment, the record's event time
 * @param text the line's text
 */
public record CaseLine(String source, long line, String caseId, Instant at, String text) {
  /**
   * Checks the line.
   *
   * @param source the file name or topic
   * @param line the line's number
   * @param caseId the case's id
   * @param at the request's moment
   * @param text the line's text
   */
  public CaseLine {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
  }

  /** {@return {@code source:line}, as error messages name the line} */
  public String where() {
    return source + ":" + line;
  }
}
