package health.salus.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the data a new installation needs once the schema is in place: in production the first
 * administrator from configuration, in demo mode the demo organisation, people and accounts.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class InitialData {

  private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

  @Inject Event<InitialDataRequested> requests;

  @Inject
  @ConfigProperty(name = "salus.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  void seed() {
    LOG.info(() -> demo ? "Demo mode: demo data goes into an empty database" : "Production mode");
    requests.fire(new InitialDataRequested(demo));
  }
}
