/**
 * A consumer of slakit on the module path, as a user writes one: sla-rules is an automatic module
 * (Drools has no module descriptors), so the consumer requires the core, whose types it uses, too;
 * and the on-call module, a named one.
 */
module io.github.slakit.consumer {
  requires io.github.slakit.rules;
  requires io.github.slakit.core;
  requires io.github.slakit.oncall;
}
