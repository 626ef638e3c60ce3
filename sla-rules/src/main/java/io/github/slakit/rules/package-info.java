/**
 * The way to vendor rulesets ({@link io.github.slakit.rules.Rulesets}): the built-in vendors, each
 * a folder of DRL, calendars, levels and clauses, and your own loaded the same way. Nothing here
 * accepts or returns null unless it says so.
 */
@NullMarked
package io.github.slakit.rules;

import org.jspecify.annotations.NullMarked;
