package health.salus.testsupport;

import health.salus.directory.entity.Practitioner;
import health.salus.directory.entity.Site;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AvailabilityTemplate;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: makes a practitioner whose account is
 * disabled, which no page or API of the product can (staff accounts get no directory entry). It
 * sorts first by name and has a one-off session in the past, so it would be listed and bookable
 * (but never offers a slot) if its account's state were ignored.
 */
@Stateless
@PermitAll
@Path("test/disabled-practitioners")
@Produces(MediaType.APPLICATION_JSON)
public class PractitionersFixture {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** {@code {id, username}} of a new disabled practitioner named after {@code name}. */
  @POST
  @Path("{name}")
  public JsonObject disabled(@PathParam("name") String name) {
    UserAccount account =
        new UserAccount(
            name,
            "no-sign-in",
            name + "@example.org",
            "Aaa Disabled " + name,
            null,
            Set.of(Role.CLINICIAN),
            Instant.now());
    account.disable();
    em.persist(account);
    Site site =
        em.createQuery("SELECT s FROM Site s ORDER BY s.id", Site.class)
            .setMaxResults(1)
            .getSingleResult();
    Practitioner practitioner = new Practitioner(account, "Test", "Disabled testing", site, null);
    em.persist(practitioner);
    em.flush();
    em.persist(
        AvailabilityTemplate.oneOff(
            practitioner.getId(),
            site.getId(),
            LocalDate.now().minusDays(7),
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            30,
            AppointmentMode.VIDEO));
    return Json.createObjectBuilder()
        .add("id", practitioner.getId())
        .add("username", account.getUsername())
        .build();
  }
}
