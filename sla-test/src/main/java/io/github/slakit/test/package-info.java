/**
 * A test kit for ruleset authors. {@link io.github.slakit.test.Verify} runs one rule, or a whole
 * ruleset, on facts built with {@link io.github.slakit.test.Given} and asserts what it decided;
 * {@link io.github.slakit.test.Evaluate} runs cases through the engine with real calendars; {@link
 * io.github.slakit.test.Scenarios} runs a folder of scenarios (case, subscription, events and the
 * expected decision or status as JSON) as JUnit 5 dynamic tests, a failure naming each JSON field
 * that differs with both values. Failures are {@link org.opentest4j.AssertionFailedError}s, which
 * every JUnit 5 runner reports. Nothing here accepts or returns null unless it says so.
 */
@NullMarked
package io.github.slakit.test;

import org.jspecify.annotations.NullMarked;
