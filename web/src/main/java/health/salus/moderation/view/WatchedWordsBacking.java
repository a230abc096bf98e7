package health.salus.moderation.view;

import health.salus.moderation.boundary.NewWatchedWord;
import health.salus.moderation.boundary.WatchedWordService;
import health.salus.moderation.boundary.WatchedWordView;
import health.salus.shared.view.PageAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The watched words: every word with its language and action; administrators add and remove. */
@Named
@ViewScoped
public class WatchedWordsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WatchedWordService words;

  private List<WatchedWordView> listed = List.of();
  private String term;
  private String language = "en";
  private String action = "HOLD";

  @PostConstruct
  void load() {
    listed = words.list();
  }

  public void add() throws IOException {
    PageAction.change(
        () -> words.add(new NewWatchedWord(term, action, language)),
        "add",
        "/moderation/watched-words.xhtml",
        "moderation.words.added");
  }

  public void remove(WatchedWordView word) throws IOException {
    PageAction.change(
        () -> words.remove(word.id()),
        "words",
        "/moderation/watched-words.xhtml",
        "moderation.words.removed");
  }

  public List<WatchedWordView> getListed() {
    return listed;
  }

  public List<String> getActions() {
    return List.of("BLOCK", "HOLD", "FLAG");
  }

  public List<String> getLanguages() {
    return List.of("en", "zh");
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }
}
