package health.salus.directory.control;

import health.salus.directory.entity.CareRelationship;
import health.salus.directory.entity.CareRelationshipKind;
import health.salus.directory.entity.Organisation;
import health.salus.directory.entity.Practitioner;
import health.salus.directory.entity.Site;
import health.salus.directory.entity.SiteKind;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo organisation: Harbourside Health with a hospital, a community clinic and an aged-care
 * home, its practitioners of several specialties, and dr.chen as the GP of alice and bob. Seeded in
 * demo mode into an empty directory, after the demo accounts.
 */
@ApplicationScoped
public class DirectoryInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.DIRECTORY) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty || account("dr.chen") == null) {
      return;
    }
    Organisation org =
        new Organisation(
            "Harbourside Health",
            "51 824 753 556",
            "02 9555 0100",
            "hello@harbourside.example.org");
    em.persist(org);
    String sydney = "Australia/Sydney";
    Site hospital =
        site(
            new Site(
                org,
                "Harbourside Hospital",
                SiteKind.HOSPITAL,
                "1 Wharf Road",
                "Balmain",
                "NSW",
                "2041",
                "02 9555 0100",
                sydney));
    Site clinic =
        site(
            new Site(
                org,
                "Parramatta Community Clinic",
                SiteKind.CLINIC,
                "88 Church Street",
                "Parramatta",
                "NSW",
                "2150",
                "02 9555 0200",
                sydney));
    Site agedCare =
        site(
            new Site(
                org,
                "Blue Gums Aged Care",
                SiteKind.AGED_CARE_HOME,
                "12 Great Western Highway",
                "Katoomba",
                "NSW",
                "2780",
                "02 9555 0300",
                sydney));

    Practitioner chen =
        practitioner(
            "dr.chen",
            "General practitioner",
            "General Practice",
            clinic,
            "GP with an interest in chronic disease management and older people's health.");
    practitioner(
        "dr.patel",
        "Cardiologist",
        "Cardiology",
        hospital,
        "Heart failure and rhythm clinic; video follow-ups for rural patients.");
    practitioner(
        "dr.okafor",
        "Endocrinologist",
        "Endocrinology",
        hospital,
        "Diabetes and thyroid care, working closely with the diabetes educators.");
    practitioner(
        "nurse.brown",
        "Registered nurse",
        "Diabetes Nursing",
        clinic,
        "Credentialled diabetes nurse: insulin starts, glucose monitoring, foot checks.");
    practitioner(
        "physio.kim",
        "Physiotherapist",
        "Physiotherapy",
        agedCare,
        "Falls prevention, mobility and strength programmes for older people.");
    practitioner(
        "edu.nguyen",
        "Health educator",
        "Health Education",
        clinic,
        "Health literacy, diabetes self-management and plain-language education in English and Vietnamese.");
    practitioner(
        "cm.smith",
        "Care coordinator",
        "Care Coordination",
        agedCare,
        "Care coordination for aged-care residents and NDIS participants.");

    LocalDate since = LocalDate.now(clock).minusYears(3);
    for (String username : new String[] {"alice", "bob"}) {
      Patient patient =
          em.createNamedQuery(Patient.BY_ACCOUNT, Patient.class)
              .setParameter("accountId", account(username).getId())
              .getSingleResult();
      em.persist(
          new CareRelationship(chen, patient, CareRelationshipKind.GENERAL_PRACTITIONER, since));
    }
  }

  private Site site(Site site) {
    em.persist(site);
    return site;
  }

  private Practitioner practitioner(
      String username, String profession, String specialty, Site site, String bio) {
    Practitioner practitioner =
        new Practitioner(account(username), profession, specialty, site, bio);
    em.persist(practitioner);
    return practitioner;
  }

  private UserAccount account(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
