package health.salus.education.view;

import health.salus.education.boundary.Why;
import health.salus.shared.view.UserMessages;
import java.util.List;
import java.util.stream.Collectors;

/** Words the reasons of a recommendation in the user's language. */
public final class Reasons {

  private Reasons() {}

  public static List<String> texts(List<Why> reasons) {
    return reasons.stream()
        .map(
            r ->
                r.argument() == null
                    ? UserMessages.text(r.key())
                    : UserMessages.text(r.key(), r.argument()))
        .toList();
  }

  public static String why(List<Why> reasons) {
    return texts(reasons).stream().collect(Collectors.joining(" "));
  }
}
