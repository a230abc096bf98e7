package health.salus.shared.view;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * A file behind a plain link, {@code page.xhtml?name=ID} (an appointment's calendar file, an
 * invoice's PDF): the page's view action sends the file instead of the page. A link, not a button
 * in a form: a download changes nothing, and a page without a form keeps nothing in the session. A
 * missing or malformed number, or a refusal of the read, answers the error page of its kind ({@link
 * PageAction#read}).
 */
public abstract class LinkedFile {

  private String id;

  /** The number in the link, as given (the page's view parameter). */
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** The view action. */
  public void download() throws IOException {
    OptionalLong number = PageAction.number(id);
    if (number.isPresent()) {
      PageAction.read(() -> send(number.getAsLong()));
    }
  }

  /**
   * Reads the file of this id (the boundary decides who may) and sends it ({@link FileDownload}).
   */
  protected abstract void send(long id);
}
