package io.github.slakit.core;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where a support contract is located (TIME-8): a country and a time zone.
 *
 * @param country ISO 3166 alpha-2 code, upper case ({@code KR})
 * @param zone the zone business hours are read in
 */
public record Location(String country, ZoneId zone) {
  /**
   * Checks the components.
   *
   * @param country ISO 3166 alpha-2 code, upper case ({@code KR})
   * @param zone the zone business hours are read in
   * @throws NullPointerException when a component is null
   */
  public Location {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * A location from its JSON spellings.
   *
   * @param country the country code, or a country and region ({@code DE-BY})
   * @param zone an IANA zone id ({@code "Asia/Seoul"})
   * @return the location
   * @throws java.time.DateTimeException when the zone id is not a zone
   */
  public static Location of(String country, String zone) {
    return new Location(country, ZoneId.of(zone));
  }
}
