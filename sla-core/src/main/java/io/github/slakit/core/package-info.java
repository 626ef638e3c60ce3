/**
 * The model (case, subscription, decision), the ruleset interface, the JSON contract and the
 * engine. Every type is immutable and thread-safe unless it is a builder. Nothing here accepts or
 * returns null unless it says so: absent values are {@link java.util.Optional} or empty lists.
 */
@NullMarked
package io.github.slakit.core;

import org.jspecify.annotations.NullMarked;
