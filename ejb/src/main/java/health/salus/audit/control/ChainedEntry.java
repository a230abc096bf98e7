package health.salus.audit.control;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An audit entry exactly as the database stores it (read over JDBC, never from the persistence
 * context or its cache), with its seal: the chain hash, or null while it is not sealed yet. The
 * time is the stored date-time as it is, without a zone: MariaDB keeps whole seconds, H2
 * microseconds, and the seal covers what is kept. {@code written} is the same time as the
 * application reads it, an instant: the sealer's grace is measured on it, the seal covers {@code
 * occurredAt}.
 */
public record ChainedEntry(
    long id,
    LocalDateTime occurredAt,
    String actor,
    String onBehalfOf,
    Long patientId,
    String action,
    String objectType,
    String objectId,
    String outcome,
    String purpose,
    String clientAddress,
    String detail,
    String chainHash,
    Instant written) {

  public boolean sealed() {
    return chainHash != null;
  }
}
