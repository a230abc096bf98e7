package health.salus.testsupport;

import health.salus.directory.entity.Practitioner;
import health.salus.directory.entity.Site;
import health.salus.identity.entity.UserAccount;
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

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: gives a clinician's account that an
 * administrator made ({@code POST /admin/accounts}) a practitioner's directory entry, which no page
 * or API of the product does for staff accounts; so a test has a practitioner of its own, in no
 * patient's care team. Use {@link Clinicians#outsider()}.
 */
@Stateless
@PermitAll
@Path("test/practitioners")
@Produces(MediaType.APPLICATION_JSON)
public class ClinicianFixture {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** {@code {id}} of the new practitioner entry of the account with this username. */
  @POST
  @Path("{username}")
  public JsonObject practitioner(@PathParam("username") String username) {
    UserAccount account =
        em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
            .setParameter("u", username)
            .getSingleResult();
    Site site =
        em.createQuery("SELECT s FROM Site s ORDER BY s.id", Site.class)
            .setMaxResults(1)
            .getSingleResult();
    Practitioner practitioner =
        new Practitioner(account, "General practice", "Testing", site, null);
    em.persist(practitioner);
    em.flush();
    return Json.createObjectBuilder().add("id", practitioner.getId()).build();
  }
}
