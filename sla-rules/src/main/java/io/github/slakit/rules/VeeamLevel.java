package io.github.slakit.rules;

/** Veeam Korea support programs (VEEAM-1); inserted as a fact for the Veeam rules. */
public enum VeeamLevel {
  /** Production renewal: 24/7/365. */
  PRODUCTION,
  /** Basic renewal: Korean business hours. */
  BASIC
}
