package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a post comes from, as the browser's Origin says, against the Host it was sent to. */
class StatelessFormGuardTest {

  @Test
  void theSameHostAndPortIsThisSite() {
    assertThat(StatelessFormGuard.sameAuthority("http://127.0.0.1:8080", "127.0.0.1:8080"))
        .isTrue();
    // Behind a TLS proxy the origin is https while Payara sees http: the host decides.
    assertThat(StatelessFormGuard.sameAuthority("https://salus.example", "Salus.Example")).isTrue();
  }

  @Test
  void anotherHostPortOrAnOpaqueOriginIsNot() {
    assertThat(StatelessFormGuard.sameAuthority("https://evil.example", "salus.example")).isFalse();
    assertThat(StatelessFormGuard.sameAuthority("http://127.0.0.1:9090", "127.0.0.1:8080"))
        .isFalse();
    assertThat(
            StatelessFormGuard.sameAuthority("https://salus.example.evil.example", "salus.example"))
        .isFalse();
    assertThat(StatelessFormGuard.sameAuthority("null", "salus.example")).isFalse();
    assertThat(StatelessFormGuard.sameAuthority("not a url", "salus.example")).isFalse();
    assertThat(StatelessFormGuard.sameAuthority("https://salus.example", null)).isFalse();
  }

  @Test
  void onlyTheSignInAndRegistrationPagesAreGuardedPublicForms() {
    assertThat(PublicViews.FORMS).containsExactlyInAnyOrder("/login.xhtml", "/register.xhtml");
    assertThat(PublicViews.isPublic("/index.xhtml")).isTrue();
    assertThat(PublicViews.isPublic("/error/not-found.xhtml")).isTrue();
    assertThat(PublicViews.isPublic("/home.xhtml")).isFalse();
    assertThat(PublicViews.isPublic("/account/profile.xhtml")).isFalse();
  }

  @Test
  void theGuardAndTheViewHandlerKnowTheSignedInStatelessPagesBesideThePublicOnes() {
    assertThat(StatelessViews.hasGuardedForms("/login.xhtml")).isTrue();
    assertThat(StatelessViews.hasGuardedForms("/register.xhtml")).isTrue();
    assertThat(StatelessViews.hasGuardedForms("/scheduling/my-appointments.xhtml")).isTrue();
    assertThat(StatelessViews.hasGuardedForms("/prescriptions/medications.xhtml")).isTrue();
    assertThat(StatelessViews.hasGuardedForms("/index.xhtml")).isFalse();
    assertThat(StatelessViews.hasGuardedForms("/scheduling/book.xhtml")).isFalse();
    assertThat(StatelessViews.isStateless("/scheduling/my-appointments.xhtml")).isTrue();
    assertThat(StatelessViews.isStateless("/prescriptions/medications.xhtml")).isTrue();
    assertThat(StatelessViews.isStateless("/prescriptions/request-refill.xhtml")).isFalse();
    assertThat(StatelessViews.isStateless("/error/not-found.xhtml")).isTrue();
    assertThat(StatelessViews.isStateless("/home.xhtml")).isFalse();
    assertThat(PublicViews.isPublic("/scheduling/my-appointments.xhtml")).isFalse();
  }
}
