package health.salus.consent.boundary;

import health.salus.consent.entity.ConsentCategory;
import health.salus.consent.entity.ConsentGrant;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A patient whose data the caller may see (and, with {@code actFor}, act for) under one active
 * grant: who, which categories, until when.
 */
public record RepresentedPerson(
    long patientId,
    String fullName,
    List<ConsentCategory> categories,
    boolean actFor,
    Instant validUntil)
    implements Serializable {

  static RepresentedPerson of(ConsentGrant g) {
    return new RepresentedPerson(
        g.getPatient().getId(),
        g.getPatient().getFullName(),
        List.copyOf(g.getCategories()),
        g.isActFor(),
        g.getValidUntil());
  }
}
