package health.salus.education.boundary;

/** The literacy screen as sent: {@code {answers: {helpReading, confidentWithForms}}}. */
public record ScreeningInput(Answers answers) {

  /** SILS (1..5) and Chew's item (EXTREMELY .. NOT_AT_ALL); either may be missing. */
  public record Answers(Integer helpReading, String confidentWithForms) {}
}
