package health.salus.education.entity;

/** An enrolment is active until every lesson of the programme is completed. */
public enum EnrolmentStatus {
  ACTIVE,
  COMPLETED
}
