/** Plumbing shared by slakit's modules; not part of the API, exported to them only. */
@NullMarked
package io.github.slakit.calendars.internal;

import org.jspecify.annotations.NullMarked;
