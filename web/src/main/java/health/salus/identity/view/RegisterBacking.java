package health.salus.identity.view;

import health.salus.identity.boundary.IdentityService;
import health.salus.identity.boundary.Registration;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Registering as a patient, then straight in, signed in, to the short literacy screen (which they
 * may skip to the home page).
 */
@Named
@RequestScoped
public class RegisterBacking {

  static final String FORM = "register";
  static final String SCREENING = "/education/screening.xhtml?welcome=true";

  @Inject IdentityService identity;
  @Inject FormSignIn formSignIn;

  private String username;
  private String fullName;
  private String email;
  private LocalDate birthDate;
  private String password;
  private String passwordConfirm;

  public void register() throws IOException {
    if (!Objects.equals(password, passwordConfirm)) {
      PageMessages.error(FORM + ":passwordConfirm", UserMessages.text("register.passwordMismatch"));
      return;
    }
    try {
      identity.register(new Registration(username, password, email, fullName, birthDate));
    } catch (Refusal refused) {
      PageMessages.show(refused, FORM);
      return;
    }
    if (formSignIn.signIn(username, password)) {
      PageMessages.flashInfo("register.welcome", fullName);
      formSignIn.continueTo(SCREENING);
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordConfirm() {
    return passwordConfirm;
  }

  public void setPasswordConfirm(String passwordConfirm) {
    this.passwordConfirm = passwordConfirm;
  }
}
