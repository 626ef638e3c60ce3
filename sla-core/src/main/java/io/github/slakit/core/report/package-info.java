/**
 * Reports over many cases' statuses (docs/REPORTS.md): SLA compliance per vendor, level, severity
 * and month ({@link io.github.slakit.core.report.Compliance}, {@link
 * io.github.slakit.core.report.ComplianceReport}) and a status feed of components and incidents in
 * the shape of a public status page ({@link io.github.slakit.core.report.StatusFeed}). Both take
 * one case at a time and keep fixed-size figures per group or component, so they run over a
 * stream of any length. Results are immutable and thread-safe; the collectors are thread-safe.
 */
@NullMarked
package io.github.slakit.core.report;

import org.jspecify.annotations.NullMarked;
