package io.github.slakit.oncall;

import java.util.Objects;

/**
 * Who is on call at a moment, and which layer or override says so.
 *
 * @param person who is on call
 * @param source the layer or override the answer comes from
 */
public record OnCall(String person, Source source) {
  /**
   * Checks the answer.
   *
   * @param person who is on call
   * @param source the layer or override the answer comes from
   */
  public OnCall {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(source, "source");
  }
}
