package io.github.slakit.core;

/** The business impact a case reports (docs/JSON.md, case {@code impact}). */
public enum Impact {
  /** Production down or stopped. */
  OUTAGE,
  /** Works, but impaired or at reduced capacity. */
  DEGRADED,
  /** Some functions fail (a backup, an install), most still work. */
  PARTIAL_FAILURE,
  /** Slow: backup/restore or query performance. */
  PERFORMANCE,
  /** No functional problem: a question. */
  QUESTION
}
