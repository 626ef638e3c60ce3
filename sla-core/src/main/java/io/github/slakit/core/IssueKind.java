package io.github.slakit.core;

/** The kind of issue that chooses an escalation path (VEEAM-8). */
public enum IssueKind {
  /** Installation, configuration, backup or restore problems (VEEAM-9 path). */
  GENERAL,
  /** A production server, database or VM stopped (VEEAM-10 path). */
  SEVERE,
  /** A customer in a PoC, before acceptance, or with an expansion planned (VEEAM-10 path). */
  SALES_DEAL
}
