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

  /**
   * A response to the oldest unanswered customer reply after the first response (LIFE-4): its
   * target is the response target unless the rules set one.
   */
  public static final String NEXT_RESPONSE = "NEXT_RESPONSE";

  /** The resolution of a case, a new cycle at each reopen (LIFE-4). */
  public static final String RESOLUTION = "RESOLUTION";

  /**
   * A public update to the customer at least every N hours while the case is open (UPDATE-1): a
   * metric a ruleset declares; each agent response restarts it.
   */
  public static final String CUSTOMER_UPDATE = "CUSTOMER_UPDATE";
}
