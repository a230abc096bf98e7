package health.salus.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.PageSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Find a practitioner is a plain GET form: its filters are the page's parameters, shown again in
 * the form, and the page keeps no view state; a malformed filter answers 400 with a message, a
 * patient that is no number the not-found page.
 */
class FindPractitionerPageIT {

  private static final String PAGE = "/scheduling/find-practitioner.xhtml";

  private final PageSession alice = PageSession.signedIn("alice", Api.DEMO_PASSWORD);

  @Test
  void theFiltersAreTheLinksParameters() {
    PageSession.Answer all = alice.get(PAGE);
    assertThat(all.status()).as(all.toString()).isEqualTo(200);
    assertThat(all.body())
        .contains("id=\"book-dr.chen\"", "id=\"book-physio.kim\"")
        .doesNotContain("jakarta.faces.ViewState");

    PageSession.Answer chen = alice.get(PAGE + "?name=chen&mode=VIDEO");
    assertThat(chen.status()).as(chen.toString()).isEqualTo(200);
    assertThat(chen.body())
        .contains("id=\"book-dr.chen\"", "value=\"chen\"")
        .contains("<option value=\"VIDEO\" selected=\"selected\">")
        .contains("practitioner=") // the booking link keeps the mode asked for
        .contains("&amp;mode=VIDEO")
        .doesNotContain("id=\"book-physio.kim\"");
  }

  @Test
  void aMalformedFilterAnswers400WithAMessage() {
    PageSession.Answer site = alice.get(PAGE + "?siteId=abc");
    assertThat(site.status()).as(site.toString()).isEqualTo(400);
    assertThat(site.body()).contains("Choose a site from the list.").doesNotContain("id=\"book-");

    PageSession.Answer mode = alice.get(PAGE + "?mode=SMOKE_SIGNALS");
    assertThat(mode.status()).as(mode.toString()).isEqualTo(400);
    assertThat(mode.body()).contains("Mode is one of").doesNotContain("id=\"book-");
  }

  @Test
  void aPatientThatIsNoNumberAnswersNotFoundAndSearchesNothing() {
    PageSession.Answer own = alice.get(PAGE + "?patient=");
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.body()).contains("id=\"book-dr.chen\"");

    for (String asked : List.of("abc", "12x", "1.5")) {
      PageSession.Answer answer = alice.get(PAGE + "?patient=" + asked);
      assertThat(answer.status()).as(asked + ": " + answer).isEqualTo(404);
      assertThat(answer.body())
          .as(asked)
          .contains("<title>Page not found")
          .doesNotContain("id=\"book-");
    }
  }
}
