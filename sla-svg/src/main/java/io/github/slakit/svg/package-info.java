/**
 * A case's SLA timeline as a picture: {@link io.github.slakit.svg.TimelineSvg} draws a status or a
 * decision, with its calendar, events, pauses, deadlines, alarms, escalation steps and on-call
 * shifts, as an SVG document (docs/TIMELINE.md); {@link io.github.slakit.svg.ComplianceSvg} draws a
 * compliance report's bars (docs/REPORTS.md). Every type is immutable and thread-safe; nothing
 * reads a clock; nothing accepts or returns null.
 */
@NullMarked
package io.github.slakit.svg;

import org.jspecify.annotations.NullMarked;
