package io.github.slakit.core;

/** Where the supported product runs (Elastic: Elastic Cloud or self-managed). */
public enum Deployment {
  /** Run by the vendor as a service (Elastic Cloud). */
  CLOUD,
  /** Run by the customer, on premises or in their own cloud account. */
  SELF_MANAGED
}
