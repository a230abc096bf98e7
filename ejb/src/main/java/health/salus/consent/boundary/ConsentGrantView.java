package health.salus.consent.boundary;

import health.salus.consent.entity.ConsentCategory;
import health.salus.consent.entity.ConsentGrant;
import health.salus.consent.entity.ConsentStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A grant as its patient sees it, with its status at the moment it was read. */
public record ConsentGrantView(
    long id,
    String granteeUsername,
    List<ConsentCategory> categories,
    Instant validUntil,
    boolean actFor,
    ConsentStatus status,
    Instant grantedAt,
    Instant revokedAt)
    implements Serializable {

  static ConsentGrantView of(ConsentGrant g, Instant now) {
    return new ConsentGrantView(
        g.getId(),
        g.getGrantee().getUsername(),
        List.copyOf(g.getCategories()),
        g.getValidUntil(),
        g.isActFor(),
        g.statusAt(now),
        g.getGrantedAt(),
        g.getRevokedAt());
  }
}
