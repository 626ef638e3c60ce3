/**
 * What ruleset authors implement against: the facts a {@link io.github.slakit.core.Ruleset}
 * decides from ({@link io.github.slakit.core.spi.PolicyFacts}) and what it decides ({@link
 * io.github.slakit.core.spi.PolicyDecision}, filled through its builder). Users of the engine
 * need none of it. Immutable and thread-safe unless a builder.
 */
@NullMarked
package io.github.slakit.core.spi;

import org.jspecify.annotations.NullMarked;
