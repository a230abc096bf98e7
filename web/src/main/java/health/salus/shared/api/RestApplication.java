package health.salus.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1, under {@code /salus/api/v1}. */
@ApplicationPath("api/v1")
public class RestApplication extends Application {}
