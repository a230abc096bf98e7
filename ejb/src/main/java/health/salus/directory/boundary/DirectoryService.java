package health.salus.directory.boundary;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/** The organisation's directory: who works here, in which specialty and where. */
@Stateless
public class DirectoryService {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** Practitioners by name; with a specialty, only those whose specialty matches it. */
  @PermitAll
  @AnySignedIn
  public List<PractitionerView> practitioners(String specialty) {
    String wanted = specialty == null ? "" : specialty.trim().toLowerCase(Locale.ROOT);
    return em.createNamedQuery(Practitioner.ALL, Practitioner.class).getResultList().stream()
        .filter(p -> wanted.isEmpty() || p.getSpecialty().toLowerCase(Locale.ROOT).equals(wanted))
        .map(DirectoryService::view)
        .toList();
  }

  private static PractitionerView view(Practitioner p) {
    String role =
        p.getAccount().getRoles().stream().map(Role::name).sorted().findFirst().orElse(null);
    return new PractitionerView(
        p.getId(),
        p.getAccount().getUsername(),
        p.getAccount().getFullName(),
        role,
        p.getProfession(),
        p.getSpecialty(),
        p.getSite() == null ? null : p.getSite().getId(),
        p.getSite() == null ? null : p.getSite().getName());
  }
}
