package health.salus.feedback.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.directory.entity.Practitioner;
import health.salus.feedback.control.FeedbackRepository;
import health.salus.feedback.control.PatientActedFor;
import health.salus.feedback.control.SlaClock;
import health.salus.feedback.control.SlaSettings;
import health.salus.feedback.entity.Complaint;
import health.salus.feedback.entity.ComplaintAction;
import health.salus.feedback.entity.ComplaintStatus;
import health.salus.feedback.entity.ComplaintStep;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.scheduling.entity.Appointment;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The complaints and compliments register: the patient (or a carer acting for them, or staff on
 * their behalf) lodges one; staff triage, acknowledge and resolve it; the patient follows it and
 * may withdraw it while it is open, and is told of each step. The SLA times are set when it is
 * received ({@link SlaClock}). Every read and change is audited about the patient; refusals too.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class ComplaintService {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject FeedbackRepository repository;
  @Inject SlaSettings sla;
  @Inject PatientActedFor actedFor;
  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Event<ComplaintChanged> changed;

  /**
   * Lodges a complaint or compliment, RECEIVED now, for the caller, the patient a carer acts for,
   * or (staff) the patient named by {@code patientId}. Kind, category and description required; an
   * appointment must be the patient's, a practitioner must exist (else 400).
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public ComplaintView lodge(NewComplaint request) {
    if (request == null) {
      throw new InvalidInputException("description", "feedback.description.required");
    }
    CurrentCaller caller = callers.current();
    Long id = request.patientId() == null ? caller.patientId() : request.patientId();
    if (id == null) {
      throw new InvalidInputException("patientId", "feedback.patientUnknown");
    }
    Patient patient = em.find(Patient.class, id);
    if (patient == null && caller.isStaff()) {
      throw new InvalidInputException("patientId", "feedback.patientUnknown");
    }
    if (patient == null
        || !accessPolicy.permits(
            id,
            Access.to("COMPLAINT_LODGE", "Patient", id)
                .saying("not the patient, acting for them or staff"))) {
      throw new NotFoundException("feedback.patientNotFound");
    }
    Practitioner practitioner = practitioner(request, patient);
    SlaClock clock = sla.clock();
    Instant now = clock.now();
    Complaint complaint =
        new Complaint(
            patient,
            request.kind(),
            request.category(),
            request.description(),
            request.appointmentId(),
            practitioner,
            callers.account(),
            now,
            clock.acknowledgeBy(now),
            clock.resolveBy(now));
    repository.add(complaint);
    repository.flush();
    audit.record(
        AuditEvent.of("COMPLAINT_LODGE", AuditOutcome.SUCCESS)
            .aboutPatient(id)
            .object("Complaint", complaint.getId())
            .detail(complaint.getKind() + " " + complaint.getCategory()));
    tell(complaint, ComplaintAction.LODGED, null);
    return ComplaintView.of(complaint, now, caller.isStaff(), !caller.isStaff());
  }

  /**
   * The name of the patient that staff are about to lodge a complaint or compliment for (the
   * lodging page shows whom it is for); unknown patient 404. The look-up is audited as staff work.
   */
  @RolesAllowed(Role.Names.STAFF)
  public String patientToLodgeFor(long patientId) {
    Patient patient = em.find(Patient.class, patientId);
    if (patient == null
        || !accessPolicy.permits(
            patientId,
            Access.to("COMPLAINT_LODGE_FORM", "Patient", patientId)
                .saying("staff lodging a complaint for the patient"))) {
      throw new NotFoundException("feedback.patientNotFound");
    }
    return patient.getFullName();
  }

  /**
   * The complaints and compliments of the caller (or the patient a carer acts for), newest first.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public List<ComplaintSummaryView> mine(Long patientId) {
    long id = actedFor.id(patientId, "COMPLAINTS_READ");
    Instant now = sla.clock().now();
    List<ComplaintSummaryView> items =
        repository.complaintsOf(id).stream().map(c -> ComplaintSummaryView.of(c, now)).toList();
    audit.record(
        AuditEvent.of("COMPLAINTS_READ", AuditOutcome.SUCCESS)
            .aboutPatient(id)
            .object("Patient", id)
            .detail(items.size() + " items"));
    return items;
  }

  /** The register for staff, newest first, of a status or all. */
  @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
  public Page<ComplaintSummaryView> register(ComplaintStatus status, int page, int size) {
    Instant now = sla.clock().now();
    List<ComplaintSummaryView> items =
        repository.complaints(status, page, size).stream()
            .map(c -> ComplaintSummaryView.of(c, now))
            .toList();
    audit.recordAll(
        AuditEvent.readsPerPatient(
            "COMPLAINTS_READ",
            items,
            ComplaintSummaryView::patientId,
            ComplaintSummaryView::id,
            "complaints"));
    return new Page<>(items, repository.countComplaints(status), page, size);
  }

  /** A complaint with its history: for staff, the patient and a carer acting for them; else 404. */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF, Role.Names.ADMIN})
  public ComplaintView read(long complaintId) {
    Complaint c = visible(complaintId, "COMPLAINT_READ");
    boolean staff = staff();
    audit.record(
        AuditEvent.of("COMPLAINT_READ", AuditOutcome.SUCCESS)
            .aboutPatient(c.getPatient().getId())
            .object("Complaint", complaintId)
            .purpose(staff ? Basis.FRONT_DESK.purpose() : null));
    return ComplaintView.of(c, sla.clock().now(), staff, !staff);
  }

  /** Sets the severity (required) and the category while it is open, by staff. */
  @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
  public ComplaintView triage(long complaintId, ComplaintTriage triage) {
    ComplaintTriage t = triage == null ? new ComplaintTriage(null, null, null, null) : triage;
    return step(
        complaintId,
        "COMPLAINT_TRIAGE",
        t.version(),
        null,
        c -> c.triage(t.category(), t.severity(), t.note(), callers.account(), now()));
  }

  /** RECEIVED → ACKNOWLEDGED, with an optional note to the patient, by staff. */
  @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
  public ComplaintView acknowledge(long complaintId, ComplaintStepInput input) {
    ComplaintStepInput in = input == null ? new ComplaintStepInput(null, null, null) : input;
    return step(
        complaintId,
        "COMPLAINT_ACKNOWLEDGE",
        in.version(),
        ComplaintAction.ACKNOWLEDGED,
        c -> c.acknowledge(in.note(), callers.account(), now()));
  }

  /** Resolves an open complaint with its resolution (required, else 400), by staff. */
  @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
  public ComplaintView resolve(long complaintId, ComplaintStepInput input) {
    ComplaintStepInput in = input == null ? new ComplaintStepInput(null, null, null) : input;
    return step(
        complaintId,
        "COMPLAINT_RESOLVE",
        in.version(),
        ComplaintAction.RESOLVED,
        c -> c.resolve(in.resolution(), callers.account(), now()));
  }

  /** The patient (or a carer acting for them) withdraws an open complaint, with a reason. */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public ComplaintView withdraw(long complaintId, ComplaintStepInput input) {
    ComplaintStepInput in = input == null ? new ComplaintStepInput(null, null, null) : input;
    return step(
        complaintId,
        "COMPLAINT_WITHDRAW",
        in.version(),
        ComplaintAction.WITHDRAWN,
        c -> c.withdraw(in.note(), callers.account(), now()));
  }

  private ComplaintView step(
      long complaintId,
      String action,
      Long version,
      ComplaintAction told,
      Consumer<Complaint> change) {
    Complaint c = visible(complaintId, action);
    AuditEvent event =
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .aboutPatient(c.getPatient().getId())
            .object("Complaint", complaintId);
    if (version != null && version != c.getVersion()) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "stale version " + version));
      throw new ConflictException("version", "feedback.changedMeanwhile");
    }
    ComplaintStatus from = c.getStatus();
    try {
      change.accept(c);
      repository.flush();
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    } catch (PersistenceException changedMeanwhile) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "changed meanwhile"));
      throw new ConflictException("version", "feedback.changedMeanwhile");
    }
    audit.record(event.detail(from + " -> " + c.getStatus()));
    if (told != null) {
      List<ComplaintStep> history = c.getHistory();
      tell(c, told, history.get(history.size() - 1).getNote());
    }
    boolean staff = staff();
    return ComplaintView.of(c, now(), staff, !staff);
  }

  /** The complaint if the caller may see it: staff any; the patient and carers acting; else 404. */
  private Complaint visible(long complaintId, String action) {
    Complaint c =
        repository
            .complaint(complaintId)
            .orElseThrow(() -> new NotFoundException("feedback.complaintNotFound"));
    if (!staff()
        && !accessPolicy.permits(
            c.getPatient().getId(),
            Access.to(action, "Complaint", complaintId)
                .allowing(Basis.SELF, Basis.ACTING_FOR)
                .saying("not the patient nor acting for them"))) {
      throw new NotFoundException("feedback.complaintNotFound");
    }
    return c;
  }

  private Practitioner practitioner(NewComplaint request, Patient patient) {
    Practitioner chosen = null;
    if (request.appointmentId() != null) {
      Appointment appointment = em.find(Appointment.class, request.appointmentId());
      if (appointment == null || !appointment.getPatient().getId().equals(patient.getId())) {
        throw new InvalidInputException("appointmentId", "feedback.appointmentUnknown");
      }
      chosen = appointment.getPractitioner();
    }
    if (request.practitionerId() != null) {
      chosen = em.find(Practitioner.class, request.practitionerId());
      if (chosen == null) {
        throw new InvalidInputException("practitionerId", "feedback.practitionerUnknown");
      }
    }
    return chosen;
  }

  private void tell(Complaint c, ComplaintAction action, String note) {
    changed.fire(
        new ComplaintChanged(
            c.getId(), c.getPatient().getId(), c.getKind(), action, c.getStatus(), note));
  }

  private boolean staff() {
    CurrentCaller caller = callers.current();
    return caller.has(Role.STAFF) || caller.has(Role.ADMIN);
  }

  private Instant now() {
    return sla.clock().now();
  }
}
