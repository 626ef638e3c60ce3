package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a subscription gives; a component is empty where the vendor has no such notion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param supportKind {@code BREAK_FIX} or {@code BREAK_FIX_WITH_ADVISORY} (ELASTIC-7)
 * @param phoneSupport whether calls are available (ELASTIC-8, ROCKPLACE-2)
 * @param monitoring a monitoring cluster run by the vendor (ELASTIC-9)
 * @param supportHours when support is given, in words and as the calendar that counts it
 * @param onSiteVisits the yearly on-site visit quota and its use (ROCKPLACE-2, -6, TERM-3)
 * @param preventiveInspection {@code MONTHLY}, {@code QUARTERLY} or {@code NONE}
 * @param options services available as options ({@code VENDOR_VISIT})
 * @param services services included ({@code ONLINE_SUPPORT}, {@code INSTALLATION_SUPPORT})
 */
public record Entitlements(
    Optional<String> supportKind,
    Optional<Boolean> phoneSupport,
    Optional<Boolean> monitoring,
    Optional<SupportHours> supportHours,
    Optional<VisitQuota> onSiteVisits,
    Optional<String> preventiveInspection,
    List<String> options,
    List<String> services) {

  /** No entitlements known: every component empty. */
  public static final Entitlements NONE =
      new Entitlements(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of());

  /**
   * Checks the components and copies the lists.
   *
   * @param supportKind {@code BREAK_FIX} or {@code BREAK_FIX_WITH_ADVISORY} (ELASTIC-7)
   * @param phoneSupport whether calls are available (ELASTIC-8, ROCKPLACE-2)
   * @param monitoring a monitoring cluster run by the vendor (ELASTIC-9)
   * @param supportHours when support is given, in words and as the calendar that counts it
   * @param onSiteVisits the yearly on-site visit quota and its use (ROCKPLACE-2, -6, TERM-3)
   * @param preventiveInspection {@code MONTHLY}, {@code QUARTERLY} or {@code NONE}
   * @param options services available as options ({@code VENDOR_VISIT})
   * @param services services included ({@code ONLINE_SUPPORT}, {@code INSTALLATION_SUPPORT})
   * @throws NullPointerException when a component or an element of a list is null
   */
  public Entitlements {
    Objects.requireNonNull(supportKind, "supportKind");
    Objects.requireNonNull(phoneSupport, "phoneSupport");
    Objects.requireNonNull(monitoring, "monitoring");
    Objects.requireNonNull(supportHours, "supportHours");
    Objects.requireNonNull(onSiteVisits, "onSiteVisits");
    Objects.requireNonNull(preventiveInspection, "preventiveInspection");
    options = List.copyOf(options);
    services = List.copyOf(services);
  }

  /**
   * A copy with other support hours, everything else the same.
   *
   * @param hours the support hours, or empty for none known
   * @return the copy
   */
  public Entitlements withSupportHours(Optional<SupportHours> hours) {
    return new Entitlements(
        supportKind,
        phoneSupport,
        monitoring,
        hours,
        onSiteVisits,
        preventiveInspection,
        options,
        services);
  }

  /**
   * When support is given.
   *
   * @param text the vendor's words, for people ({@code "Mon-Fri 09:00-17:00 KST"})
   * @param calendar the calendar whose business time the support hours are; empty for every hour
   *     of every day (24x7)
   */
  public record SupportHours(String text, Optional<BusinessCalendar> calendar) {
    /**
     * Checks the components.
     *
     * @param text the vendor's words, for people ({@code "Mon-Fri 09:00-17:00 KST"})
     * @param calendar the calendar whose business time the support hours are; empty for every hour
     *     of every day (24x7)
     * @throws NullPointerException when a component is null
     */
    public SupportHours {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(calendar, "calendar");
    }
  }

  /**
   * The on-site visits of a quota year (TERM-3).
   *
   * @param perYear the quota; empty while a negotiated quota is not agreed
   * @param used visits used in the quota year
   * @param remaining visits left, never negative; empty with the quota
   * @param year the quota year counted; empty when the subscription has no start date
   */
  public record VisitQuota(
      Optional<Integer> perYear, int used, Optional<Integer> remaining, Optional<QuotaYear> year) {
    /**
     * Checks the quota.
     *
     * @param perYear the quota; empty while a negotiated quota is not agreed
     * @param used visits used in the quota year
     * @param remaining visits left, never negative; empty with the quota
     * @param year the quota year counted; empty when the subscription has no start date
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when {@code used} is negative, or {@code remaining} is
     *     given without {@code perYear} (or missing with it)
     */
    public VisitQuota {
      Objects.requireNonNull(perYear, "perYear");
      Objects.requireNonNull(remaining, "remaining");
      Objects.requireNonNull(year, "year");
      if (used < 0) {
        throw new IllegalArgumentException("used (" + used + ") must not be negative");
      }
      if (perYear.isPresent() != remaining.isPresent()) {
        throw new IllegalArgumentException("remaining goes with perYear");
      }
    }

    /**
     * A quota with its use; what remains is computed, never negative.
     *
     * @param perYear the visits the contract gives per quota year
     * @param used the visits used in the year, 0 or more
     * @param year the quota year, or empty when the subscription has no start date
     * @return the quota, with {@code max(0, perYear - used)} remaining
     */
    public static VisitQuota of(int perYear, int used, Optional<QuotaYear> year) {
      return new VisitQuota(
          Optional.of(perYear), used, Optional.of(Math.max(0, perYear - used)), year);
    }

    /**
     * A negotiated quota still to be agreed, with its use.
     *
     * @param used the visits used in the year, 0 or more
     * @param year the quota year, or empty when the subscription has no start date
     * @return the quota, without {@code perYear} or {@code remaining}
     */
    public static VisitQuota notAgreed(int used, Optional<QuotaYear> year) {
      return new VisitQuota(Optional.empty(), used, Optional.empty(), year);
    }

    /**
     * {@return whether another visit would go beyond the quota: none remains; false while the
     * quota is not agreed}
     */
    public boolean exhausted() {
      return remaining.map(r -> r == 0).orElse(false);
    }
  }

  /**
   * A contract year: from an anniversary of the start date to the day before the next (TERM-3).
   *
   * @param from first day
   * @param to last day
   */
  public record QuotaYear(LocalDate from, LocalDate to) {
    /**
     * Checks the year.
     *
     * @param from first day
     * @param to last day
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public QuotaYear {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
      }
    }

    /**
     * Whether the date falls in this year.
     *
     * @param date a local date
     * @return true when it is neither before {@code from} nor after {@code to}
     */
    public boolean contains(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }
}
