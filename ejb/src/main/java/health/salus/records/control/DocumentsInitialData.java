package health.salus.records.control;

import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.records.entity.ClinicalDocument;
import health.salus.records.entity.DocumentKind;
import health.salus.shared.boundary.InitialDataRequested;
import health.salus.shared.control.DemoDocuments;
import health.salus.shared.control.DocumentTypes;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The demo records' documents, uploaded by dr.chen: alice has the discharge summary of her stay for
 * cellulitis, her endocrinologist's letter and a urine albumin report she sees only once dr.chen
 * has had time to talk it through (released in five days, as her result is); bob has his
 * respiratory physician's letter, dr.chen's referral to a psychologist and a chest X-ray report.
 * The letters are small real PDFs, the reports plain text, as labs send them. Seeded in demo mode
 * into an empty set of documents, after the records.
 */
@ApplicationScoped
public class DocumentsInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject DocumentRepository documents;
  @Inject DocumentTypes types;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.DOCUMENTS) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(d) FROM ClinicalDocument d", Long.class).getSingleResult()
            == 0;
    if (!request.demo() || !empty) {
      return;
    }
    var chen = people.practitioner("dr.chen");
    var alice = people.patient("alice");
    var bob = people.patient("bob");
    if (chen.isEmpty() || alice.isEmpty() || bob.isEmpty()) {
      return;
    }
    alice(alice.get(), chen.get());
    bob(bob.get(), chen.get());
  }

  private void alice(Patient alice, Practitioner chen) {
    add(
        alice,
        chen,
        "Discharge summary: cellulitis, left leg",
        DocumentKind.DISCHARGE_SUMMARY,
        DemoDocuments.pdf(
            "Discharge summary",
            "Patient: Alice Martin. Admitted to the general medical ward for three days with"
                + " cellulitis of the left lower leg.",
            "Treated with intravenous clindamycin (penicillin allergy), then oral clindamycin"
                + " 450 mg three times daily to complete seven days. The redness settled and she"
                + " walked independently at discharge.",
            "Blood glucose ran high during the infection; no change to metformin. Please review"
                + " the leg and her glucose readings with her GP within one week.",
            "Discharging doctor: Dr Anika Patel, General Medicine."),
        70,
        null);
    add(
        alice,
        chen,
        "Endocrinology letter: diabetes review",
        DocumentKind.LETTER,
        DemoDocuments.pdf(
            "Endocrinology outpatient letter",
            "Dear Dr Chen, thank you for asking me to see Mrs Martin about her type 2 diabetes.",
            "Her HbA1c remains above target despite metformin. Her kidney function allows an"
                + " SGLT2 inhibitor: I suggest adding empagliflozin 10 mg daily, which should also"
                + " help her blood pressure.",
            "I would like to see her again in six months with a repeat HbA1c and eGFR.",
            "Kind regards, Dr Samuel Okafor, Endocrinologist."),
        30,
        null);
    add(
        alice,
        chen,
        "Pathology report: urine albumin",
        DocumentKind.REPORT,
        text(
            """
            PATHOLOGY REPORT
            Patient: Alice Martin
            Test: Urine albumin to creatinine ratio (ACR), random urine

            Result: 4.1 mg/mmol   (reference: below 2.5 mg/mmol)   HIGH

            Comment: moderately increased albuminuria. Repeat in three months to confirm.
            Reported by: Dr L. Fraser, Chemical Pathology
            """),
        2,
        Duration.ofDays(5));
  }

  private void bob(Patient bob, Practitioner chen) {
    add(
        bob,
        chen,
        "Respiratory physician letter: asthma",
        DocumentKind.LETTER,
        DemoDocuments.pdf(
            "Respiratory clinic letter",
            "Dear Dr Chen, I reviewed Mr Nguyen-Harris's asthma today.",
            "Spirometry shows mild reversible airflow obstruction (FEV1 82 % predicted, 14 %"
                + " better after salbutamol). He uses his reliever three times a week.",
            "I have stepped his preventer up to budesonide with formoterol, one puff twice daily"
                + " and as needed, and given him a written asthma action plan.",
            "Yours sincerely, Dr Hannah Brooks, Respiratory Physician."),
        45,
        null);
    add(
        bob,
        chen,
        "Referral to a psychologist",
        DocumentKind.REFERRAL,
        DemoDocuments.pdf(
            "Referral: mental health treatment plan",
            "Dear colleague, I would be grateful if you could see Mr Nguyen-Harris for psychological"
                + " therapy under his mental health treatment plan.",
            "He has had moderate depression for eighteen months. He takes sertraline 50 mg daily"
                + " and would like to learn skills to manage low mood and poor sleep.",
            "He has no thoughts of self-harm. Six sessions of cognitive behavioural therapy are"
                + " requested; I will review him after them.",
            "Dr Wei Chen, General Practitioner."),
        20,
        null);
    add(
        bob,
        chen,
        "Chest X-ray report",
        DocumentKind.REPORT,
        text(
            """
            IMAGING REPORT
            Patient: Bob Nguyen-Harris
            Examination: Chest X-ray, PA and lateral

            Clinical notes: asthma, cough for three weeks.
            Findings: the lungs are clear. No consolidation, effusion or pneumothorax.
            Heart size is normal.
            Conclusion: normal chest X-ray.
            Reported by: Dr M. Rossi, Radiologist
            """),
        10,
        null);
  }

  private void add(
      Patient patient,
      Practitioner by,
      String title,
      DocumentKind kind,
      byte[] content,
      int daysAgo,
      Duration releasedIn) {
    Instant now = clock.instant();
    ClinicalDocument document =
        new ClinicalDocument(
            patient,
            title,
            kind,
            types.of(content),
            content,
            Long.MAX_VALUE,
            releasedIn == null ? null : now.plus(releasedIn),
            by,
            now.minus(Duration.ofDays(daysAgo)));
    documents.add(document, content);
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
