package health.salus.shared.view;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Sessions start short: a visitor who only looks at the public pages (PrimeFaces keeps its script
 * nonce in the session) holds memory for five minutes, not thirty. Signing in gives the session the
 * configured idle timeout of web.xml.
 */
@WebListener
public class AnonymousSessionLimit implements HttpSessionListener {

  static final int ANONYMOUS_IDLE_SECONDS = 5 * 60;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(ANONYMOUS_IDLE_SECONDS);
  }
}
