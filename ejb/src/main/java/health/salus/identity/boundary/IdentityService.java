package health.salus.identity.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.control.AccountRepository;
import health.salus.identity.control.AccountStates;
import health.salus.identity.control.CredentialCache;
import health.salus.identity.control.PasswordHasher;
import health.salus.identity.control.PasswordPolicy;
import health.salus.identity.control.RegistrationThrottle;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.ProfileDetails;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.CallerContext;
import health.salus.shared.control.InputValidation;
import health.salus.shared.entity.Language;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A person's own account: registering as a patient, seeing who one is, keeping one's profile and
 * password up to date. Every method is for any signed-in user (class level), but registration.
 */
@Stateless
@PermitAll
@AnySignedIn
public class IdentityService {

  @Resource SessionContext session;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject PasswordPolicy passwordPolicy;
  @Inject CredentialCache credentialCache;
  @Inject AccountStates states;
  @Inject OwnAccounts own;
  @Inject RegistrationThrottle registrations;
  @Inject CallerContext callerContext;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Registers a new patient: an account with the PATIENT role and the patient's record. Refuses a
   * taken username (conflict), a weak password or bad fields (invalid input), and a client address
   * that has tried too often this hour (too many attempts, with the time to wait).
   */
  @PermitAll
  public RegisteredPatient register(Registration registration) {
    registrations
        .tryAttempt(clientAddress())
        .ifPresent(
            wait -> {
              throw new TooManyAttemptsException("register.tooMany", wait);
            });
    validation.check(registration);
    String username = UserAccount.normalise(registration.username());
    passwordPolicy
        .violation(registration.password(), username)
        .ifPresent(
            key -> {
              throw new InvalidInputException("password", key);
            });
    LocalDate birthDate = registration.birthDate();
    if (birthDate.isBefore(LocalDate.now(clock).minusYears(130))) {
      throw new InvalidInputException("birthDate", "birthDate.implausible");
    }
    if (accounts.byUsername(username).isPresent()) {
      throw new ConflictException("username", "username.taken");
    }
    Instant now = clock.instant();
    UserAccount account =
        new UserAccount(
            username,
            hasher.hash(registration.password()),
            registration.email(),
            registration.fullName(),
            birthDate,
            Set.of(Role.PATIENT),
            now);
    Patient patient = new Patient(account, account.getFullName(), birthDate, now);
    try {
      accounts.add(account);
      accounts.add(patient);
      accounts.flush();
    } catch (PersistenceException lostRace) {
      throw new ConflictException("username", "username.taken");
    }
    audit.record(
        AuditEvent.of("REGISTER", AuditOutcome.SUCCESS)
            .withActor(username)
            .aboutPatient(patient.getId())
            .object("UserAccount", account.getId()));
    return new RegisteredPatient(account.getId(), username, patient.getId());
  }

  /** The people the signed-in carer looks after, as the relations recorded for them say. */
  @RolesAllowed(Role.Names.CARER)
  public List<CaredForPerson> caredFor() {
    return accounts.caredForBy(caller()).stream()
        .map(
            r ->
                new CaredForPerson(
                    r.getPatient().getId(), r.getPatient().getFullName(), r.getRelationship()))
        .toList();
  }

  /** The signed-in user's own account. */
  public AccountView me() {
    return own.of(session.getCallerPrincipal().getName(), name -> view(caller()));
  }

  /**
   * Updates the signed-in user's profile. {@code expectedVersion} is the version the user saw: if
   * the profile changed meanwhile (another tab, another device) nothing is saved and a conflict is
   * reported, so no edit is lost silently.
   */
  public AccountView updateProfile(ProfileDetails details, long expectedVersion) {
    validation.check(details);
    try {
      ZoneId.of(details.timeZone());
    } catch (DateTimeException unknownZone) {
      throw new InvalidInputException("timeZone", "timeZone.unknown");
    }
    UserAccount account = caller();
    if (account.getVersion() != expectedVersion) {
      throw new ConflictException(null, "profile.changedMeanwhile");
    }
    account.updateProfile(details);
    accounts
        .patientOf(account)
        .ifPresent(p -> p.updateDemographics(details.fullName(), details.birthDate()));
    audit.record(
        AuditEvent.of("PROFILE_UPDATE", AuditOutcome.SUCCESS)
            .object("UserAccount", account.getId()));
    accounts.flush();
    states.changed(account.getUsername());
    return view(account);
  }

  /**
   * Sets the signed-in user's preferred language to one Salus speaks (the language switch of the
   * pages); the pages, notices, e-mails and documents follow it from then on.
   */
  public void chooseLanguage(String tag) {
    Language language =
        Language.supported(tag)
            .orElseThrow(() -> new InvalidInputException("language", "language.unknown"));
    UserAccount account = caller();
    if (account.getLanguage() == language
        && language.tag().equals(account.getPreferredLanguage())) {
      return;
    }
    account.chooseLanguage(language);
    states.changed(account.getUsername());
    audit.record(
        AuditEvent.of("PROFILE_UPDATE", AuditOutcome.SUCCESS)
            .object("UserAccount", account.getId()));
  }

  /**
   * Changes the signed-in user's password after checking the current one. Every other session of
   * the account ends at its next request, and API credentials remembered with the old password are
   * forgotten; the page that asked keeps its own session (see the web layer).
   */
  public void changePassword(String currentPassword, String newPassword) {
    UserAccount account = caller();
    if (!hasher.verify(currentPassword, account.getPasswordHash())) {
      audit.record(
          AuditEvent.of("PASSWORD_CHANGE", AuditOutcome.FAILURE)
              .object("UserAccount", account.getId())
              .detail("current password wrong"));
      throw new InvalidInputException("currentPassword", "password.currentWrong");
    }
    passwordPolicy
        .violation(newPassword, account.getUsername())
        .ifPresent(
            key -> {
              throw new InvalidInputException("newPassword", key);
            });
    account.changePasswordHash(hasher.hash(newPassword));
    credentialCache.forget(account.getUsername());
    states.changed(account.getUsername());
    audit.record(
        AuditEvent.of("PASSWORD_CHANGE", AuditOutcome.SUCCESS)
            .object("UserAccount", account.getId()));
  }

  private String clientAddress() {
    try {
      return callerContext.clientAddress();
    } catch (ContextNotActiveException outsideARequest) {
      return null;
    }
  }

  private UserAccount caller() {
    String name = session.getCallerPrincipal().getName();
    return accounts.byUsername(name).orElseThrow(() -> new NotFoundException("account.notFound"));
  }

  private AccountView view(UserAccount account) {
    Long patientId = accounts.patientOf(account).map(Patient::getId).orElse(null);
    return AccountView.of(account, patientId, clock.instant());
  }
}
