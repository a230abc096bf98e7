package health.salus.scheduling.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A patient's next appointment as their home page shows it: the appointment, how to join it (the
 * video link only while the room is open, from {@code joinOpensAt}), and where it takes place (the
 * site's name and address, for directions to a visit in person).
 */
public record NextAppointment(
    AppointmentView appointment,
    boolean joinOpen,
    Instant joinOpensAt,
    String videoUrl,
    String siteName,
    String siteAddress)
    implements Serializable {}
