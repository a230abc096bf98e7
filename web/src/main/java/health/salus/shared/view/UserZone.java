package health.salus.shared.view;

import java.time.ZoneId;

/** The time zone the signed-in user reads times in (their profile's, else Australia/Sydney). */
public interface UserZone {

  ZoneId DEFAULT = ZoneId.of("Australia/Sydney");

  ZoneId zone();
}
