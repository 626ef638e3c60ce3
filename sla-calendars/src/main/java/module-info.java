/**
 * Business time: weekly hours, overnight windows, date overrides, breaks and holidays (KR, FR, US,
 * CZ), exact across daylight saving. The front door is
 * {@link io.github.slakit.calendars.BusinessCalendar}.
 */
// "module": the qualified export names a module built after this one. "requires-automatic":
// biweekly (the iCalendar reader) ships no module descriptor, only an Automatic-Module-Name.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.slakit.calendars {
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;
  requires net.sf.biweekly;

  exports io.github.slakit.calendars;
  exports io.github.slakit.calendars.internal to io.github.slakit.core;
}
