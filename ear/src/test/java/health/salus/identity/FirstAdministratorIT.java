package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.identity.boundary.AuthenticationService;
import health.salus.identity.boundary.IdentityService;
import health.salus.identity.boundary.Registration;
import health.salus.identity.boundary.SignInChannel;
import health.salus.identity.boundary.SignInResult;
import health.salus.identity.control.IdentityInitialData;
import health.salus.identity.control.IdentityInitialData.FirstAdministrator;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, the start-up step that creates the first administrator from configuration
 * (SALUS_ADMIN_USERNAME), run with test names: it only ever creates a new account, and refuses a
 * name that an account already has, leaving that account as it was.
 */
@ExtendWith(ArquillianExtension.class)
public class FirstAdministratorIT {

  private IdentityInitialData initialData;
  private IdentityService identity;
  private AuthenticationService authentication;
  private UserTransaction transaction;

  @BeforeEach
  void lookUp() throws Exception {
    CDI<Object> cdi = CDI.current();
    initialData = cdi.select(IdentityInitialData.class).get();
    identity = cdi.select(IdentityService.class).get();
    authentication = cdi.select(AuthenticationService.class).get();
    transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String strongPassword() {
    return "Tangerine-orbit-" + UUID.randomUUID().toString().substring(0, 6);
  }

  private FirstAdministrator bootstrap(String username, String password) throws Exception {
    transaction.begin();
    try {
      FirstAdministrator outcome =
          initialData.createFirstAdministrator(username, password, username + "@example.org");
      transaction.commit();
      return outcome;
    } catch (RuntimeException e) {
      transaction.rollback();
      throw e;
    }
  }

  @Test
  void aNameThatAPatientRegisteredFirstIsRefusedAndThePatientStaysAPatient() throws Exception {
    String username = unique("itadmin");
    String patientPassword = strongPassword();
    identity.register(
        new Registration(
            username,
            patientPassword,
            username + "@example.org",
            "First Come",
            LocalDate.of(1990, 1, 1)));

    FirstAdministrator outcome = bootstrap(username.toUpperCase(), strongPassword());

    assertThat(outcome).isEqualTo(FirstAdministrator.NAME_TAKEN);
    SignInResult patient = authentication.signIn(username, patientPassword, SignInChannel.API);
    assertThat(patient.succeeded()).isTrue();
    assertThat(patient.roles()).containsExactly("PATIENT");
  }

  @Test
  void aFreeNameBecomesANewAdministratorAccount() throws Exception {
    String username = unique("itadmin");
    String password = strongPassword();

    FirstAdministrator outcome = bootstrap(username, password);

    assertThat(outcome).isEqualTo(FirstAdministrator.CREATED);
    SignInResult admin = authentication.signIn(username, password, SignInChannel.API);
    assertThat(admin.succeeded()).isTrue();
    assertThat(admin.roles()).containsExactly("ADMIN");
  }

  @Test
  void aWeakPasswordCreatesNothing() throws Exception {
    String username = unique("itadmin");

    assertThat(bootstrap(username, "password1234")).isEqualTo(FirstAdministrator.WEAK_PASSWORD);
    assertThat(authentication.signIn(username, "password1234", SignInChannel.API).succeeded())
        .isFalse();
  }
}
