package health.salus.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.prescriptions.Prescribing.Patient;
import health.salus.testsupport.PageSession;
import health.salus.testsupport.PageSession.Answer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * My medications is a stateless page ({@code shared.view.StatelessViews}): nothing of it is kept in
 * the session, each refillable medication links to the page that asks for its refill, and a post to
 * it must carry the signed form token and come from this site. The refill page finds only the
 * caller's own medications and says why one cannot be refilled now.
 */
class MedicationsPageIT {

  private static final String PAGE = "/prescriptions/medications.xhtml";
  private static final String REFILL = "/prescriptions/request-refill.xhtml?prescription=";

  private static Answer shown(PageSession session, String path) {
    Answer page = session.get(path);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page;
  }

  @Test
  void theListKeepsNoViewLinksEachRefillAndRefusesAPostWithoutTheTokenOrFromAnotherSite() {
    Patient patient = Prescribing.patientOfDrChen();
    long refillable = Prescribing.prescribe(patient, "Candesartan", 2);
    long none = Prescribing.prescribe(patient, "Ramipril", 0);
    PageSession session = PageSession.signedIn(patient.username(), patient.password());

    String page = shown(session, PAGE).body();

    assertThat(page).doesNotContain("jakarta.faces.ViewState");
    assertThat(page).contains("href=\"/salus" + REFILL + refillable + "\"");
    assertThat(page).doesNotContain(REFILL + none + "\"");
    Map<String, String> post = new LinkedHashMap<>();
    post.put("meds", "meds");
    post.put("jakarta.faces.ViewState", "stateless");
    Answer withoutToken = session.postForm(PAGE, post);
    assertThat(withoutToken.status()).as(withoutToken.toString()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("This form was not accepted");
    Answer crossSite = session.postFormFrom("https://evil.example", PAGE, post);
    assertThat(crossSite.status()).as(crossSite.toString()).isEqualTo(403);
  }

  @Test
  void theRefillPageOfAnotherPatientsMedicationOrOfNoNumberIsNotFound() {
    Patient owner = Prescribing.patientOfDrChen();
    long medication = Prescribing.prescribe(owner, "Metformin", 3);
    Patient other = Prescribing.patientOfDrChen();
    PageSession session = PageSession.signedIn(other.username(), other.password());

    for (String asked : List.of(String.valueOf(medication), "not-a-number", "", "99999999")) {
      Answer answer = session.get(REFILL + asked);
      assertThat(answer.status()).as(asked + ": " + answer).isEqualTo(404);
      assertThat(answer.body()).as(asked).doesNotContain("Metformin");
    }
    Answer own =
        shown(PageSession.signedIn(owner.username(), owner.password()), REFILL + medication);
    assertThat(own.body()).contains("Metformin").contains("<form id=\"refill\"");
  }

  @Test
  void aMedicationThatCannotBeRefilledNowSaysWhyAndOffersNoForm() {
    Patient patient = Prescribing.patientOfDrChen();
    long none = Prescribing.prescribe(patient, "Ramipril", 0);
    long asked = Prescribing.prescribe(patient, "Atorvastatin", 2);
    Prescribing.requestRefill(patient, asked);
    PageSession session = PageSession.signedIn(patient.username(), patient.password());

    Answer noneLeft = shown(session, REFILL + none);
    assertThat(noneLeft.body())
        .contains("This prescription has no refills remaining.")
        .doesNotContain("<form id=\"refill\"");
    Answer open = shown(session, REFILL + asked);
    assertThat(open.body())
        .contains("You have already asked for a refill of this medication.")
        .doesNotContain("<form id=\"refill\"");
  }
}
