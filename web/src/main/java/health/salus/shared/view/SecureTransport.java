package health.salus.shared.view;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether Salus is reached over TLS (the production setting, behind a TLS-terminating proxy or on
 * Payara's HTTPS listener): then the session and form cookies are {@code Secure} and every answer
 * carries HSTS. {@code salus.secure-transport} (environment {@code SALUS_SECURE_TRANSPORT}), {@code
 * true} unless set; the local run command and the integration tests, on plain HTTP, set it to
 * {@code false}.
 */
public final class SecureTransport {

  public static final String PROPERTY = "salus.secure-transport";

  private SecureTransport() {}

  public static boolean enabled() {
    return ConfigProvider.getConfig().getOptionalValue(PROPERTY, Boolean.class).orElse(true);
  }
}
