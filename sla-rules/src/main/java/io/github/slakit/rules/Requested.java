package io.github.slakit.rules;

/**
 * Fact: the severity the case requested, inserted only when it did.
 *
 * @param severity 1..4
 */
public record Requested(int severity) {}
