package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.PageSession;
import health.salus.testsupport.PageSession.Answer;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Page sessions follow the account on every request: a removed role, a disabled account and a
 * changed password take effect at the next request, whatever the request looks like; a lock-out
 * does not throw the owner out.
 */
class SessionSecurityIT {

  private final Api admin = Api.admin();

  private long createStaff(String username, String password, String... roles) {
    var roleArray = Json.createArrayBuilder();
    for (String role : roles) {
      roleArray.add(role);
    }
    Response created =
        admin.post(
            "/admin/accounts",
            Json.createObjectBuilder()
                .add("username", username)
                .add("fullName", "Staff " + username)
                .add("email", username + "@example.org")
                .add("initialPassword", password)
                .add("roles", roleArray)
                .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static boolean showsHome(Answer answer) {
    return answer.status() == 200 && answer.body().contains("id=\"home-title\"");
  }

  @Test
  void signingOutEndsTheSessionButAPostFromAnotherSiteDoesNot() {
    Api.Credentials patient = Api.newPatient("out");
    PageSession session = PageSession.signedIn(patient.username(), patient.password());
    assertThat(session.get("/home.xhtml").body()).contains("action=\"/salus/signout\"");

    Answer crossSite = session.postFormFrom("https://elsewhere.example", "/signout", Map.of());
    assertThat(crossSite.status()).as(crossSite.toString()).isEqualTo(403);
    assertThat(showsHome(session.get("/home.xhtml"))).as("still signed in").isTrue();

    Answer out = session.postForm("/signout", Map.of());
    assertThat(out.status()).as(out.toString()).isEqualTo(302);
    assertThat(out.location()).endsWith("/login.xhtml?loggedOut=true");
    assertThat(session.get("/home.xhtml").isSentToLogin()).as("signed out").isTrue();
  }

  @Test
  void aRemovedRoleIsGoneFromAnOpenSessionAtItsNextRequest() {
    String username = Api.unique("role");
    String password = Api.strongPassword();
    long id = createStaff(username, password, "STAFF", "EDUCATOR");
    PageSession session = PageSession.signedIn(username, password);
    Answer before = session.get("/scheduling/bookings.xhtml");
    assertThat(before.status()).as(before.toString()).isEqualTo(200);

    Response revoked = admin.delete("/admin/accounts/" + id + "/roles/STAFF");
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);

    Answer after = session.get("/scheduling/bookings.xhtml");
    assertThat(after.status()).as(after.toString()).isEqualTo(403);
    assertThat(showsHome(session.get("/home.xhtml"))).as("still signed in as educator").isTrue();

    assertThat(admin.put("/admin/accounts/" + id + "/roles/STAFF").status()).isEqualTo(200);
    Answer granted = session.get("/scheduling/bookings.xhtml");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
  }

  @Test
  void aDisabledAccountsSessionsEndOnPagesAndOnPathsThatLookLikeResources() {
    String username = Api.unique("off");
    String password = Api.strongPassword();
    long id = Api.registerPatient(username, password).getJsonNumber("id").longValue();
    List<String> paths =
        List.of(
            "/home.xhtml;x=/jakarta.faces.resource/",
            "/jakarta.faces.resource/..;/../home.xhtml",
            "/home.xhtml?x=/jakarta.faces.resource/",
            "/home.xhtml");
    List<PageSession> sessions =
        paths.stream().map(p -> PageSession.signedIn(username, password)).toList();
    for (PageSession session : sessions) {
      assertThat(showsHome(session.get("/home.xhtml"))).isTrue();
    }

    assertThat(admin.post("/admin/accounts/" + id + "/disable").status()).isEqualTo(200);

    for (int i = 0; i < paths.size(); i++) {
      Answer answer = sessions.get(i).get(paths.get(i));
      assertThat(showsHome(answer)).as(answer.toString()).isFalse();
      Answer home = sessions.get(i).get("/home.xhtml");
      assertThat(home.isSentToLogin()).as(home.toString()).isTrue();
    }
  }

  @Test
  void aLockOutStopsNewSignInsButNotTheOwnersOpenSessions() {
    String username = Api.unique("lock");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    PageSession page = PageSession.signedIn(username, password);
    Api apiClient = Api.as(username, password);
    assertThat(apiClient.get("/me").status()).isEqualTo(200);

    Api stranger = Api.as(username, "Guessing-wrong-1").viaProxyFor(Api.uniqueAddress());
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(stranger.get("/me").status()).isEqualTo(401);
    }
    assertThat(Api.auditEntries(username, "ACCOUNT_LOCKED", null)).hasSize(1);

    assertThat(showsHome(page.get("/home.xhtml"))).as("the open page session goes on").isTrue();
    assertThat(apiClient.get("/me").status()).as("the API client verified before").isEqualTo(200);
    assertThat(new PageSessionProbe(username, password).signInSucceeds())
        .as("a new sign-in is refused")
        .isFalse();
  }

  @Test
  void aPasswordChangedElsewhereEndsTheOtherSessions() {
    String username = Api.unique("pwd");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    PageSession page = PageSession.signedIn(username, password);
    assertThat(showsHome(page.get("/home.xhtml"))).isTrue();
    String newPassword = Api.strongPassword();

    Response changed =
        Api.as(username, password)
            .post(
                "/me/password",
                Json.createObjectBuilder()
                    .add("currentPassword", password)
                    .add("newPassword", newPassword)
                    .build());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

    Answer after = page.get("/home.xhtml");
    assertThat(after.isSentToLogin()).as(after.toString()).isTrue();
    assertThat(new PageSessionProbe(username, newPassword).signInSucceeds()).isTrue();
  }

  /** Whether a fresh sign-in on the login form gets a signed-in session. */
  private record PageSessionProbe(String username, String password) {
    boolean signInSucceeds() {
      PageSession session = PageSession.anonymous();
      session.signIn(username, password);
      return showsHome(session.get("/home.xhtml"));
    }
  }
}
