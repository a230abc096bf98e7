package health.salus.testsupport;

import java.util.List;

/** The six pages a patient uses most, as the issue of fast and light pages names them. */
public final class PatientPages {

  public static final List<String> ALL =
      List.of(
          "/home.xhtml",
          "/scheduling/my-appointments.xhtml",
          "/prescriptions/medications.xhtml",
          "/billing/invoices.xhtml",
          "/notification/inbox.xhtml",
          "/scheduling/find-practitioner.xhtml");

  private PatientPages() {}
}
