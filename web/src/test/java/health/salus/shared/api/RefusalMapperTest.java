package health.salus.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.InvalidInputException.Violation;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import health.salus.shared.entity.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of business refusal becomes its status, in the user's words, with field errors. */
class RefusalMapperTest {

  @Test
  void eachKindHasItsStatus() {
    assertThat(status(new InvalidInputException("password", "password.tooShort"))).isEqualTo(400);
    assertThat(status(new AccessDeniedException("problem.forbiddenAction"))).isEqualTo(403);
    assertThat(status(new NotFoundException("account.notFound"))).isEqualTo(404);
    assertThat(status(new ConflictException("username", "username.taken"))).isEqualTo(409);
    assertThat(status(new RuleViolationException("account.lastAdmin"))).isEqualTo(422);
  }

  @Test
  void theDetailIsTheBundleTextNotTheKey() {
    Problem problem = RefusalMapper.problem(new RuleViolationException("account.lastAdmin"));

    assertThat(problem.getDetail())
        .isEqualTo("The last administrator keeps the administrator role.");
    assertThat(problem.getTitle()).isEqualTo("Not possible");
    assertThat(problem.getErrors()).isNull();
  }

  @Test
  void validationErrorsNameTheirFields() {
    Problem problem =
        RefusalMapper.problem(
            new InvalidInputException(
                List.of(
                    new Violation("email", null, "Enter a valid e-mail address."),
                    new Violation("password", "password.tooShort", null))));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getErrors())
        .containsExactly(
            new Problem.FieldError("email", "Enter a valid e-mail address."),
            new Problem.FieldError("password", "Use at least 12 characters."));
  }

  @Test
  void aConflictOnAFieldNamesIt() {
    Problem problem = RefusalMapper.problem(new ConflictException("username", "username.taken"));

    assertThat(problem.getErrors())
        .containsExactly(
            new Problem.FieldError(
                "username", "That username is already taken. Please choose another."));
  }

  @Test
  void anEntitysRefusalIsMappedLikeAnyOther() {
    assertThat(status(Refusal.rule("appointment.notBooked"))).isEqualTo(422);
    assertThat(status(Refusal.conflict("refill.alreadyDecided"))).isEqualTo(409);

    Problem problem = RefusalMapper.problem(Refusal.rule("appointment.notBooked"));

    assertThat(problem.getCode()).isEqualTo("appointment.notBooked");
    assertThat(problem.getDetail()).isNotBlank().isNotEqualTo("appointment.notBooked");
  }

  @Test
  void anInvalidInputRefusedByAnEntityNamesItsField() {
    Problem problem = RefusalMapper.problem(Refusal.invalid("reason", "refill.reasonRequired"));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getErrors()).extracting(Problem.FieldError::field).containsExactly("reason");
  }

  private static int status(Refusal e) {
    return RefusalMapper.problem(e).getStatus();
  }
}
