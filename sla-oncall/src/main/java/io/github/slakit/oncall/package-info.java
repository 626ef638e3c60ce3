/**
 * On-call schedules and escalation policies (docs/ONCALL.md, ONCALL-1..ONCALL-4). Every type is
 * immutable and thread-safe unless it is a builder; nothing reads a clock: every instant comes
 * from the caller. Nothing here accepts or returns null unless it says so: absent values are
 * {@link java.util.Optional} or empty lists.
 */
@NullMarked
package io.github.slakit.oncall;

import org.jspecify.annotations.NullMarked;
