package health.salus.identity.security;

import health.salus.identity.boundary.SignInChannel;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A username and password, with where they were sent from (login form or API). */
public class ChannelCredential extends UsernamePasswordCredential {

  private final SignInChannel channel;

  public ChannelCredential(String username, String password, SignInChannel channel) {
    super(username, password);
    this.channel = channel;
  }

  public SignInChannel channel() {
    return channel;
  }
}
