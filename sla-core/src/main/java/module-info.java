/**
 * The model of slakit (support case, subscription, decision), the {@link
 * io.github.slakit.core.Ruleset} interface a vendor's rules implement, the JSON contract ({@link
 * io.github.slakit.core.SlaJson}) and {@link io.github.slakit.core.SlaEngine}.
 */
module io.github.slakit.core {
  requires transitive io.github.slakit.calendars;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.slakit.core;
  exports io.github.slakit.core.spi;
  exports io.github.slakit.core.report;
}
