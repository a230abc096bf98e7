package health.salus.casework.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.casework.control.CaseAccess;
import health.salus.casework.control.CaseAccess.Seen;
import health.salus.casework.control.CaseAudit;
import health.salus.casework.control.FundingRepository;
import health.salus.casework.entity.BudgetCategory;
import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.FundingPlan;
import health.salus.casework.entity.Money;
import health.salus.casework.entity.ServiceDelivery;
import health.salus.consent.boundary.Access.Basis;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.InputValidation;
import health.salus.shared.control.SiteCalendar;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Funding plans of NDIS and aged-care cases: the case manager sets one up (a period, budget
 * categories in AUD); the case team records the services delivered against a category, paid one
 * after the other under the plan's row lock, and a delivery beyond what a category has left is
 * refused (422) unless allowed as over budget with a reason; at 80 % of a category or of the plan
 * the case manager is told, once. The case team and the patient's side read the plan. Every read
 * and change is audited about the patient, refusals too.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
public class FundingService {

  @Inject FundingRepository repository;
  @Inject CaseAccess access;
  @Inject Callers callers;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject CaseAudit caseAudit;
  @Inject Event<FundingThresholdReached> thresholds;
  @Inject Clock clock;
  @Inject SiteCalendar site;

  /** Today in the provider's zone: where a new plan's period starts unless told otherwise. */
  public LocalDate today() {
    return site.today();
  }

  /**
   * Sets up the funding plan of an NDIS or aged-care case (another programme: 422), by its case
   * manager: a period and one or more budget categories (none, a bad amount or a name twice: 400).
   * A case has one plan: a second is 409.
   */
  @RolesAllowed(Role.Names.CASE_MANAGER)
  public FundingPlanView setUp(long caseId, NewFundingPlan request) {
    validation.check(request);
    CareCase c = access.forCaseManager(caseId, "FUNDING_PLAN_ADD");
    if (repository.planOf(caseId).isPresent()) {
      audit.record(event(c, "FUNDING_PLAN_ADD").withOutcome(AuditOutcome.FAILURE, "plan exists"));
      throw new ConflictException("caseId", "casework.fundingPlanExists");
    }
    if (request.categories() == null || request.categories().isEmpty()) {
      throw new InvalidInputException("categories", "casework.categories.required");
    }
    FundingPlan plan =
        audited(
            c,
            "FUNDING_PLAN_ADD",
            () -> {
              FundingPlan p =
                  new FundingPlan(
                      c, request.startsOn(), request.endsOn(), callers.account(), now());
              for (int i = 0; i < request.categories().size(); i++) {
                NewFundingPlan.Category line = request.categories().get(i);
                if (line == null) {
                  throw Refusal.invalid("categories", "casework.categories.required");
                }
                try {
                  p.addCategory(line.name(), line.budget());
                } catch (Refusal refused) {
                  throw ofLine(i, refused);
                }
              }
              return p;
            });
    repository.add(plan);
    repository.flush();
    audit.record(
        event(c, "FUNDING_PLAN_ADD")
            .object("FundingPlan", plan.getId())
            .detail(plan.getBudget().toPlainString() + " AUD"));
    return FundingPlanView.of(plan, List.of());
  }

  /**
   * The case's funding plan with the services delivered: for the case team and the patient's side
   * (the patient, a carer acting for them); anyone else, or a case without a plan: 404.
   */
  @RolesAllowed({
    Role.Names.CASE_MANAGER,
    Role.Names.CLINICIAN,
    Role.Names.PATIENT,
    Role.Names.CARER
  })
  public FundingPlanView read(long caseId) {
    Seen seen = access.visible(caseId, "FUNDING_PLAN_READ");
    FundingPlan plan =
        repository
            .planOf(caseId)
            .orElseThrow(() -> new NotFoundException("casework.fundingPlanNotFound"));
    FundingPlanView view = FundingPlanView.of(plan, repository.deliveries(plan.getId()));
    audit.record(
        event(seen.careCase(), "FUNDING_PLAN_READ")
            .purpose(seen.team() ? Basis.CARE_TEAM.purpose() : null)
            .object("FundingPlan", plan.getId())
            .detail(seen.team() ? "TEAM" : "PATIENT"));
    return view;
  }

  /**
   * Records a service delivered and pays it from its category, by the case team. The plan is read
   * row-locked, so deliveries recorded at once are paid one after the other: one that would go
   * beyond what the category has left is refused (422) unless {@code overBudget} with a reason. The
   * case manager is told when a category or the plan reaches 80 %, once each.
   */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public FundingPlanView.DeliveryView recordDelivery(long caseId, NewDelivery request) {
    validation.check(request);
    CareCase c = access.forTeam(caseId, "FUNDING_DELIVERY_ADD");
    FundingPlan plan =
        repository
            .planForUpdate(caseId)
            .orElseThrow(() -> new NotFoundException("casework.fundingPlanNotFound"));
    BudgetCategory category =
        repository
            .category(request.categoryId() == null ? 0 : request.categoryId())
            .filter(found -> found.getPlan().equals(plan))
            .orElseThrow(() -> new InvalidInputException("categoryId", "casework.categoryUnknown"));
    Instant at = now();
    ServiceDelivery delivery =
        audited(
            c,
            "FUNDING_DELIVERY_ADD",
            () ->
                plan.deliver(
                    category,
                    request.deliveredOn(),
                    request.description(),
                    request.amount(),
                    request.provider(),
                    Boolean.TRUE.equals(request.overBudget()),
                    request.overBudgetReason(),
                    callers.account(),
                    at));
    repository.add(delivery);
    List<FundingPlan.Crossing> crossings = plan.alertsDue(at);
    repository.flush();
    audit.record(
        event(c, "FUNDING_DELIVERY_ADD")
            .object("ServiceDelivery", delivery.getId())
            .detail(
                category.getName()
                    + " "
                    + delivery.getAmount().toPlainString()
                    + (delivery.getOverBudgetReason() == null ? "" : " over budget")));
    crossings.forEach(crossing -> tell(c, plan, crossing));
    return FundingPlanView.DeliveryView.of(delivery);
  }

  private void tell(CareCase c, FundingPlan plan, FundingPlan.Crossing crossing) {
    thresholds.fire(
        new FundingThresholdReached(
            plan.getId(),
            c.getId(),
            c.getPatient().getFullName(),
            c.getCaseManager().getId(),
            crossing.category(),
            Money.percent(crossing.used(), crossing.budget())));
  }

  private <T> T audited(CareCase c, String action, Supplier<T> change) {
    return caseAudit.audited(c, action, change);
  }

  private static AuditEvent event(CareCase c, String action) {
    return CaseAudit.event(c, action);
  }

  private Instant now() {
    return clock.instant();
  }

  /**
   * A refusal of one category line named by its place, such as {@code categories[1].budget}, so
   * that a form shows it beside that line's input.
   */
  private static Refusal ofLine(int index, Refusal refused) {
    if (refused.kind() != Refusal.Kind.INVALID
        || !("categoryName".equals(refused.field()) || "budget".equals(refused.field()))) {
      return refused;
    }
    return Refusal.invalid(
        "categories[" + index + "]." + refused.field(), refused.messageKey(), refused.arguments());
  }
}
