package io.github.slakit.core;

/** Where one cycle of a metric's clock stands at the moment asked (LIFE-5). */
public enum MetricState {
  /** Counting, before its deadline. */
  RUNNING,
  /** Stopped by a pause that lasts at the moment asked, before its deadline. */
  PAUSED,
  /** Stopped by its own event at or before its deadline. */
  MET,
  /** The moment asked, or the stop, is strictly after a deadline in force. */
  BREACHED,
  /** Ended without its own stop event before its deadline, or a cycle with no target. */
  STOPPED
}
