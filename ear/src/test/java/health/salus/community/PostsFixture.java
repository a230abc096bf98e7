package health.salus.community;

import health.salus.community.entity.Post;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: writes many published posts into a
 * group at once (a thousand through the API would take minutes), so that a test can reach the bound
 * of a search. Plain posts, no screening, written by the given member.
 */
@Stateless
@PermitAll
@Path("test/community-posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostsFixture {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** {@code {count, lastId}}: {@code count} posts "title n" by {@code username} in the group. */
  @POST
  @Path("{groupId}/{username}/{count}")
  public JsonObject write(
      @PathParam("groupId") long groupId,
      @PathParam("username") String username,
      @PathParam("count") int count,
      @QueryParam("title") String title) {
    SupportGroup group = em.find(SupportGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException("no group " + groupId);
    }
    UserAccount author =
        em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
            .setParameter("u", username)
            .getSingleResult();
    Post last = null;
    for (int n = 1; n <= count; n++) {
      last = new Post(group, author, title + " " + n, "Nothing to look for here.", Instant.now());
      em.persist(last);
      if (n % 200 == 0) {
        em.flush();
        em.clear();
        group = em.find(SupportGroup.class, groupId);
        author = em.find(UserAccount.class, author.getId());
      }
    }
    em.flush();
    return Json.createObjectBuilder().add("count", count).add("lastId", last.getId()).build();
  }
}
