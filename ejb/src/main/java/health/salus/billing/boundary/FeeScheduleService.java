package health.salus.billing.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.billing.control.FeeSchedule;
import health.salus.billing.entity.FeeScheduleItem;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The fee schedule: everyone signed in may read what things cost; staff and administrators keep it
 * up to date (a new price from a day on is a new item; a correction revises one). Changes audited.
 */
@Stateless
public class FeeScheduleService {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject FeeSchedule schedule;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;

  /** All items, by item code, the newest price first. */
  @PermitAll
  @AnySignedIn
  public List<FeeItemView> items() {
    return schedule.all().stream().map(FeeItemView::of).toList();
  }

  /**
   * Adds an item, or a new price of an item from {@code validFrom} on; with {@code forEducators},
   * the default of a mode for health educators without a fee of their own (with a practitioner:
   * 400; without a mode: 400).
   */
  @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
  public FeeItemView addItem(NewFeeItem request) {
    validation.check(request);
    if (request.educatorsDefault() && request.practitionerId() != null) {
      throw new InvalidInputException("forEducators", "fee.educatorsDefaultOnly");
    }
    Practitioner practitioner = null;
    if (request.practitionerId() != null) {
      practitioner = em.find(Practitioner.class, request.practitionerId());
      if (practitioner == null) {
        throw new InvalidInputException("practitionerId", "fee.practitionerUnknown");
      }
    }
    FeeScheduleItem item =
        request.educatorsDefault()
            ? FeeScheduleItem.educatorsDefault(
                request.mode(),
                request.itemCode(),
                request.description().trim(),
                request.fee(),
                request.gstApplicable(),
                request.validFrom())
            : new FeeScheduleItem(
                practitioner,
                request.mode(),
                request.itemCode(),
                request.description().trim(),
                request.fee(),
                request.gstApplicable(),
                request.validFrom());
    schedule.add(item);
    em.flush();
    audit.record(
        AuditEvent.of("FEE_ITEM_ADD", AuditOutcome.SUCCESS)
            .object("FeeScheduleItem", item.getId())
            .detail(
                item.getItemCode()
                    + " "
                    + item.getFee().toPlainString()
                    + (item.isForEducators() ? " educators' default" : "")));
    return FeeItemView.of(item);
  }

  /** Corrects an item's description, fee or GST flag; refused when it changed meanwhile (409). */
  @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
  public FeeItemView reviseItem(long itemId, FeeItemRevision revision) {
    validation.check(revision);
    FeeScheduleItem item =
        schedule.byId(itemId).orElseThrow(() -> new NotFoundException("fee.notFound"));
    if (revision.version() != item.getVersion()) {
      throw new ConflictException("version", "fee.changedMeanwhile");
    }
    item.revise(revision.description().trim(), revision.fee(), revision.gstApplicable());
    audit.record(
        AuditEvent.of("FEE_ITEM_REVISE", AuditOutcome.SUCCESS)
            .object("FeeScheduleItem", item.getId())
            .detail(item.getItemCode() + " " + item.getFee().toPlainString()));
    em.flush();
    return FeeItemView.of(item);
  }
}
