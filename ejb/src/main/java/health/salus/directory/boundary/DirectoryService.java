package health.salus.directory.boundary;

import health.salus.community.boundary.ReviewRating;
import health.salus.community.boundary.ReviewRatings;
import health.salus.directory.entity.Practitioner;
import health.salus.directory.entity.Site;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The organisation's directory: who works here, in which specialty and where. */
@Stateless
public class DirectoryService {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject ReviewRatings ratings;

  /**
   * One page of the practitioners by name, only those whose account is enabled (a disabled account
   * sees nobody, so nobody should look for it); with a specialty, only those whose specialty
   * matches it, ignoring case. Reads one page and a count, however many practitioners there are.
   */
  @PermitAll
  @AnySignedIn
  public Page<PractitionerView> practitioners(String specialty, int page, int size) {
    String wanted = specialty == null ? "" : specialty.trim().toLowerCase(Locale.ROOT);
    String where =
        " WHERE p.account.enabled = TRUE"
            + (wanted.isEmpty() ? "" : " AND LOWER(p.specialty) = :specialty");
    TypedQuery<Practitioner> rows =
        em.createQuery(
            "SELECT p FROM Practitioner p JOIN FETCH p.account"
                + where
                + " ORDER BY p.account.fullName, p.id",
            Practitioner.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(p) FROM Practitioner p" + where, Long.class);
    if (!wanted.isEmpty()) {
      rows.setParameter("specialty", wanted);
      count.setParameter("specialty", wanted);
    }
    List<Practitioner> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
    Map<Long, ReviewRating> rated =
        ratings.ofPractitioners(found.stream().map(Practitioner::getId).toList());
    List<PractitionerView> items = found.stream().map(p -> view(p, rated.get(p.getId()))).toList();
    return new Page<>(items, count.getSingleResult(), page, size);
  }

  /**
   * The organisation's sites by name (a handful: bounded by nature), each with the average and
   * count of its published reviews.
   */
  @PermitAll
  @AnySignedIn
  public List<SiteView> sites() {
    List<Site> sites =
        em.createQuery("SELECT s FROM Site s ORDER BY s.name, s.id", Site.class).getResultList();
    Map<Long, ReviewRating> rated = ratings.ofSites(sites.stream().map(Site::getId).toList());
    return sites.stream()
        .map(
            s -> {
              ReviewRating rating = rated.get(s.getId());
              return new SiteView(s.getId(), s.getName(), rating.average(), rating.count());
            })
        .toList();
  }

  private static PractitionerView view(Practitioner p, ReviewRating rating) {
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
        p.getSite() == null ? null : p.getSite().getName(),
        rating.average(),
        rating.count());
  }
}
