package health.salus.feedback.control;

import health.salus.shared.control.SiteCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SLA clock as configured: the provider's zone and business days ({@link SiteCalendar}), {@code
 * salus.feedback.acknowledge-business-days} (2) and {@code salus.feedback.resolve-days} (30).
 */
@ApplicationScoped
public class SlaSettings {

  @Inject SiteCalendar site;

  @Inject
  @ConfigProperty(name = "salus.feedback.acknowledge-business-days", defaultValue = "2")
  int acknowledgeDays;

  @Inject
  @ConfigProperty(name = "salus.feedback.resolve-days", defaultValue = "30")
  int resolveDays;

  public SlaClock clock() {
    return new SlaClock(site.clock(), site.businessDays(), acknowledgeDays, resolveDays);
  }
}
