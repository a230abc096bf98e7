package health.salus.billing.control;

import health.salus.directory.entity.Practitioner;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The time zone that decides billing days (which fee is in force, the invoice year, the due date):
 * the zone of the practitioner's site, else Sydney.
 */
public final class BillingZone {

  public static final ZoneId DEFAULT = ZoneId.of("Australia/Sydney");

  private BillingZone() {}

  public static ZoneId of(Practitioner practitioner) {
    if (practitioner == null || practitioner.getSite() == null) {
      return DEFAULT;
    }
    try {
      return ZoneId.of(practitioner.getSite().getTimeZone());
    } catch (DateTimeException | NullPointerException unknownZone) {
      return DEFAULT;
    }
  }
}
