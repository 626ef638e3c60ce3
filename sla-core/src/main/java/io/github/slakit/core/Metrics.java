package io.github.slakit.core;

/**
 * The names of the metrics the built-in rulesets and the engine know. A metric is a string so that
 * a custom ruleset can add its own ({@code "ONSITE_ARRIVAL"}); use these constants for the
 * built-in ones rather than spelling them.
 */
public final class Metrics {
  private Metrics() {}

  /** The first response to a case: every built-in ruleset sets its target. */
  public static final String INITIAL_RESPONSE = "INITIAL_RESPONSE";
}
