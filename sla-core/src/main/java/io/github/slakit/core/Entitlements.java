package io.github.slakit.core;

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
 * @param supportHours when support is given ({@code 24x7}, {@code Mon-Fri 09:00-17:00})
 * @param onSiteVisits the yearly on-site visit quota and its use (ROCKPLACE-2, -6)
 * @param preventiveInspection {@code MONTHLY}, {@code QUARTERLY} or {@code NONE}
 * @param options services available as options ({@code VENDOR_VISIT})
 * @param services services included ({@code ONLINE_SUPPORT}, {@code INSTALLATION_SUPPORT})
 */
public record Entitlements(
    Optional<String> supportKind,
    Optional<Boolean> phoneSupport,
    Optional<Boolean> monitoring,
    Optional<String> supportHours,
    Optional<VisitQuota> onSiteVisits,
    Optional<String> preventiveInspection,
    List<String> options,
    List<String> services) {

  /** No entitlements known. */
  public static final Entitlements NONE = new Entitlements(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());

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
   * The on-site visits of a quota year.
   *
   * @param perYear the quota; empty while a negotiated quota is not agreed
   * @param used visits used this quota year
   * @param remaining visits left, never negative; empty with the quota
   */
  public record VisitQuota(Optional<Integer> perYear, int used, Optional<Integer> remaining) {
    public VisitQuota {
      Objects.requireNonNull(perYear, "perYear");
      Objects.requireNonNull(remaining, "remaining");
    }

    /** The quota {@code perYear} with {@code used} visits used. */
    public static VisitQuota of(int perYear, int used) {
      return new VisitQuota(Optional.of(perYear), used, Optional.of(Math.max(0, perYear - used)));
    }

    /** A quota still to be agreed, with {@code used} visits used. */
    public static VisitQuota notAgreed(int used) {
      return new VisitQuota(Optional.empty(), used, Optional.empty());
    }

    /** Whether another visit would go beyond the quota. */
    public boolean exhausted() {
      return remaining.map(r -> r == 0).orElse(false);
    }
  }
}
