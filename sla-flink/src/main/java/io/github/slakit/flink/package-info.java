/**
 * slakit's case lifecycle as an Apache Flink job (docs/FLINK.md): status requests in as JSON Lines,
 * keyed by case; the case, its subscription and its events in Flink keyed state; one event-time
 * timer per instant an alarm is due; alarms out once each with an idempotency key. Every answer is
 * {@link io.github.slakit.core.CaseClocks}'s, so {@link io.github.slakit.core.SlaEngine#status}'s:
 * nothing here computes business time. The front door is {@link io.github.slakit.flink.SlaJob}.
 */
@NullMarked
package io.github.slakit.flink;

import org.jspecify.annotations.NullMarked;
