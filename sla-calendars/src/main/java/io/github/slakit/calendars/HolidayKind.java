package io.github.slakit.calendars;

/** How a public holiday's date is determined. */
public enum HolidayKind {
  /** The same Gregorian date every year (1 January, 15 August). */
  FIXED,
  /**
   * A date of a lunar or lunisolar calendar (Seollal, Chuseok, Buddha's Birthday: docs/POLICIES.md
   * KR-2; the Islamic holidays of the countries from jollyday).
   */
  LUNAR,
  /**
   * A date computed by a rule: Easter-based (FR, CZ), the n-th weekday of a month (US), an
   * equinox (JP), a holiday moved to a Monday (CO).
   */
  MOVABLE,
  /**
   * A day off given because a holiday fell on a weekend or on another holiday (KR-3, US and GB
   * observance, JP substitute holidays), or a day between two holidays (JP citizens' holiday).
   */
  SUBSTITUTE,
  /** A day declared by decree: elections, temporary holidays (KR-4). Shipped as dated data. */
  DECLARED,
  /** A date added by a contract or a calendar file (company closure). */
  CUSTOM
}
