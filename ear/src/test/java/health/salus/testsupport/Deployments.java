package health.salus.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
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
