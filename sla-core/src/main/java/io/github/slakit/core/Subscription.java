package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's support contract with a vendor (the JSON contract's "subscription").
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the subscription's id, echoed in the decision
 * @param vendor the ruleset id
 * @param level the support level as the vendor spells it ({@code GOLD}, {@code PRODUCTION})
 * @param customer a display name, may be empty
 * @param location the contract's location; chooses the default business calendar (TIME-8)
 * @param calendar an inline calendar replacing the location's default
 * @param calendarId the id of a calendar registered with the engine, replacing the default
 * @param deployment CLOUD or SELF_MANAGED
 * @param start first day of the contract term (TERM-1); quota years start on its anniversaries
 *     (TERM-3)
 * @param end last day of the contract term (TERM-1)
 * @param annualSpendUsd yearly spend in USD (ELASTIC-7)
 * @param agreedVisitsPerYear the negotiated on-site visit quota (ROCKPLACE-6)
 * @param onSiteVisitDates the dates of past on-site visits, sorted, from which the engine counts the
 *     quota year's use (TERM-3)
 * @param onSiteVisitCount a count of visits given without dates, taken to be the use of the quota
 *     year that holds the case's opening; excludes {@code onSiteVisitDates}
 * @param newCustomer marked as sold to a new customer (ELASTIC-10)
 * @param rpsCustomer the customer has adopted rockPLACE Professional Service (ROCKPLACE-7)
 */
public record Subscription(
    String id,
    String vendor,
    String level,
    String customer,
    Location location,
    Optional<BusinessCalendar> calendar,
    Optional<String> calendarId,
    Optional<Deployment> deployment,
    Optional<LocalDate> start,
    Optional<LocalDate> end,
    Optional<BigDecimal> annualSpendUsd,
    Optional<Integer> agreedVisitsPerYear,
    List<LocalDate> onSiteVisitDates,
    Optional<Integer> onSiteVisitCount,
    boolean newCustomer,
    boolean rpsCustomer) {

  /**
   * Checks the subscription and sorts the visit dates.
   *
   * @param id the subscription's id, echoed in the decision
   * @param vendor the ruleset id
   * @param level the support level as the vendor spells it ({@code GOLD}, {@code PRODUCTION})
   * @param customer a display name, may be empty
   * @param location the contract's location; chooses the default business calendar (TIME-8)
   * @param calendar an inline calendar replacing the location's default
   * @param calendarId the id of a calendar registered with the engine, replacing the default
   * @param deployment CLOUD or SELF_MANAGED
   * @param start first day of the contract term (TERM-1); quota years start on its anniversaries
   *     (TERM-3)
   * @param end last day of the contract term (TERM-1)
   * @param annualSpendUsd yearly spend in USD (ELASTIC-7)
   * @param agreedVisitsPerYear the negotiated on-site visit quota (ROCKPLACE-6)
   * @param onSiteVisitDates the dates of past on-site visits, sorted, from which the engine counts
   *     the quota year's use (TERM-3)
   * @param onSiteVisitCount a count of visits given without dates, taken to be the use of the quota
   *     year that holds the case's opening; excludes {@code onSiteVisitDates}
   * @param newCustomer marked as sold to a new customer (ELASTIC-10)
   * @param rpsCustomer the customer has adopted rockPLACE Professional Service (ROCKPLACE-7)
   * @throws NullPointerException when a component, or a visit date, is null
   * @throws IllegalArgumentException when an inline calendar and a calendar id are both given, a
   *     visit count and dated visits are both given, a count is negative, only one of start and
   *     end is given, or the end is before the start
   */
  public Subscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(annualSpendUsd, "annualSpendUsd");
    Objects.requireNonNull(agreedVisitsPerYear, "agreedVisitsPerYear");
    Objects.requireNonNull(onSiteVisitCount, "onSiteVisitCount");
    List<LocalDate> dates = new ArrayList<>(onSiteVisitDates);
    dates.sort(null);
    onSiteVisitDates = List.copyOf(dates);
    if (calendar.isPresent() && calendarId.isPresent()) {
      throw new IllegalArgumentException(
          "an inline calendar and a calendar id (" + calendarId.get() + ") exclude each other");
    }
    if (onSiteVisitCount.isPresent() && !onSiteVisitDates.isEmpty()) {
      throw new IllegalArgumentException(
          "a visit count (" + onSiteVisitCount.get() + ") and dated visits exclude each other");
    }
    onSiteVisitCount.ifPresent(
        n -> {
          if (n < 0) {
            throw new IllegalArgumentException("onSiteVisitCount (" + n + ") must not be negative");
          }
        });
    agreedVisitsPerYear.ifPresent(
        n -> {
          if (n < 0) {
            throw new IllegalArgumentException(
                "agreedVisitsPerYear (" + n + ") must not be negative");
          }
        });
    if (start.isPresent() != end.isPresent()) {
      throw new IllegalArgumentException("start and end go together");
    }
    if (start.isPresent() && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException(
          "end (" + end.get() + ") is before start (" + start.get() + ")");
    }
  }

  /**
   * A builder with nothing optional set: no term, no calendar of its own (the location's default
   * counts), no visits, not a new customer and not an RPS customer.
   *
   * @param id the subscription's id, echoed in the decision
   * @param vendor the ruleset id ({@code "elastic"})
   * @param level the support level as the vendor spells it ({@code "GOLD"})
   * @param location the contract's country and zone
   * @return a new builder
   */
  public static Builder builder(String id, String vendor, String level, Location location) {
    return new Builder(id, vendor, level, location);
  }

  /** Builds a {@link Subscription}; not thread-safe, {@link #build()} may be called again. */
  public static final class Builder {
    private final String id;
    private final String vendor;
    private final String level;
    private final Location location;
    private String customer = "";
    private @Nullable BusinessCalendar calendar;
    private @Nullable String calendarId;
    private @Nullable Deployment deployment;
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;
    private @Nullable BigDecimal annualSpendUsd;
    private @Nullable Integer agreedVisitsPerYear;
    private final List<LocalDate> onSiteVisitDates = new ArrayList<>();
    private @Nullable Integer onSiteVisitCount;
    private boolean newCustomer;
    private boolean rpsCustomer;

    private Builder(String id, String vendor, String level, Location location) {
      this.id = Objects.requireNonNull(id, "id");
      this.vendor = Objects.requireNonNull(vendor, "vendor");
      this.level = Objects.requireNonNull(level, "level");
      this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * The customer's display name, carried for people; no rule reads it.
     *
     * @param customer the name; empty (the default) for none
     * @return this builder
     */
    public Builder customer(String customer) {
      this.customer = Objects.requireNonNull(customer, "customer");
      return this;
    }

    /**
     * An inline calendar, which replaces the location's default; clears a calendar id.
     *
     * @param calendar the subscription's business calendar
     * @return this builder
     */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      this.calendarId = null;
      return this;
    }

    /**
     * The id of a calendar registered with the engine, which replaces the location's default;
     * clears an inline calendar. An id the engine does not know is refused when the case is
     * evaluated.
     *
     * @param calendarId the registered calendar's id
     * @return this builder
     */
    public Builder calendarId(String calendarId) {
      this.calendarId = Objects.requireNonNull(calendarId, "calendarId");
      this.calendar = null;
      return this;
    }

    /**
     * The subscription's own deployment (ELASTIC-9, ELASTIC-10); a case may name another.
     *
     * @param deployment {@link Deployment#CLOUD} or {@link Deployment#SELF_MANAGED}
     * @return this builder
     */
    public Builder deployment(Deployment deployment) {
      this.deployment = Objects.requireNonNull(deployment, "deployment");
      return this;
    }

    /**
     * The contract term, first and last day inclusive, local dates in the calendar's zone (TERM-1);
     * contract years start on the start's anniversaries (TERM-3).
     *
     * @param start the first day covered
     * @param end the last day covered, not before {@code start} ({@link #build()} checks)
     * @return this builder
     */
    public Builder term(LocalDate start, LocalDate end) {
      this.start = Objects.requireNonNull(start, "start");
      this.end = Objects.requireNonNull(end, "end");
      return this;
    }

    /**
     * The yearly spend (ELASTIC-7).
     *
     * @param annualSpendUsd in US dollars, 0 or more
     * @return this builder
     */
    public Builder annualSpendUsd(BigDecimal annualSpendUsd) {
      this.annualSpendUsd = Objects.requireNonNull(annualSpendUsd, "annualSpendUsd");
      return this;
    }

    /**
     * The on-site visits per year agreed for a level whose quota is negotiated (ROCKPLACE-6).
     *
     * @param visits 0 or more ({@link #build()} refuses a negative number)
     * @return this builder
     */
    public Builder agreedVisitsPerYear(int visits) {
      this.agreedVisitsPerYear = visits;
      return this;
    }

    /**
     * A past on-site visit on that date (TERM-3); call once per visit. Excludes {@link
     * #onSiteVisitCount(int)}.
     *
     * @param date the visit's local date; a visit on or after the case's opening date is not
     *     counted for that case
     * @return this builder
     */
    public Builder onSiteVisit(LocalDate date) {
      onSiteVisitDates.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * A count of visits without dates: the use of the quota year that holds the case's opening.
     * Prefer {@link #onSiteVisit(LocalDate)}, from which the engine finds the year itself.
     *
     * @param count 0 or more ({@link #build()} refuses a negative count, or a count beside dated
     *     visits)
     * @return this builder
     */
    public Builder onSiteVisitCount(int count) {
      this.onSiteVisitCount = count;
      return this;
    }

    /**
     * Marks the subscription as sold to a new customer (ELASTIC-10).
     *
     * @param newCustomer true for a new customer; false, the default, otherwise
     * @return this builder
     */
    public Builder newCustomer(boolean newCustomer) {
      this.newCustomer = newCustomer;
      return this;
    }

    /**
     * Whether the customer has adopted rockPLACE Professional Service (ROCKPLACE-7).
     *
     * @param rpsCustomer true when adopted; false, the default, otherwise
     * @return this builder
     */
    public Builder rpsCustomer(boolean rpsCustomer) {
      this.rpsCustomer = rpsCustomer;
      return this;
    }

    /**
     * The subscription.
     *
     * @return a new immutable subscription; later changes to this builder do not reach it
     * @throws IllegalArgumentException as the {@link Subscription} constructor
     */
    public Subscription build() {
      return new Subscription(
          id,
          vendor,
          level,
          customer,
          location,
          Optional.ofNullable(calendar),
          Optional.ofNullable(calendarId),
          Optional.ofNullable(deployment),
          Optional.ofNullable(start),
          Optional.ofNullable(end),
          Optional.ofNullable(annualSpendUsd),
          Optional.ofNullable(agreedVisitsPerYear),
          onSiteVisitDates,
          Optional.ofNullable(onSiteVisitCount),
          newCustomer,
          rpsCustomer);
    }
  }
}
