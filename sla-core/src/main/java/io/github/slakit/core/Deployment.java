package io.github.slakit.core;

/** Where the supported product runs (Elastic: Elastic Cloud or self-managed). */
public enum Deployment {
  CLOUD,
  SELF_MANAGED
}
