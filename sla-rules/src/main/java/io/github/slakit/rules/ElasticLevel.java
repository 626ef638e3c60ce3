package io.github.slakit.rules;

/** Elastic support levels (ELASTIC-1); inserted as a fact for the Elastic rules. */
public enum ElasticLevel {
  ENTERPRISE,
  PLATINUM,
  GOLD,
  DEVELOPMENT,
  /** Legacy, online-only. */
  SILVER,
  /** Elastic Cloud Standard. */
  STANDARD_CLOUD,
  STANDARD_SWIFTYPE
}
