package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.shared.control.FleschKincaid;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English that patients read is plain: about school year 8 or below (Flesch–Kincaid grade) over
 * all their texts together, and no single long text far above that.
 *
 * <p>Patient-facing means: every text of the notices (e-mails and in-app notices) and of the
 * calendar files, and the texts of the messages bundle whose key starts with one of {@link
 * #PATIENT_PREFIXES} (the public pages, the patient's own pages and the refusals a patient meets
 * there). Staff and administrator pages, the API's problem texts for programmers, the audit trail
 * and date patterns are not. Texts of fewer than {@value #MIN_WORDS} words (labels and buttons) are
 * left out of the measure: they would only flatter it.
 */
class PlainLanguageTest {

  static final List<String> PATIENT_PREFIXES =
      List.of(
          "layout.",
          "footer.",
          "index.",
          "login.",
          "register.",
          "home.patient.",
          "profile.",
          "password.",
          "error.",
          "menu.",
          "medications.",
          "refillDialog.",
          "refillRequest.",
          "consent.",
          "refill.noneRemaining",
          "refill.notActive",
          "refill.alreadyOpen",
          "appointments.",
          "book.",
          "find.",
          "waitlist.",
          "calendar.",
          "billing.invoices.",
          "billing.invoice.",
          "billing.balance.",
          "notifications.",
          "slot.",
          "reschedule.",
          "cancel.",
          "scheduling.",
          "booking.capReached",
          "mfa.",
          "accessHistory.",
          "accessLog.",
          "language.",
          "monitoring.intro",
          "monitoring.enter.",
          "monitoring.limits.",
          "monitoring.charts.",
          "monitoring.who5.",
          "monitoring.recorded",
          "monitoring.checkedIn",
          "monitoring.value",
          "monitoring.takenAt",
          "monitoring.stepsWhole",
          "casework.mine.",
          "community.",
          "messaging.",
          "feedback.home.",
          "feedback.mine.",
          "feedback.toRate.",
          "feedback.nps.",
          "feedback.rate.",
          "feedback.lodge.",
          "feedback.withdraw.",
          "learn.");

  static final int MIN_WORDS = 4;
  static final double OVERALL_GRADE = 8.0;
  static final double SINGLE_TEXT_GRADE = 11.0;
  static final int LONG_TEXT_WORDS = 12;

  static Map<String, String> patientTexts() {
    Map<String, String> texts = new TreeMap<>();
    BundleParityTest.load("health/salus/i18n/messages.properties")
        .forEach(
            (key, text) -> {
              if (PATIENT_PREFIXES.stream().anyMatch(key::startsWith)) {
                texts.put(key, text);
              }
            });
    Stream.of("health/salus/notification/notices", "health/salus/scheduling/calendar")
        .forEach(
            family ->
                BundleParityTest.load(family + ".properties")
                    .forEach(
                        (key, text) -> {
                          if (!key.startsWith("format.")) {
                            texts.put(family + ":" + key, text);
                          }
                        }));
    return texts;
  }

  /** The text as read: placeholders as a short word, choices by their plural branch. */
  static String asRead(String text) {
    return text.replaceAll("\\{[^{}]*\\|1<([^}]*)\\}", "$1")
        .replaceAll("\\{[^{}]*\\}", "it")
        .replace("\\n", " ")
        .replace("Salus", "it");
  }

  @Test
  void patientsReadAboutYearEightOrBelow() {
    FleschKincaid overall = new FleschKincaid();
    Map<String, String> tooHard = new TreeMap<>();
    patientTexts()
        .forEach(
            (key, text) -> {
              String read = asRead(text);
              FleschKincaid one = new FleschKincaid().add(read);
              if (one.words() < MIN_WORDS) {
                return;
              }
              overall.add(read);
              if (one.words() >= LONG_TEXT_WORDS && one.grade() > SINGLE_TEXT_GRADE) {
                tooHard.put(key, String.format("grade %.1f: %s", one.grade(), text));
              }
            });

    System.out.printf(
        "Patient-facing English: %d words, Flesch-Kincaid grade %.2f%n",
        overall.words(), overall.grade());
    assertThat(overall.words()).as("words measured").isGreaterThan(1000);
    assertThat(overall.grade()).as("grade of all patient texts").isLessThanOrEqualTo(OVERALL_GRADE);
    assertThat(tooHard).as("long patient texts far above year 8").isEmpty();
  }
}
