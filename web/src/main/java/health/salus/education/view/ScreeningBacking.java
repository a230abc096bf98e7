package health.salus.education.view;

import health.salus.education.boundary.LiteracyService;
import health.salus.education.boundary.ScreeningInput;
import health.salus.education.boundary.ScreeningResult;
import health.salus.education.entity.FormsConfidence;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The literacy screen: two questions; the result tailors the lessons shown. */
@Named
@ViewScoped
public class ScreeningBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LiteracyService literacy;

  private ScreeningResult latest;
  private Integer helpReading;
  private String confidentWithForms;
  private boolean welcome;

  /** Loads the latest screen (view action). */
  public void load() {
    latest = literacy.latest().orElse(null);
  }

  public void submit() throws IOException {
    PageAction.change(
        () ->
            literacy.screen(
                new ScreeningInput(new ScreeningInput.Answers(helpReading, confidentWithForms))),
        "screening",
        Map.of("answers", "helpReading"),
        "/education/programmes.xhtml",
        "learn.screening.saved");
  }

  public List<Integer> getHelpReadingChoices() {
    return List.of(1, 2, 3, 4, 5);
  }

  public List<FormsConfidence> getFormsChoices() {
    return List.of(FormsConfidence.values());
  }

  /** Just registered: the screen is offered, with a way to skip it. */
  public boolean isWelcome() {
    return welcome;
  }

  public void setWelcome(boolean welcome) {
    this.welcome = welcome;
  }

  public ScreeningResult getLatest() {
    return latest;
  }

  public Integer getHelpReading() {
    return helpReading;
  }

  public void setHelpReading(Integer helpReading) {
    this.helpReading = helpReading;
  }

  public String getConfidentWithForms() {
    return confidentWithForms;
  }

  public void setConfidentWithForms(String confidentWithForms) {
    this.confidentWithForms = confidentWithForms;
  }
}
