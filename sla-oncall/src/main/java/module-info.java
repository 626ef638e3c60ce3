/**
 * On-call schedules (rotations with hand-offs in local wall-clock time, restrictions, overrides)
 * and escalation policies, applied to a decision's escalation steps or to a lifecycle alarm
 * (docs/ONCALL.md; clauses ONCALL-1..ONCALL-4). The front doors are {@link
 * io.github.slakit.oncall.Schedule}, {@link io.github.slakit.oncall.EscalationPolicy} and {@link
 * io.github.slakit.oncall.OncallJson}.
 */
module io.github.slakit.oncall {
  requires transitive io.github.slakit.core;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.slakit.oncall;
}
