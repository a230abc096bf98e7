package health.salus.shared.view;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** At start-up: the session cookie is {@code Secure} when Salus runs behind TLS. */
@WebListener
public class SecureTransportSetup implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SecureTransportSetup.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    apply(event.getServletContext(), SecureTransport.enabled());
  }

  static void apply(ServletContext context, boolean secure) {
    context.getSessionCookieConfig().setSecure(secure);
    if (!secure) {
      LOG.warning(
          "salus.secure-transport is false: session cookies without Secure and no HSTS."
              + " Only for plain HTTP on this machine, never in production.");
    }
  }
}
