package io.github.slakit.calendars.jollyday;

import de.focus_shift.jollyday.core.spi.HolidayCalendarConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayCalendarConfigurationService;
import de.focus_shift.jollyday.core.spi.HolidayConfigurations;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A jollyday calendar configuration whose {@link #holidays()} jollyday-core may reflect on (see
 * the package documentation). Delegates every call.
 */
public final class ReadableConfiguration implements HolidayCalendarConfiguration {

  private final HolidayCalendarConfiguration delegate;

  private ReadableConfiguration(HolidayCalendarConfiguration delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * The service that returns the delegate's configurations, wrapped; the delegate itself when it
   * is already such a service.
   *
   * @param delegate the service jollyday found
   * @return a service whose configurations jollyday-core can reflect on
   */
  public static HolidayCalendarConfigurationService service(
      HolidayCalendarConfigurationService delegate) {
    Objects.requireNonNull(delegate, "delegate");
    return delegate instanceof Service ? delegate : new Service(delegate);
  }

  /**
   * Whether the service is one {@link #service} made.
   *
   * @param service a configuration service
   * @return true when it wraps another
   */
  public static boolean isWrapped(HolidayCalendarConfigurationService service) {
    return service instanceof Service;
  }

  private static final class Service implements HolidayCalendarConfigurationService {
    private final HolidayCalendarConfigurationService delegate;

    Service(HolidayCalendarConfigurationService delegate) {
      this.delegate = delegate;
    }

    @Override
    public HolidayCalendarConfiguration getHolidayCalendarConfiguration(
        de.focus_shift.jollyday.core.ManagerParameter parameter) {
      return new ReadableConfiguration(delegate.getHolidayCalendarConfiguration(parameter));
    }
  }

  @Override
  public String hierarchy() {
    return delegate.hierarchy();
  }

  @Override
  public String description() {
    return delegate.description();
  }

  @Override
  public HolidayConfigurations holidays() {
    return new ReadableHolidays(delegate.holidays());
  }

  @Override
  public Stream<HolidayCalendarConfiguration> subConfigurations() {
    return delegate.subConfigurations().map(ReadableConfiguration::new);
  }
}
