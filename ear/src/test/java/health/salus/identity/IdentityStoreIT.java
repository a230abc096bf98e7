package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.audit.boundary.AuditLogService;
import health.salus.audit.boundary.AuditQuery;
import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.boundary.AccountAdministrationService;
import health.salus.identity.boundary.AuthenticationService;
import health.salus.identity.boundary.IdentityService;
import health.salus.identity.boundary.RegisteredPatient;
import health.salus.identity.boundary.Registration;
import health.salus.identity.boundary.SignInChannel;
import health.salus.identity.boundary.SignInResult;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.testsupport.AuditEntries;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, with the real EAR: the identity store over the database, registration rules,
 * lock-out, the audit of failures, and the role checks of the boundaries.
 */
@ExtendWith(ArquillianExtension.class)
public class IdentityStoreIT {

  private static final String DEMO_PASSWORD = "Salus-demo-1";

  // Looked up rather than injected: with the Payara remote adapter and the Jakarta enrichers as
  // EAR libraries, Arquillian does not enrich the test instance (fields stay null).
  private IdentityStoreHandler identityStore;
  private IdentityService identity;
  private AuthenticationService authentication;
  private AccountAdministrationService administration;
  private AuditLogService auditLog;
  private AuditEntries audit;

  @BeforeEach
  void lookUpBeans() {
    CDI<Object> cdi = CDI.current();
    identityStore = cdi.select(IdentityStoreHandler.class).get();
    identity = cdi.select(IdentityService.class).get();
    authentication = cdi.select(AuthenticationService.class).get();
    administration = cdi.select(AccountAdministrationService.class).get();
    auditLog = cdi.select(AuditLogService.class).get();
    audit = cdi.select(AuditEntries.class).get();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String strongPassword() {
    return "Tangerine-orbit-" + UUID.randomUUID().toString().substring(0, 6);
  }

  private RegisteredPatient register(String username, String password) {
    return identity.register(
        new Registration(
            username,
            password,
            username + "@example.org",
            "Test " + username,
            LocalDate.of(1985, 4, 12)));
  }

  @Test
  void validCredentialsGiveTheCallerAndTheRolesAsGroups() {
    String username = unique("store");
    String password = strongPassword();
    register(username, password);

    CredentialValidationResult patient =
        identityStore.validate(new UsernamePasswordCredential(username, password));
    CredentialValidationResult clinician =
        identityStore.validate(new UsernamePasswordCredential("dr.chen", DEMO_PASSWORD));

    assertThat(patient.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
    assertThat(patient.getCallerPrincipal().getName()).isEqualTo(username);
    assertThat(patient.getCallerGroups()).containsExactly("PATIENT");
    assertThat(clinician.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
    assertThat(clinician.getCallerGroups()).containsExactly("CLINICIAN");
    assertThat(audit.of(username, "LOGIN"))
        .singleElement()
        .extracting(AuditEntry::getOutcome)
        .isEqualTo(AuditOutcome.SUCCESS);
  }

  @Test
  void invalidCredentialsAreRejectedAndTheFailureIsAudited() {
    String username = unique("store");
    String password = strongPassword();
    register(username, password);

    CredentialValidationResult wrong =
        identityStore.validate(new UsernamePasswordCredential(username, password + "!"));
    CredentialValidationResult unknown =
        identityStore.validate(new UsernamePasswordCredential(unique("nobody"), password));

    assertThat(wrong.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    assertThat(unknown.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    assertThat(audit.of(username, "LOGIN"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.FAILURE);
              assertThat(e.getDetail()).contains("wrong password");
            });
  }

  @Test
  void registrationCreatesAPatientAndIsAudited() {
    String username = unique("store");

    RegisteredPatient registered = register(username, strongPassword());

    assertThat(registered.username()).isEqualTo(username);
    assertThat(registered.patientId()).isNotNull();
    assertThat(audit.of(username, "REGISTER"))
        .singleElement()
        .satisfies(e -> assertThat(e.getPatientId()).isEqualTo(registered.patientId()));
  }

  @Test
  void registrationRefusesATakenUsername() {
    String username = unique("store");
    register(username, strongPassword());

    assertThatThrownBy(() -> register(username, strongPassword()))
        .isInstanceOf(ConflictException.class)
        .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("username"));
  }

  @Test
  void registrationRefusesWeakPasswordsWithTheRuleThatWasBroken() {
    String username = unique("store");

    assertThatThrownBy(() -> register(username, "short"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).messageKey())
                    .isEqualTo("password.tooShort"));
    assertThatThrownBy(() -> register(username, "password1234"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("password.common"));
    assertThatThrownBy(() -> register(username, username + "-Horizon-88"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              assertThat(((InvalidInputException) e).field()).isEqualTo("password");
              assertThat(((InvalidInputException) e).messageKey())
                  .isEqualTo("password.containsUsername");
            });
    assertThat(audit.of(username, "REGISTER")).isEmpty();
  }

  @Test
  void fiveWrongPasswordsLockTheAccountAndTheLockIsAudited() {
    String username = unique("store");
    String password = strongPassword();
    register(username, password);

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(
              authentication
                  .signIn(username, "Wrong-password-" + attempt, SignInChannel.API)
                  .status())
          .isEqualTo(SignInResult.Status.INVALID_CREDENTIALS);
    }
    assertThat(authentication.signIn(username, "Wrong-password-5", SignInChannel.API).status())
        .isEqualTo(SignInResult.Status.LOCKED);

    SignInResult right = authentication.signIn(username, password, SignInChannel.API);

    assertThat(right.status()).isEqualTo(SignInResult.Status.LOCKED);
    assertThat(right.succeeded()).isFalse();
    assertThat(right.roles()).isEmpty();
    assertThat(audit.of(username, "ACCOUNT_LOCKED")).hasSize(1);
    assertThat(audit.of(username, "API_LOGIN"))
        .extracting(AuditEntry::getOutcome)
        .containsExactly(
            AuditOutcome.DENIED,
            AuditOutcome.FAILURE,
            AuditOutcome.FAILURE,
            AuditOutcome.FAILURE,
            AuditOutcome.FAILURE,
            AuditOutcome.FAILURE);
  }

  @Test
  void administrationAndAuditSearchRefuseAnUnauthenticatedCaller() {
    assertThatThrownBy(() -> administration.search(null, 0, 10))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> administration.disable(1L)).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                auditLog.search(
                    new AuditQuery(null, null, null, null, null, null, null, null), 0, 10))
        .isInstanceOf(EJBAccessException.class);
    // Open to any role (@AnySignedIn): a caller without one is refused by that check.
    assertThatThrownBy(() -> identity.me()).isInstanceOf(AccessDeniedException.class);
  }
}
