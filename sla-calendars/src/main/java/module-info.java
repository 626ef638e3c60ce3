/**
 * Business time: weekly hours, overnight windows, date overrides, breaks and public holidays (our
 * own KR, FR, US and CZ sets; every other country and its regions from jollyday), exact across
 * daylight saving. The front door is {@link io.github.slakit.calendars.BusinessCalendar}.
 */
// "module": the qualified export names a module built after this one. "requires-automatic":
// biweekly (the iCalendar reader) ships no module descriptor, only an Automatic-Module-Name.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.slakit.calendars {
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;
  // Holidays of the countries we have no set of our own for. jollyday-core finds its XML binding
  // (jollyday-jaxb, a run-time dependency) through ServiceLoader; no type of jollyday's is in our
  // API.
  requires de.focus_shift.jollyday.core;
  requires net.sf.biweekly;

  exports io.github.slakit.calendars;
  exports io.github.slakit.calendars.internal to
      io.github.slakit.core,
      io.github.slakit.rules,
      io.github.slakit.oncall;
  // A shim jollyday-core reflects on; without it jollyday fails on the module path (see there).
  exports io.github.slakit.calendars.jollyday to
      de.focus_shift.jollyday.core;
}
