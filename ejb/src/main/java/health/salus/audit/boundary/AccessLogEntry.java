package health.salus.audit.boundary;

import health.salus.identity.entity.Role;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a patient's access history: when, who (username, name and role where the account is
 * known; all null for the system's own work), what (the audit action and its category), whether it
 * went through and why.
 */
public record AccessLogEntry(
    long id,
    Instant at,
    String actorUsername,
    String actorName,
    Role actorRole,
    String action,
    AccessCategory category,
    AccessOutcome outcome,
    AccessPurpose purpose)
    implements Serializable {}
