package health.salus.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.bytebuddy.ByteBuddy;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one factory of Arquillian deployments: the real EAR that the build made, renamed to {@code
 * salus-it.ear} with its web module at {@code /salus-it}, so that it runs next to the application
 * under test on the same server and database (Flyway has migrated it; demo data is not seeded twice
 * because the database is not empty).
 */
public final class Deployments {

  public static final String CONTEXT_ROOT = "/salus-it";
  private static final String WAR = "salus-web.war";
  private static final String APPLICATION_XML = "META-INF/application.xml";

  private Deployments() {}

  /**
   * Calls a test-only resource of the test deployment ({@code /salus-it/api/v1/...}) as the demo
   * administrator: {@code GET} without a body, {@code POST} with an empty one. Answers the body,
   * after checking the status is 200.
   */
  public static String callTestResource(String method, String path) {
    String url = Api.baseUrl().replace("/salus", CONTEXT_ROOT) + "/api/v1" + path;
    String admin =
        Base64.getEncoder()
            .encodeToString(("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      java.net.http.HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url))
                      .header("Authorization", "Basic " + admin)
                      .header("Accept", "application/json")
                      .method(
                          method,
                          method.equals("GET")
                              ? HttpRequest.BodyPublishers.noBody()
                              : HttpRequest.BodyPublishers.ofString(""))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new AssertionError(
            method + " " + path + ": " + answer.statusCode() + " " + answer.body());
      }
      return answer.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The EAR with the given in-container test classes (and their helpers) in its web module. */
  public static EnterpriseArchive salusWith(Class<?>... testClasses) {
    File built = new File(System.getProperty("salus.ear", "target/salus.ear"));
    if (!built.isFile()) {
      throw new IllegalStateException(
          "No EAR at " + built.getAbsolutePath() + ": package it first");
    }
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "salus-it.ear")
            .importFrom(built)
            .as(EnterpriseArchive.class);

    String applicationXml;
    try (InputStream in = ear.get(APPLICATION_XML).getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String moved =
        applicationXml.replace(
            "<context-root>/salus</context-root>",
            "<context-root>" + CONTEXT_ROOT + "</context-root>");
    if (moved.equals(applicationXml)) {
      throw new IllegalStateException("No /salus context root in " + APPLICATION_XML);
    }
    ear.delete(APPLICATION_XML);
    ear.setApplicationXML(new StringAsset(moved));

    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    war.addClasses(testClasses).addClass(AuditEntries.class);
    // The assertions run in the server too.
    ear.addAsLibraries(jarOf(Assertions.class), jarOf(ByteBuddy.class));
    return ear;
  }

  /**
   * Adds the jars that hold the given classes to the EAR's lib/ (tools a test runs in the server).
   */
  public static EnterpriseArchive withLibrariesOf(EnterpriseArchive ear, Class<?>... types) {
    for (Class<?> type : types) {
      ear.addAsLibrary(jarOf(type));
    }
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
