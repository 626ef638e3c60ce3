/**
 * Business time: weekly hours, overnight windows, date overrides, breaks and holidays (KR, FR, US,
 * CZ), exact across daylight saving. The front door is
 * {@link io.github.slakit.calendars.BusinessCalendar}.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module io.github.slakit.calendars {
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.slakit.calendars;
  exports io.github.slakit.calendars.internal to io.github.slakit.core;
}
