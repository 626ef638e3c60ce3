/**
 * A shim between jollyday's core and its XML binding, so that jollyday works on the module path;
 * not part of the API, exported to {@code de.focus_shift.jollyday.core} only.
 *
 * <p>jollyday-core 2.19.0 finds the holiday parsers by reflecting on the class of the
 * configuration that its XML binding (jollyday-jaxb) returns, and invokes that class's methods.
 * That class lies in a package jollyday-jaxb's module does not export, so on the module path the
 * call fails with an {@link IllegalAccessException} ("Cannot create parsers."). Wrapping the
 * configuration in the classes here, in a package exported to jollyday-core, gives it a class it
 * may reflect on; every method delegates. On the class path the wrapper changes nothing.
 */
@NullMarked
package io.github.slakit.calendars.jollyday;

import org.jspecify.annotations.NullMarked;
