package io.github.slakit.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.Impact;
import io.github.slakit.core.SupportCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a status page shows at a moment, from the cases that name a component (docs/REPORTS.md):
 * each component's status from its open cases, and the incidents with their state, in the shape
 * of the Atlassian Statuspage API's summary ({@code components}, {@code incidents}, {@code
 * status}). Made by a {@link Collector}. Immutable and thread-safe.
 *
 * @param at the moment
 * @param components every component a case named, by name
 * @param incidents the incidents listed: those of open and resolved cases, and of cases closed
 *     within the collector's {@code resolvedFor} before the moment; newest first
 */
public record StatusFeed(Instant at, List<Component> components, List<Incident> incidents) {
  /**
   * Checks and copies.
   *
   * @param at the moment
   * @param components the components
   * @param incidents the incidents
   */
  public StatusFeed {
    Objects.requireNonNull(at, "at");
    components = List.copyOf(components);
    incidents = List.copyOf(incidents);
  }

  /** How a component works, the least severe first (Statuspage's component statuses). */
  public enum ComponentStatus {
    /** No open case affects it. */
    OPERATIONAL,
    /** Slow or impaired. */
    DEGRADED_PERFORMANCE,
    /** Down in part, or impaired badly. */
    PARTIAL_OUTAGE,
    /** Down. */
    MAJOR_OUTAGE;

    /**
     * The name in JSON.
     *
     * @return {@code operational}, {@code degraded_performance}, ...
     */
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Where an incident stands (Statuspage's incident statuses). */
  public enum IncidentState {
    /** Open, and no agent has answered since it (re)opened. */
    INVESTIGATING,
    /** Open, and an agent has answered. */
    IDENTIFIED,
    /** Resolved, not yet closed: the fix is watched. */
    MONITORING,
    /** Closed. */
    RESOLVED;

    /**
     * The name in JSON.
     *
     * @return {@code investigating}, {@code identified}, {@code monitoring} or {@code resolved}
     */
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What a case does to its component (the table of docs/REPORTS.md): an outage is a major outage
   * at severity 1, else a partial one; a degraded service or a partial failure a partial outage at
   * severity 1, else degraded performance; a performance problem degraded performance; a question
   * nothing. Without an impact the severity says: 1 a partial outage, 2 degraded performance,
   * 3 and 4 nothing.
   *
   * @param impact the case's impact
   * @param severity the severity in force, 1..4
   * @return the component's status while the case is open
   */
  public static ComponentStatus effect(Optional<Impact> impact, int severity) {
    if (impact.isEmpty()) {
      return switch (severity) {
        case 1 -> ComponentStatus.PARTIAL_OUTAGE;
        case 2 -> ComponentStatus.DEGRADED_PERFORMANCE;
        default -> ComponentStatus.OPERATIONAL;
      };
    }
    return switch (impact.get()) {
      case OUTAGE -> severity == 1 ? ComponentStatus.MAJOR_OUTAGE : ComponentStatus.PARTIAL_OUTAGE;
      case DEGRADED, PARTIAL_FAILURE ->
          severity == 1 ? ComponentStatus.PARTIAL_OUTAGE : ComponentStatus.DEGRADED_PERFORMANCE;
      case PERFORMANCE -> ComponentStatus.DEGRADED_PERFORMANCE;
      case QUESTION -> ComponentStatus.OPERATIONAL;
    };
  }

  /**
   * A component.
   *
   * @param name its name, as cases give it; also its id
   * @param status the most severe effect of its open cases
   * @param position its place among the components, from 1, by name
   * @param updatedAt the latest event (or opening) at or before the moment of a case naming it
   */
  public record Component(String name, ComponentStatus status, int position, Instant updatedAt) {
    /**
     * Checks.
     *
     * @param name the name
     * @param status the status
     * @param position the place
     * @param updatedAt the latest change
     */
    public Component {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(updatedAt, "updatedAt");
    }
  }

  /**
   * An incident: a case that affects its component.
   *
   * @param caseId the case, also the incident's id
   * @param component the component it affects
   * @param effect what it does to the component while open
   * @param state where it stands
   * @param createdAt the case's opening
   * @param updatedAt its latest update
   * @param monitoringAt when it was last resolved, while resolved or closed
   * @param resolvedAt when it was closed
   * @param updates its updates, the newest first
   */
  public record Incident(
      String caseId,
      String component,
      ComponentStatus effect,
      IncidentState state,
      Instant createdAt,
      Instant updatedAt,
      Optional<Instant> monitoringAt,
      Optional<Instant> resolvedAt,
      List<Update> updates) {
    /**
     * Checks and copies.
     *
     * @param caseId the case
     * @param component the component
     * @param effect the effect
     * @param state the state
     * @param createdAt the opening
     * @param updatedAt the latest update
     * @param monitoringAt when resolved
     * @param resolvedAt when closed
     * @param updates the updates
     */
    public Incident {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(component, "component");
      Objects.requireNonNull(effect, "effect");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(createdAt, "createdAt");
      Objects.requireNonNull(updatedAt, "updatedAt");
      Objects.requireNonNull(monitoringAt, "monitoringAt");
      Objects.requireNonNull(resolvedAt, "resolvedAt");
      updates = List.copyOf(updates);
    }

    /**
     * Statuspage's impact of the incident: {@code critical} for a major outage, {@code major} for
     * a partial one, {@code minor} for degraded performance.
     *
     * @return the impact's JSON name
     */
    public String impact() {
      return switch (effect) {
        case MAJOR_OUTAGE -> "critical";
        case PARTIAL_OUTAGE -> "major";
        case DEGRADED_PERFORMANCE -> "minor";
        case OPERATIONAL -> "none";
      };
    }
  }

  /**
   * A change of an incident's state.
   *
   * @param state the state from then on
   * @param at when
   * @param body what happened ({@code "An agent responded."})
   */
  public record Update(IncidentState state, Instant at, String body) {
    /**
     * Checks.
     *
     * @param state the state
     * @param at when
     * @param body the text
     */
    public Update {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * An empty collector for a moment, listing closed incidents for 24 hours after they closed.
   *
   * @param at the moment every status is asked at
   * @return the collector
   */
  public static Collector collector(Instant at) {
    return new Collector(at, Duration.ofHours(24));
  }

  /**
   * Collects cases into a feed, one at a time; memory holds one entry per component and the
   * incidents listed. Thread-safe; the feed does not depend on the order the cases came in.
   */
  public static final class Collector {
    private final Instant at;
    private final Duration resolvedFor;
    private final Map<String, Component> components = new TreeMap<>();
    private final List<Incident> incidents = new ArrayList<>();

    private Collector(Instant at, Duration resolvedFor) {
      this.at = Objects.requireNonNull(at, "at");
      if (resolvedFor.isNegative()) {
        throw new IllegalArgumentException("resolvedFor must not be negative: " + resolvedFor);
      }
      this.resolvedFor = resolvedFor;
    }

    /**
     * An empty collector like this one that lists a closed incident for {@code d} after it
     * closed.
     *
     * @param d zero or more ({@code PT0S}: closed incidents are not listed)
     * @return the collector
     * @throws IllegalArgumentException when {@code d} is negative
     */
    public Collector resolvedFor(Duration d) {
      return new Collector(at, d);
    }

    /**
     * Adds a case; one without a component adds nothing.
     *
     * @param supportCase the case
     * @param events its events
     * @param status its status at the collector's moment
     * @throws IllegalArgumentException when the status is not of this case or not at the moment
     */
    public void add(SupportCase supportCase, List<CaseEvent> events, CaseStatus status) {
      Compliance.same(supportCase, status, at);
      if (supportCase.component().isEmpty()) {
        return;
      }
      String component = supportCase.component().get();
      ComponentStatus effect = effect(supportCase.impact(), status.severity().level());
      Incident incident = incident(supportCase, component, effect, events);
      boolean open =
          incident.state() == IncidentState.INVESTIGATING
              || incident.state() == IncidentState.IDENTIFIED;
      boolean listed =
          effect != ComponentStatus.OPERATIONAL
              && (incident.resolvedAt().isEmpty()
                  || !incident.resolvedAt().get().plus(resolvedFor).isBefore(at));
      synchronized (this) {
        Component old = components.get(component);
        ComponentStatus status0 = old == null ? ComponentStatus.OPERATIONAL : old.status();
        ComponentStatus worst = open && effect.compareTo(status0) > 0 ? effect : status0;
        Instant updated =
            old == null || incident.updatedAt().isAfter(old.updatedAt())
                ? incident.updatedAt()
                : old.updatedAt();
        components.put(component, new Component(component, worst, 0, updated));
        if (listed) {
          incidents.add(incident);
        }
      }
    }

    /** The incident's updates from its events up to the moment, in LIFE-1's order. */
    private Incident incident(
        SupportCase c, String component, ComponentStatus effect, List<CaseEvent> events) {
      Instant opened = c.openedAt().toInstant();
      List<CaseEvent> sorted =
          events.stream()
              .filter(e -> !e.at().isAfter(at))
              .sorted(Comparator.comparing(CaseEvent::at).thenComparing(e -> e.type().ordinal()))
              .toList();
      List<Update> updates = new ArrayList<>();
      IncidentState state = IncidentState.INVESTIGATING;
      updates.add(new Update(state, opened, "Case opened."));
      Instant monitoringAt = null;
      Instant resolvedAt = null;
      for (CaseEvent e : sorted) {
        IncidentState next = state;
        String body = null;
        switch (e.type()) {
          case AGENT_RESPONDED -> {
            if (state == IncidentState.INVESTIGATING) {
              next = IncidentState.IDENTIFIED;
              body = "An agent responded.";
            }
          }
          case RESOLVED -> {
            if (state == IncidentState.INVESTIGATING || state == IncidentState.IDENTIFIED) {
              next = IncidentState.MONITORING;
              body = "Resolved; the fix is watched until the case closes.";
              monitoringAt = e.at();
            }
          }
          case REOPENED -> {
            if (state == IncidentState.MONITORING) {
              next = IncidentState.INVESTIGATING;
              body = "Reopened.";
            }
          }
          case CLOSED -> {
            next = IncidentState.RESOLVED;
            body = "Closed.";
            resolvedAt = e.at();
          }
          default -> {}
        }
        if (body != null) {
          state = next;
          updates.add(new Update(state, e.at(), body));
          if (state == IncidentState.RESOLVED) {
            break;
          }
        }
      }
      List<Update> newestFirst = new ArrayList<>(updates);
      java.util.Collections.reverse(newestFirst);
      return new Incident(
          c.id(),
          component,
          effect,
          state,
          opened,
          newestFirst.get(0).at(),
          state == IncidentState.MONITORING || state == IncidentState.RESOLVED
              ? Optional.ofNullable(monitoringAt)
              : Optional.empty(),
          Optional.ofNullable(resolvedAt),
          newestFirst);
    }

    /**
     * The feed of the cases added so far.
     *
     * @return the feed: components by name, incidents newest first (then by case id)
     */
    public synchronized StatusFeed feed() {
      List<Component> cs = new ArrayList<>();
      int position = 1;
      for (Component c : components.values()) {
        cs.add(new Component(c.name(), c.status(), position++, c.updatedAt()));
      }
      List<Incident> is = new ArrayList<>(incidents);
      is.sort(Comparator.comparing(Incident::createdAt).reversed().thenComparing(Incident::caseId));
      return new StatusFeed(at, cs, is);
    }
  }

  /**
   * The page's overall indicator, from its worst component: {@code none}, {@code minor}, {@code
   * major}, {@code critical}.
   *
   * @return the indicator
   */
  public String indicator() {
    ComponentStatus worst = worst();
    return switch (worst) {
      case OPERATIONAL -> "none";
      case DEGRADED_PERFORMANCE -> "minor";
      case PARTIAL_OUTAGE -> "major";
      case MAJOR_OUTAGE -> "critical";
    };
  }

  private ComponentStatus worst() {
    ComponentStatus worst = ComponentStatus.OPERATIONAL;
    for (Component c : components) {
      if (c.status().compareTo(worst) > 0) {
        worst = c.status();
      }
    }
    return worst;
  }

  /**
   * The feed as JSON shaped like Statuspage's {@code /api/v2/summary.json} (docs/REPORTS.md),
   * pretty-printed; the same bytes for equal feeds.
   *
   * @return the text
   */
  public String toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.putObject("page")
        .put("id", "slakit")
        .put("name", "slakit status feed")
        .put("updated_at", at.toString());
    o.putObject("status")
        .put("indicator", indicator())
        .put(
            "description",
            switch (worst()) {
              case OPERATIONAL -> "All Systems Operational";
              case DEGRADED_PERFORMANCE -> "Minor Service Outage";
              case PARTIAL_OUTAGE -> "Partial System Outage";
              case MAJOR_OUTAGE -> "Major System Outage";
            });
    ArrayNode cs = o.putArray("components");
    for (Component c : components) {
      cs.addObject()
          .put("id", c.name())
          .put("name", c.name())
          .put("status", c.status().json())
          .put("position", c.position())
          .put("updated_at", c.updatedAt().toString())
          .put("group", false)
          .putNull("group_id");
    }
    ArrayNode is = o.putArray("incidents");
    for (Incident i : incidents) {
      ObjectNode in = is.addObject();
      in.put("id", i.caseId())
          .put("name", i.component() + ": " + i.effect().json().replace('_', ' '))
          .put("status", i.state().json())
          .put("impact", i.impact())
          .put("created_at", i.createdAt().toString())
          .put("updated_at", i.updatedAt().toString())
          .put("monitoring_at", i.monitoringAt().map(Instant::toString).orElse(null))
          .put("resolved_at", i.resolvedAt().map(Instant::toString).orElse(null))
          .put("started_at", i.createdAt().toString());
      ArrayNode us = in.putArray("incident_updates");
      int n = i.updates().size();
      for (Update u : i.updates()) {
        us.addObject()
            .put("id", i.caseId() + "-" + n--)
            .put("incident_id", i.caseId())
            .put("status", u.state().json())
            .put("body", u.body())
            .put("created_at", u.at().toString())
            .put("display_at", u.at().toString());
      }
      in.putArray("components")
          .addObject()
          .put("id", i.component())
          .put("name", i.component())
          .put(
              "status",
              i.state() == IncidentState.INVESTIGATING || i.state() == IncidentState.IDENTIFIED
                  ? i.effect().json()
                  : ComponentStatus.OPERATIONAL.json());
    }
    o.putArray("scheduled_maintenances");
    return ComplianceReport.write(o, true);
  }
}
