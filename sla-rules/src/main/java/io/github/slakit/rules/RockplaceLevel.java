package io.github.slakit.rules;

/** rockPLACE Support Carepack levels (ROCKPLACE-1); inserted as a fact for the rockPLACE rules. */
public enum RockplaceLevel {
  PREMIUM,
  STANDARD_PLUS,
  STANDARD,
  /** The source's fourth column, headed "Standard" again (ROCKPLACE-1 Reading). */
  BASIC
}
