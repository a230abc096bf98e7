package health.salus.education.boundary;

/** The enrolment, and whether it was made now ({@code created}) or already existed. */
public record Enrolled(EnrolmentView enrolment, boolean created) {}
