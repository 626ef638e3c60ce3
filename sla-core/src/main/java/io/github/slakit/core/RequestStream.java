package io.github.slakit.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.slakit.calendars.BusinessCalendar;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request ({@code {"case": {...}, "subscription": {...}}}) or a status request ({@code
 * {"case", "subscription", "events", "at"}}) with Jackson's streaming parser, without a tree and
 * without field paths: the quick way for the lines a batch is made of.
 * It reads only what is plainly right; anything else (a mistake, an explicit {@code null}, a key
 * given twice, attributes, a number with a fraction, an escape or a surrogate anywhere in the text)
 * gives {@code null}, and the caller reads the text again with the tree reader, whose message
 * names the mistake. So the requests it reads are the ones the tree reader would give, and every
 * message is the tree reader's.
 */
final class RequestStream {
  private RequestStream() {}

  /** Thrown to give up: the tree reader takes over. */
  private static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  /**
   * The request, or null when the text is not plainly right.
   *
   * @param json the request's text
   * @param in the reader of the source, for the inline calendar's messages (never shown: a
   *     calendar that does not read gives null)
   */
  static SlaJson.@Nullable Request read(String json, JsonInput in) {
    if (JsonInput.mayHoldSurrogate(json)) {
      return null; // escapes and surrogates: the tree reader checks them
    }
    try (JsonParser p = JsonInput.MAPPER.getFactory().createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      SupportCase supportCase = null;
      Subscription subscription = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("case") && supportCase == null) {
          supportCase = supportCase(p);
        } else if (name.equals("subscription") && subscription == null) {
          subscription = subscription(p, json, in);
        } else {
          throw GiveUp.INSTANCE;
        }
      }
      if (supportCase == null || subscription == null || p.nextToken() != null) {
        return null;
      }
      return new SlaJson.Request(supportCase, subscription);
    } catch (GiveUp | IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The status request, or null when the text is not plainly right: what {@link
   * StatusJson#request(JsonInput, com.fasterxml.jackson.databind.JsonNode, Instant)} gives for it.
   *
   * @param json the request's text
   * @param in the reader of the source, for the inline calendar's messages (never shown)
   * @param given the moment that replaces the text's {@code at} (which may then be absent, and is
   *     still checked when present), or null when the text's {@code at} is the moment
   */
  static SlaJson.@Nullable StatusRequest readStatus(
      String json, JsonInput in, @Nullable Instant given) {
    if (JsonInput.mayHoldSurrogate(json)) {
      return null; // escapes and surrogates: the tree reader checks them
    }
    try (JsonParser p = JsonInput.MAPPER.getFactory().createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      int seen = 0;
      SupportCase supportCase = null;
      Subscription subscription = null;
      List<CaseEvent> events = List.of();
      Instant at = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        seen |= once(seen, StatusJson.STATUS_REQUEST_FIELDS.indexOf(name));
        switch (name) {
          case "case" -> supportCase = supportCase(p);
          case "subscription" -> subscription = subscription(p, json, in);
          case "events" -> events = events(p);
          default -> at = dateTime(p, p.currentToken()).toInstant(); // "at"
        }
      }
      if (given != null) {
        at = given;
      }
      if (supportCase == null || subscription == null || at == null || p.nextToken() != null) {
        return null;
      }
      return new SlaJson.StatusRequest(supportCase, subscription, events, at);
    } catch (GiveUp | IOException | RuntimeException e) {
      return null;
    }
  }

  /** A list of events, each {@code {"type", "at", "severity"}} as the tree reader takes it. */
  private static List<CaseEvent> events(JsonParser p) throws IOException, GiveUp {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<CaseEvent> events = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
      int seen = 0;
      CaseEvent.Type type = null;
      OffsetDateTime at = null;
      Integer severity = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        seen |= once(seen, StatusJson.EVENT_FIELDS.indexOf(name));
        switch (name) {
          case "type" -> type = constant(p, v, CaseEvent.Type.class);
          case "at" -> at = dateTime(p, v);
          default -> severity = severity(p, v); // "severity"
        }
      }
      if (type == null || at == null) {
        throw GiveUp.INSTANCE;
      }
      if (type == CaseEvent.Type.SEVERITY_CHANGED) {
        if (severity == null) {
          throw GiveUp.INSTANCE;
        }
        events.add(CaseEvent.severityChanged(at.toInstant(), severity));
      } else if (severity != null) {
        throw GiveUp.INSTANCE; // only SEVERITY_CHANGED has a severity
      } else {
        events.add(CaseEvent.of(type, at.toInstant()));
      }
    }
    expect(t, JsonToken.END_ARRAY);
    return events;
  }

  /** A date-time with its offset, in the supported years: what the tree reader's dateTime takes. */
  private static OffsetDateTime dateTime(JsonParser p, @Nullable JsonToken t)
      throws IOException, GiveUp {
    OffsetDateTime d = JsonInput.isoDateTime(text(p, t));
    if (!JsonInput.inSupportedYears(d)) {
      throw GiveUp.INSTANCE;
    }
    return d;
  }

  /** A severity, a whole number 1..4. */
  private static int severity(JsonParser p, @Nullable JsonToken t) throws IOException, GiveUp {
    expect(t, JsonToken.VALUE_NUMBER_INT);
    if (p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < 1
        || p.getIntValue() > 4) {
      throw GiveUp.INSTANCE;
    }
    return p.getIntValue();
  }

  private static final int CASE_ID = 1;
  private static final int CASE_VENDOR = 1 << 1;
  private static final int OPENED_AT = 1 << 2;

  private static SupportCase supportCase(JsonParser p) throws IOException, GiveUp {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    int seen = 0;
    String id = null;
    String vendor = null;
    OffsetDateTime opened = null;
    Integer severity = null;
    Impact impact = null;
    boolean production = true;
    boolean workaround = false;
    Deployment deployment = null;
    IssueKind issueKind = null;
    Boolean seConsulted = null;
    Boolean onSiteVisit = null;
    String businessImpact = null;
    String component = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      seen |= once(seen, SlaJson.CASE_FIELDS.indexOf(name));
      switch (name) {
        case "id" -> id = nonBlank(p, t);
        case "vendor" -> vendor = nonBlank(p, t);
        case "openedAt" -> opened = JsonInput.isoDateTime(text(p, t));
        case "severity" -> severity = severity(p, t);
        case "impact" -> impact = constant(p, t, Impact.class);
        case "production" -> production = bool(t);
        case "workaround" -> workaround = bool(t);
        case "deployment" -> deployment = constant(p, t, Deployment.class);
        case "issueKind" -> issueKind = constant(p, t, IssueKind.class);
        case "seConsulted" -> seConsulted = bool(t);
        case "onSiteVisit" -> onSiteVisit = bool(t);
        case "businessImpact" -> businessImpact = text(p, t);
        case "component" -> component = text(p, t);
        default -> throw GiveUp.INSTANCE; // attributes, and any other field
      }
    }
    if (id == null || vendor == null || opened == null) {
      throw GiveUp.INSTANCE;
    }
    if (!JsonInput.inSupportedYears(opened)) {
      throw GiveUp.INSTANCE;
    }
    // the builder's calls in the tree reader's order
    SupportCase.Builder b = SupportCase.builder(id, vendor, opened);
    if (severity != null) {
      b.severity(severity);
    }
    if (impact != null) {
      b.impact(impact);
    }
    b.production(production);
    b.workaround(workaround);
    if (deployment != null) {
      b.deployment(deployment);
    }
    if (issueKind != null) {
      b.issueKind(issueKind);
    }
    if (seConsulted != null) {
      b.seConsulted(seConsulted);
    }
    if (onSiteVisit != null) {
      b.onSiteVisit(onSiteVisit);
    }
    if (businessImpact != null) {
      b.businessImpact(businessImpact);
    }
    if (component != null) {
      b.component(component);
    }
    return b.build();
  }

  private static Subscription subscription(JsonParser p, String json, JsonInput in)
      throws IOException, GiveUp {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    int seen = 0;
    String id = null;
    String vendor = null;
    String level = null;
    Location location = null;
    String customer = null;
    String calendarId = null;
    BusinessCalendar calendar = null;
    Deployment deployment = null;
    LocalDate start = null;
    LocalDate end = null;
    BigDecimal spend = null;
    Integer agreed = null;
    Integer visits = null;
    List<LocalDate> visitDates = null;
    boolean newCustomer = false;
    boolean rpsCustomer = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      seen |= once(seen, SlaJson.SUBSCRIPTION_FIELDS.indexOf(name));
      switch (name) {
        case "id" -> id = nonBlank(p, t);
        case "vendor" -> vendor = nonBlank(p, t);
        case "level" -> level = nonBlank(p, t);
        case "customer" -> customer = text(p, t);
        case "location" -> location = location(p, t);
        case "calendar" -> {
          if (t == JsonToken.VALUE_STRING) {
            calendarId = p.getText();
          } else if (t == JsonToken.START_OBJECT) {
            int from = (int) p.currentTokenLocation().getCharOffset();
            p.skipChildren();
            int to = (int) p.currentTokenLocation().getCharOffset() + 1;
            if (from < 0
                || to <= from
                || to > json.length()
                || json.charAt(from) != '{'
                || json.charAt(to - 1) != '}') {
              throw GiveUp.INSTANCE;
            }
            calendar =
                SlaJson.inlineCalendar(in, json.substring(from, to), "subscription.calendar");
          } else {
            throw GiveUp.INSTANCE;
          }
        }
        case "deployment" -> deployment = constant(p, t, Deployment.class);
        case "start" -> start = JsonInput.isoDate(text(p, t));
        case "end" -> end = JsonInput.isoDate(text(p, t));
        case "annualSpendUsd" -> {
          // a whole number only: the tree keeps a fraction as a double, a stream as its text
          expect(t, JsonToken.VALUE_NUMBER_INT);
          if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw GiveUp.INSTANCE;
          }
          spend = BigDecimal.valueOf(p.getLongValue());
          if (spend.signum() < 0) {
            throw GiveUp.INSTANCE;
          }
        }
        case "agreedVisitsPerYear" -> agreed = count(p, t);
        case "usage" -> {
          expect(t, JsonToken.START_OBJECT);
          int usageSeen = 0;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String u = p.currentName();
            JsonToken ut = p.nextToken();
            usageSeen |= once(usageSeen, SlaJson.USAGE_FIELDS.indexOf(u));
            if (u.equals("onSiteVisits")) {
              visits = count(p, ut);
            } else {
              expect(ut, JsonToken.START_ARRAY);
              visitDates = new ArrayList<>();
              while (p.nextToken() != JsonToken.END_ARRAY) {
                visitDates.add(JsonInput.isoDate(text(p, p.currentToken())));
              }
            }
          }
          if (visits != null && visitDates != null) {
            throw GiveUp.INSTANCE;
          }
        }
        case "newCustomer" -> newCustomer = bool(t);
        case "rpsCustomer" -> rpsCustomer = bool(t);
        default -> throw GiveUp.INSTANCE;
      }
    }
    if (id == null || vendor == null || level == null || location == null) {
      throw GiveUp.INSTANCE;
    }
    if ((start == null) != (end == null) || (start != null && end.isBefore(start))) {
      throw GiveUp.INSTANCE;
    }
    // the builder's calls in the tree reader's order
    Subscription.Builder b = Subscription.builder(id, vendor, level, location);
    if (customer != null) {
      b.customer(customer);
    }
    if (calendarId != null) {
      b.calendarId(calendarId);
    }
    if (calendar != null) {
      b.calendar(calendar);
    }
    if (deployment != null) {
      b.deployment(deployment);
    }
    if (start != null && end != null) {
      b.term(start, end);
    }
    if (spend != null) {
      b.annualSpendUsd(spend);
    }
    if (agreed != null) {
      b.agreedVisitsPerYear(agreed);
    }
    if (visitDates != null) {
      visitDates.forEach(b::onSiteVisit);
    }
    if (visits != null) {
      b.onSiteVisitCount(visits);
    }
    b.newCustomer(newCustomer);
    b.rpsCustomer(rpsCustomer);
    return b.build();
  }

  private static Location location(JsonParser p, JsonToken t) throws IOException, GiveUp {
    expect(t, JsonToken.START_OBJECT);
    String country = null;
    String zone = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (name.equals("country") && country == null) {
        country = nonBlank(p, v);
      } else if (name.equals("zone") && zone == null) {
        zone = text(p, v);
      } else {
        throw GiveUp.INSTANCE;
      }
    }
    if (country == null || zone == null || !SlaJson.COUNTRY.matcher(country).matches()) {
      throw GiveUp.INSTANCE;
    }
    return new Location(country, JsonInput.zoneId(zone));
  }

  /** The bit of a known field not seen before; gives up on an unknown field or a second one. */
  private static int once(int seen, int index) throws GiveUp {
    if (index < 0 || (seen & (1 << index)) != 0) {
      throw GiveUp.INSTANCE;
    }
    return 1 << index;
  }

  private static void expect(@Nullable JsonToken t, JsonToken expected) throws GiveUp {
    if (t != expected) {
      throw GiveUp.INSTANCE;
    }
  }

  private static String text(JsonParser p, @Nullable JsonToken t) throws IOException, GiveUp {
    expect(t, JsonToken.VALUE_STRING);
    return p.getText();
  }

  private static String nonBlank(JsonParser p, @Nullable JsonToken t) throws IOException, GiveUp {
    String s = text(p, t);
    if (s.isBlank()) {
      throw GiveUp.INSTANCE;
    }
    return s;
  }

  private static boolean bool(@Nullable JsonToken t) throws GiveUp {
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw GiveUp.INSTANCE;
  }

  private static int count(JsonParser p, @Nullable JsonToken t) throws IOException, GiveUp {
    expect(t, JsonToken.VALUE_NUMBER_INT);
    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < 0) {
      throw GiveUp.INSTANCE;
    }
    return p.getIntValue();
  }

  private static <T extends Enum<T>> T constant(JsonParser p, @Nullable JsonToken t, Class<T> type)
      throws IOException, GiveUp {
    String s = text(p, t);
    for (T e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw GiveUp.INSTANCE;
  }
}
