package health.salus.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The sign-in page: username and password, then on to the page the person asked for. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject FormSignIn formSignIn;

  private String username;
  private String password;
  private String next;

  public void signIn() throws IOException {
    if (formSignIn.signIn(username, password)) {
      formSignIn.continueTo(next);
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
