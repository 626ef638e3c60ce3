package io.github.slakit.core;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A support case as the customer opens it (the JSON contract's "case").
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the case's id, echoed in the decision
 * @param vendor the ruleset id ({@code elastic}, {@code veeam}, {@code rockplace}, or a custom one)
 * @param openedAt when the case was opened; every clock starts here
 * @param severity the severity the customer requested, 1 (most urgent) to 4
 * @param impact the reported business impact
 * @param production whether a production system is affected (JSON default true)
 * @param workaround whether a workaround is available (JSON default false)
 * @param deployment CLOUD or SELF_MANAGED; the subscription's when empty
 * @param issueKind the kind of issue (VEEAM-8); derived by the rules when empty
 * @param seConsulted whether a Veeam Korea SE was consulted before the case asked for severity 1
 *     (VEEAM-3); JSON default false
 * @param onSiteVisit whether the case asks for an on-site visit (ROCKPLACE-6); JSON default false
 * @param businessImpact the customer's stated business impact ({@code "customer-facing"}),
 *     carried into the decision without changing the severity (ELASTIC-11)
 * @param component the affected component of the customer's service ({@code "search-api"}), for
 *     status feeds and reports; the rules read none
 * @param attributes free strings for custom rules; the built-in rules read none
 */
public record SupportCase(
    String id,
    String vendor,
    OffsetDateTime openedAt,
    Optional<Integer> severity,
    Optional<Impact> impact,
    boolean production,
    boolean workaround,
    Optional<Deployment> deployment,
    Optional<IssueKind> issueKind,
    boolean seConsulted,
    boolean onSiteVisit,
    Optional<String> businessImpact,
    Optional<String> component,
    Map<String, String> attributes) {

  /**
   * Checks the case and copies the attributes.
   *
   * @param id the case's id, echoed in the decision
   * @param vendor the ruleset id ({@code elastic}, {@code veeam}, {@code rockplace}, or a custom
   *     one)
   * @param openedAt when the case was opened; every clock starts here
   * @param severity the severity the customer requested, 1 (most urgent) to 4
   * @param impact the reported business impact
   * @param production whether a production system is affected (JSON default true)
   * @param workaround whether a workaround is available (JSON default false)
   * @param deployment CLOUD or SELF_MANAGED; the subscription's when empty
   * @param issueKind the kind of issue (VEEAM-8); derived by the rules when empty
   * @param seConsulted whether a Veeam Korea SE was consulted before the case asked for severity 1
   *     (VEEAM-3); JSON default false
   * @param onSiteVisit whether the case asks for an on-site visit (ROCKPLACE-6); JSON default false
   * @param businessImpact the customer's stated business impact ({@code "customer-facing"}),
   *     carried into the decision without changing the severity (ELASTIC-11)
   * @param component the affected component, for status feeds and reports
   * @param attributes free strings for custom rules; the built-in rules read none
   * @throws NullPointerException when a component, or an attribute's name or value, is null
   * @throws IllegalArgumentException when the severity is not 1..4
   */
  public SupportCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(issueKind, "issueKind");
    Objects.requireNonNull(businessImpact, "businessImpact");
    Objects.requireNonNull(component, "component");
    attributes = Map.copyOf(attributes);
    severity.ifPresent(SupportCase::checkSeverity);
  }

  static void checkSeverity(int s) {
    if (s < 1 || s > 4) {
      throw new IllegalArgumentException("severity (" + s + ") must be 1..4");
    }
  }

  /**
   * This case at another requested severity: what the rules decide after a {@code
   * SEVERITY_CHANGED} event (LIFE-6).
   *
   * @param severity 1 (most urgent) to 4, or empty for none requested
   * @return a copy of this case with that severity
   */
  public SupportCase withSeverity(Optional<Integer> severity) {
    return new SupportCase(
        id,
        vendor,
        openedAt,
        severity,
        impact,
        production,
        workaround,
        deployment,
        issueKind,
        seConsulted,
        onSiteVisit,
        businessImpact,
        component,
        attributes);
  }

  /**
   * A builder with the JSON defaults: production, no workaround, not consulted, no visit asked,
   * nothing else optional set.
   *
   * @param id the case's id, echoed in the decision
   * @param vendor the ruleset id ({@code "elastic"})
   * @param openedAt when the case was opened, with its offset; every clock starts here
   * @return a new builder
   */
  public static Builder builder(String id, String vendor, OffsetDateTime openedAt) {
    return new Builder(id, vendor, openedAt);
  }

  /** Builds a {@link SupportCase}; not thread-safe, {@link #build()} may be called again. */
  public static final class Builder {
    private final String id;
    private final String vendor;
    private final OffsetDateTime openedAt;
    private @Nullable Integer severity;
    private @Nullable Impact impact;
    private boolean production = true;
    private boolean workaround;
    private @Nullable Deployment deployment;
    private @Nullable IssueKind issueKind;
    private boolean seConsulted;
    private boolean onSiteVisit;
    private @Nullable String businessImpact;
    private @Nullable String component;
    private final Map<String, String> attributes = new java.util.LinkedHashMap<>();

    private Builder(String id, String vendor, OffsetDateTime openedAt) {
      this.id = Objects.requireNonNull(id, "id");
      this.vendor = Objects.requireNonNull(vendor, "vendor");
      this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    }

    /**
     * The severity the customer requests; the rules decide what is kept.
     *
     * @param severity 1 (most urgent) to 4
     * @return this builder
     * @throws IllegalArgumentException when it is not 1..4
     */
    public Builder severity(int severity) {
      checkSeverity(severity);
      this.severity = severity;
      return this;
    }

    /**
     * The business impact the customer reports, from which rules classify a severity when none
     * is requested.
     *
     * @param impact the impact
     * @return this builder
     */
    public Builder impact(Impact impact) {
      this.impact = Objects.requireNonNull(impact, "impact");
      return this;
    }

    /**
     * Whether a production system is affected.
     *
     * @param production true, the default, for production
     * @return this builder
     */
    public Builder production(boolean production) {
      this.production = production;
      return this;
    }

    /**
     * Whether a workaround is available.
     *
     * @param workaround false, the default, when there is none
     * @return this builder
     */
    public Builder workaround(boolean workaround) {
      this.workaround = workaround;
      return this;
    }

    /**
     * The deployment the case is about, when it differs from the subscription's or the
     * subscription gives none.
     *
     * @param deployment {@link Deployment#CLOUD} or {@link Deployment#SELF_MANAGED}
     * @return this builder
     */
    public Builder deployment(Deployment deployment) {
      this.deployment = Objects.requireNonNull(deployment, "deployment");
      return this;
    }

    /**
     * The kind of issue (VEEAM-8); without it, the rules derive one.
     *
     * @param issueKind the kind
     * @return this builder
     */
    public Builder issueKind(IssueKind issueKind) {
      this.issueKind = Objects.requireNonNull(issueKind, "issueKind");
      return this;
    }

    /**
     * Whether a Veeam Korea SE was consulted before asking for severity 1 (VEEAM-3).
     *
     * @param seConsulted true when consulted; false, the default, otherwise
     * @return this builder
     */
    public Builder seConsulted(boolean seConsulted) {
      this.seConsulted = seConsulted;
      return this;
    }

    /**
     * Whether the case asks for an on-site visit (ROCKPLACE-6).
     *
     * @param onSiteVisit true when it does; false, the default, otherwise
     * @return this builder
     */
    public Builder onSiteVisit(boolean onSiteVisit) {
      this.onSiteVisit = onSiteVisit;
      return this;
    }

    /**
     * The customer's stated business impact, carried into the decision without changing the
     * severity (ELASTIC-11).
     *
     * @param businessImpact the customer's words ({@code "customer-facing"})
     * @return this builder
     */
    public Builder businessImpact(String businessImpact) {
      this.businessImpact = Objects.requireNonNull(businessImpact, "businessImpact");
      return this;
    }

    /**
     * The affected component of the customer's service, for status feeds and reports.
     *
     * @param component its name ({@code "search-api"})
     * @return this builder
     */
    public Builder component(String component) {
      this.component = Objects.requireNonNull(component, "component");
      return this;
    }

    /**
     * A free attribute for custom rules; a second value for the same name replaces the first.
     *
     * @param name the attribute's name
     * @param value its value, as text
     * @return this builder
     */
    public Builder attribute(String name, String value) {
      attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The case.
     *
     * @return a new immutable case; later changes to this builder do not reach it
     */
    public SupportCase build() {
      return new SupportCase(
          id,
          vendor,
          openedAt,
          Optional.ofNullable(severity),
          Optional.ofNullable(impact),
          production,
          workaround,
          Optional.ofNullable(deployment),
          Optional.ofNullable(issueKind),
          seConsulted,
          onSiteVisit,
          Optional.ofNullable(businessImpact),
          Optional.ofNullable(component),
          attributes);
    }
  }
}
