package health.salus.identity.boundary;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.control.AccountRepository;
import health.salus.identity.control.CallerCache;
import health.salus.identity.control.CallerIds;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.CallerContext;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one way a feature learns who is calling ({@link #current()}): the container's principal and
 * roles, resolved through identity's own records to the account, patient and practitioner ids, once
 * per request (the ids kept a while across requests, {@link CallerIds}). Used from session beans
 * (it reads the caller from the bean's {@link SessionContext}).
 */
@Dependent
public class Callers {

  @Resource SessionContext session;

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject AccountRepository accounts;
  @Inject CallerCache cache;
  @Inject CallerIds ids;
  @Inject CallerContext callerContext;

  /** The caller of the current request. */
  public CurrentCaller current() {
    String name = session.getCallerPrincipal().getName();
    CurrentCaller cached = cached(name);
    if (cached != null) {
      return cached;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (holds(name, role)) {
        roles.add(role);
      }
    }
    if (roles.isEmpty()) {
      // not signed in: never resolve the anonymous principal's name to an account
      return CurrentCaller.anonymous(name);
    }
    CallerIds.Ids found = ids.of(name, this::lookUp);
    if (found == null) {
      return new CurrentCaller(null, name, null, null, roles);
    }
    CurrentCaller caller =
        new CurrentCaller(
            found.accountId(), found.username(), found.patientId(), found.practitionerId(), roles);
    remember(name, caller);
    return caller;
  }

  private CallerIds.Ids lookUp(String name) {
    UserAccount account = accounts.byUsername(name).orElse(null);
    if (account == null) {
      return null;
    }
    Long patientId = accounts.patientOf(account).map(Patient::getId).orElse(null);
    Long practitionerId =
        em.createNamedQuery(Practitioner.BY_ACCOUNT, Practitioner.class)
            .setParameter("accountId", account.getId())
            .getResultStream()
            .findFirst()
            .map(Practitioner::getId)
            .orElse(null);
    return new CallerIds.Ids(account.getId(), account.getUsername(), patientId, practitionerId);
  }

  /** The caller's account record, to act on it in this transaction; 404 if there is none. */
  public UserAccount account() {
    Long id = current().accountId();
    return (id == null ? Optional.<UserAccount>empty() : accounts.byId(id))
        .orElseThrow(() -> new NotFoundException("account.notFound"));
  }

  /** The caller's patient record, if the caller is a patient. */
  public Optional<Patient> patient() {
    Long id = current().patientId();
    return id == null ? Optional.empty() : accounts.patientById(id);
  }

  private boolean holds(String name, Role role) {
    try {
      return callerContext.holds(name, role.name(), session::isCallerInRole);
    } catch (ContextNotActiveException noRequest) {
      return session.isCallerInRole(role.name());
    }
  }

  private CurrentCaller cached(String name) {
    try {
      return cache.get(name);
    } catch (ContextNotActiveException noRequest) {
      return null;
    }
  }

  private void remember(String name, CurrentCaller caller) {
    try {
      cache.put(name, caller);
    } catch (ContextNotActiveException noRequest) {
      // no request (e.g. a timer): resolved again next time
    }
  }
}
