package health.salus.records.entity;

import static health.salus.records.entity.RecordEntriesFixture.GP;
import static health.salus.records.entity.RecordEntriesFixture.NOW;
import static health.salus.records.entity.RecordEntriesFixture.PATIENT;
import static health.salus.records.entity.RecordEntriesFixture.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.shared.entity.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A document's guards (title, kind, content, size, type), its digest, release and file name. */
class ClinicalDocumentTest {

  private static final byte[] PDF = "%PDF-1.4 a letter".getBytes(StandardCharsets.US_ASCII);
  private static final long LIMIT = 10L * 1024 * 1024;

  private static ClinicalDocument document(
      String title, DocumentKind kind, String type, byte[] content, long limit, Instant release) {
    return new ClinicalDocument(PATIENT, title, kind, type, content, limit, release, GP, NOW);
  }

  private static ClinicalDocument document(String title, String type) {
    return document(title, DocumentKind.LETTER, type, PDF, LIMIT, null);
  }

  @Test
  void keepsTheTitleTypeSizeAndSha256OfTheContent() {
    ClinicalDocument letter = document("  Cardiology letter ", "application/pdf");

    assertThat(letter.getTitle()).isEqualTo("Cardiology letter");
    assertThat(letter.getContentType()).isEqualTo("application/pdf");
    assertThat(letter.getSizeBytes()).isEqualTo(PDF.length);
    // sha256sum of "%PDF-1.4 a letter"
    assertThat(letter.getSha256())
        .hasSize(64)
        .isEqualTo(ClinicalDocument.sha256(PDF))
        .isNotEqualTo(ClinicalDocument.sha256("%PDF-1.4 a letteR".getBytes()));
    assertThat(ClinicalDocument.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void refusesAMissingOrLongTitleAMissingKindAndEmptyContent() {
    assertThat(refusalOf(() -> document(" ", "application/pdf")))
        .isEqualTo("INVALID documents.title title");
    assertThat(refusalOf(() -> document(null, "application/pdf")))
        .isEqualTo("INVALID documents.title title");
    assertThat(refusalOf(() -> document("x".repeat(201), "application/pdf")))
        .isEqualTo("INVALID records.tooLong title");
    assertThat(document("x".repeat(200), "application/pdf").getTitle()).hasSize(200);
    assertThat(refusalOf(() -> document("A", null, "application/pdf", PDF, LIMIT, null)))
        .isEqualTo("INVALID documents.kind kind");
    assertThat(
            refusalOf(
                () -> document("A", DocumentKind.OTHER, "text/plain", new byte[0], LIMIT, null)))
        .isEqualTo("INVALID documents.empty content");
  }

  @Test
  void refusesContentOverTheLimitAs413SayingTheLimit() {
    assertThat(
            document("A", DocumentKind.REPORT, "application/pdf", PDF, PDF.length, null)
                .getSizeBytes())
        .isEqualTo(PDF.length);
    assertThatThrownBy(
            () -> document("A", DocumentKind.REPORT, "application/pdf", PDF, PDF.length - 1, null))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.kind()).isEqualTo(Refusal.Kind.TOO_LARGE);
              assertThat(r.messageKey()).isEqualTo("documents.tooLarge");
            });
    assertThat(ClinicalDocument.tooLarge(LIMIT).arguments()).containsExactly("10");
    assertThat(ClinicalDocument.tooLarge(1536L * 1024).arguments()).containsExactly("1.5");
  }

  @Test
  void acceptsPdfPngJpegAndPlainTextOnlyAs415() {
    for (String type : new String[] {"application/pdf", "image/png", "image/jpeg", "text/plain"}) {
      assertThat(document("A", type).getContentType()).isEqualTo(type);
    }
    for (String type :
        new String[] {"text/html", "application/x-msdownload", "image/svg+xml", "", null}) {
      assertThat(refusalOf(() -> document("A", type)))
          .as(type)
          .isEqualTo("UNSUPPORTED_TYPE documents.unsupportedType content");
    }
  }

  @Test
  void anUnreleasedDocumentReachesThePatientFromItsReleaseOn() {
    Instant release = NOW.plus(Duration.ofDays(2));
    ClinicalDocument report =
        document("Biopsy", DocumentKind.REPORT, "application/pdf", PDF, LIMIT, release);

    assertThat(report.releasedAt(NOW)).isFalse();
    assertThat(report.releasedAt(release.minusMillis(1))).isFalse();
    assertThat(report.releasedAt(release)).isTrue();
    assertThat(document("Letter", "application/pdf").releasedAt(NOW)).isTrue();
  }

  @Test
  void theFileNameIsTheTitleMadeSafeWithTheExtensionOfItsType() {
    assertThat(document("Discharge summary", "application/pdf").fileName())
        .isEqualTo("Discharge summary.pdf");
    assertThat(document("../../etc/passwd", "text/plain").fileName()).isEqualTo("etc_passwd.txt");
    assertThat(document("a\"b\r\nc;d", "image/png").fileName()).isEqualTo("a_b__c_d.png");
    assertThat(document("出院小结 2026", "image/jpeg").fileName()).isEqualTo("出院小结 2026.jpg");
    assertThat(document("...", "application/pdf").fileName()).isEqualTo("document.pdf");
    assertThat(document("y".repeat(200), "application/pdf").fileName()).hasSize(104);
  }

  @Test
  void theContentMustBeTheBytesTheDocumentWasMadeOf() {
    ClinicalDocument letter = document("Letter", "application/pdf");

    assertThat(new DocumentContent(letter, PDF).getContent()).isEqualTo(PDF);
    assertThatThrownBy(() -> new DocumentContent(letter, "%PDF-1.4 a lettes".getBytes()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
