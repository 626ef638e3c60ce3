/**
 * A case's SLA timeline as a picture (docs/TIMELINE.md): {@link io.github.slakit.svg.TimelineSvg}
 * turns a status or a decision into an SVG document.
 */
module io.github.slakit.svg {
  requires transitive io.github.slakit.oncall;
  requires static transitive org.jspecify;

  exports io.github.slakit.svg;
}
