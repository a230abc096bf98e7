package health.salus.records.view;

import health.salus.consent.boundary.EmergencyAccessRequest;
import health.salus.consent.boundary.EmergencyAccessService;
import health.salus.consent.boundary.EmergencyAccessView;
import health.salus.consent.boundary.RepresentedPerson;
import health.salus.consent.view.ActingChoice;
import health.salus.identity.view.CurrentUser;
import health.salus.records.boundary.MedicalRecord;
import health.salus.records.boundary.ObservationView;
import health.salus.records.boundary.RecordService;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.view.LocalFormats;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.TimeDisplay;
import health.salus.shared.view.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The health record page: the patient's own (no parameter; a carer's: the person they act for), or
 * the record of {@code ?patientId=} for whoever the access policy lets read it. One read of the
 * record per view ({@link RecordService#recordOf}); the sections the reader may not read are null
 * there and absent from the page. A record the reader may not read is "not found", except that a
 * clinician is offered emergency access instead (the same for a patient who does not exist: the
 * page tells nothing of the record before it is opened); under emergency access a banner says until
 * when and why.
 */
@Named
@ViewScoped
public class RecordBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/records/record.xhtml";

  @Inject RecordService records;
  @Inject EmergencyAccessService emergencies;
  @Inject CurrentUser currentUser;
  @Inject ActingChoice acting;
  @Inject TimeDisplay timeDisplay;

  private Long patientId;
  private MedicalRecord record;
  private RecordSummary summary;
  private List<TestResults> tests;
  private EmergencyAccessView emergency;
  private boolean emergencyOffered;
  private String reason;

  /** Reads the record named by the view parameter, or the reader's own (f:viewAction). */
  public void load() throws IOException {
    Long whose = patientId != null ? patientId : own();
    if (whose == null) {
      notFound();
      return;
    }
    try {
      record = records.recordOf(whose);
    } catch (NotFoundException | AccessDeniedException refused) {
      if (patientId != null && currentUser.hasRole("CLINICIAN")) {
        emergencyOffered = true;
        return;
      }
      notFound();
      return;
    }
    tests =
        record.observations() == null
            ? null
            : TestResults.of(
                record.observations(),
                timeDisplay.zone(),
                LocalFormats.pattern("record.format.chartLabel"),
                UserMessages::text);
    summary = RecordSummary.of(record, tests);
    if (patientId != null && currentUser.hasRole("CLINICIAN") && !isOwn()) {
      emergency =
          emergencies.mine().stream().filter(e -> e.patientId() == whose).findFirst().orElse(null);
    }
  }

  /** Opens the record in an emergency with the reason given, then shows it. */
  public void openEmergencyAccess() throws IOException {
    long whose = patientId;
    PageAction.change(
        () -> emergencies.open(whose, new EmergencyAccessRequest(reason)),
        "emergency",
        PAGE + "?patientId=" + whose,
        "record.emergency.opened");
  }

  /** The person the reader acts for, else the reader as a patient; null for neither. */
  private Long own() {
    RepresentedPerson person = currentUser.hasRole("CARER") ? acting.getPerson() : null;
    if (person != null) {
      return person.patientId();
    }
    return currentUser.getAccount() == null ? null : currentUser.getAccount().patientId();
  }

  private static void notFound() throws IOException {
    PageAction.sendError(404);
  }

  /** Whether the record is the reader's own (as a patient, not as someone acting for another). */
  public boolean isOwn() {
    return record != null
        && currentUser.getAccount() != null
        && currentUser.getAccount().patientId() != null
        && currentUser.getAccount().patientId() == record.patient().id();
  }

  /** When the emergency access ends, as a time of day in the reader's zone. */
  public String getEmergencyUntil() {
    return emergency == null
        ? ""
        : DateTimeFormatter.ofPattern("HH:mm")
            .format(emergency.validUntil().atZone(timeDisplay.zone()));
  }

  /** The usual range of a result in words ("4 to 6", "60 or more"); empty without one. */
  public String range(ObservationView result) {
    if (result.rangeLow() != null && result.rangeHigh() != null) {
      return UserMessages.text(
          "record.range.between",
          result.rangeLow().toPlainString(),
          result.rangeHigh().toPlainString());
    }
    if (result.rangeLow() != null) {
      return UserMessages.text("record.range.atLeast", result.rangeLow().toPlainString());
    }
    if (result.rangeHigh() != null) {
      return UserMessages.text("record.range.atMost", result.rangeHigh().toPlainString());
    }
    return "";
  }

  /** The query that names the record again (for the link that shows the charts). */
  public String getQuery() {
    return patientId == null ? "" : "&patientId=" + patientId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }

  public MedicalRecord getRecord() {
    return record;
  }

  public RecordSummary getSummary() {
    return summary;
  }

  public List<TestResults> getTests() {
    return tests;
  }

  public EmergencyAccessView getEmergency() {
    return emergency;
  }

  public boolean isEmergencyOffered() {
    return emergencyOffered;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
