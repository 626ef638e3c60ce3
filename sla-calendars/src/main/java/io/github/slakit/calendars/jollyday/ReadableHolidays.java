package io.github.slakit.calendars.jollyday;

import de.focus_shift.jollyday.core.spi.ChristianHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.EthiopianOrthodoxHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedWeekdayBetweenFixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedWeekdayInMonthHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedWeekdayRelativeToFixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayConfigurations;
import de.focus_shift.jollyday.core.spi.IslamicHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.RelativeToEasterSundayHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.RelativeToFixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.RelativeToWeekdayInMonthHolidayConfiguration;
import java.util.List;

/**
 * The holidays of a jollyday configuration, delegating every call. jollyday-core calls each
 * declared method that returns a {@code List<X>} and picks the parser for {@code X}: this class
 * must declare exactly the ten methods of {@link HolidayConfigurations} and nothing else of that
 * shape.
 */
public final class ReadableHolidays implements HolidayConfigurations {

  private final HolidayConfigurations delegate;

  ReadableHolidays(HolidayConfigurations delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<FixedHolidayConfiguration> fixed() {
    return delegate.fixed();
  }

  @Override
  public List<RelativeToFixedHolidayConfiguration> relativeToFixed() {
    return delegate.relativeToFixed();
  }

  @Override
  public List<RelativeToWeekdayInMonthHolidayConfiguration> relativeToWeekdayInMonth() {
    return delegate.relativeToWeekdayInMonth();
  }

  @Override
  public List<FixedWeekdayInMonthHolidayConfiguration> fixedWeekdays() {
    return delegate.fixedWeekdays();
  }

  @Override
  public List<ChristianHolidayConfiguration> christianHolidays() {
    return delegate.christianHolidays();
  }

  @Override
  public List<IslamicHolidayConfiguration> islamicHolidays() {
    return delegate.islamicHolidays();
  }

  @Override
  public List<FixedWeekdayBetweenFixedHolidayConfiguration> fixedWeekdayBetweenFixed() {
    return delegate.fixedWeekdayBetweenFixed();
  }

  @Override
  public List<FixedWeekdayRelativeToFixedHolidayConfiguration> fixedWeekdayRelativeToFixed() {
    return delegate.fixedWeekdayRelativeToFixed();
  }

  @Override
  public List<EthiopianOrthodoxHolidayConfiguration> ethiopianOrthodoxHolidays() {
    return delegate.ethiopianOrthodoxHolidays();
  }

  @Override
  public List<RelativeToEasterSundayHolidayConfiguration> relativeToEasterSunday() {
    return delegate.relativeToEasterSunday();
  }
}
