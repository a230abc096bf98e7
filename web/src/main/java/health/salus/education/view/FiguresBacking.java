package health.salus.education.view;

import health.salus.education.boundary.AuthoringService;
import health.salus.education.boundary.ProgrammeFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Literacy and engagement per programme, in counts only. */
@Named
@RequestScoped
public class FiguresBacking {

  @Inject AuthoringService authoring;

  private List<ProgrammeFigures> figures = List.of();

  /** Loads the figures (view action). */
  public void load() {
    figures = authoring.figures();
  }

  public List<ProgrammeFigures> getFigures() {
    return figures;
  }
}
