/**
 * On-call schedules: rotations with hand-offs in local wall-clock time, restrictions, overrides
 * (clauses ONCALL-1 and ONCALL-4). The front door is {@link io.github.slakit.oncall.Schedule}.
 */
module io.github.slakit.oncall {
  requires transitive io.github.slakit.core;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.slakit.oncall;
}
