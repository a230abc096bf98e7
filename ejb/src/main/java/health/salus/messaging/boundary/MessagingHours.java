package health.salus.messaging.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a patient is told before writing: whether the teams are out of hours now ({@code
 * outOfHours}) and from when they read messages again ({@code readFrom}, null while they are
 * working), and in how many business days a care team ({@code careTeamReplyBusinessDays}) and one
 * practitioner or educator ({@code practitionerReplyBusinessDays}) usually answer.
 */
public record MessagingHours(
    boolean outOfHours,
    Instant readFrom,
    int careTeamReplyBusinessDays,
    int practitionerReplyBusinessDays)
    implements Serializable {}
