package health.salus.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import health.salus.billing.AppointmentEventsResource;
import health.salus.billing.BillingEventIT;
import health.salus.casework.CaseworkRoundsResource;
import health.salus.community.PostsFixture;
import health.salus.education.LessonRemindersResource;
import health.salus.feedback.EscalationResource;
import health.salus.identity.FirstAdministratorIT;
import health.salus.identity.IdentityStoreIT;
import health.salus.notification.AppointmentNoticesIT;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one Arquillian deployment of the suite (arquillian.xml names this class to the suite
 * extension): the test EAR is deployed once, before the first Arquillian class, and stays until the
 * suite ends, instead of a deployment of 20–60 s per class. It holds every in-container test class
 * and every test-only resource; a class that only calls the server over HTTP says {@code
 * RunAsClient}. A new Arquillian class adds what it runs in the server here, not a deployment of
 * its own (and is public, so that this class can name it).
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

  private SuiteDeployment() {}

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withLibrariesOf(
        Deployments.salusWith(
            // In-container tests.
            IdentityStoreIT.class,
            FirstAdministratorIT.class,
            AppointmentNoticesIT.class,
            BillingEventIT.class,
            AppointmentEvents.class,
            // Test-only resources that the tests run as clients call.
            AppointmentEventsResource.class,
            AppointmentClockFixture.class,
            AuditRowsResource.class,
            CaseworkRoundsResource.class,
            ClinicianFixture.class,
            EncountersResource.class,
            EscalationResource.class,
            LessonRemindersResource.class,
            PractitionersFixture.class,
            PostsFixture.class),
        GreenMail.class,
        org.slf4j.Logger.class);
  }
}
