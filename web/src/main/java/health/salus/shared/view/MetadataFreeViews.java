package health.salus.shared.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Pages without view parameters or view actions skip Faces' metadata pass. On every first request
 * of a page (every GET), Mojarra applies the page and its template once just to find an {@code
 * <f:metadata>} facet, before building the same tree again to render it: about 4-7 % of a signed-in
 * page's CPU in JFR. A page declares its metadata in its own file ({@code <f:metadata>}, or {@code
 * <ui:define name="metadata">} for the layout's insert), so that file says whether the pass can
 * find anything; when it cannot, the page has no metadata ({@code null}, which the specification
 * allows and Faces' callers expect) and is built once. Read once a page (Production stage: pages do
 * not change while the application runs).
 */
public class MetadataFreeViews extends ViewDeclarationLanguageFactory {

  private static final Pattern METADATA =
      Pattern.compile("<f:metadata[\\s>]|<ui:define\\s+name=\"metadata\"");

  private final Map<ViewDeclarationLanguage, ViewDeclarationLanguage> wrappers =
      new ConcurrentHashMap<>();
  private final Map<String, Boolean> declared = new ConcurrentHashMap<>();

  public MetadataFreeViews(ViewDeclarationLanguageFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
    ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
    return language == null ? null : wrappers.computeIfAbsent(language, Skipping::new);
  }

  /** Whether a page's source declares metadata (view parameters, view actions). */
  static boolean declaresMetadata(String source) {
    return METADATA.matcher(source).find();
  }

  /**
   * Remembered for the pages that exist only: any URL a visitor makes up is asked about too (Faces
   * answers 404 after the pass), and remembering those would let the map grow without end.
   */
  private boolean declaresMetadata(FacesContext context, String viewId) {
    Boolean known = declared.get(viewId);
    if (known != null) {
      return known;
    }
    try (InputStream in = context.getExternalContext().getResourceAsStream(viewId)) {
      if (in == null) {
        return true; // no such page: the pass as before, and Faces' answer for it
      }
      boolean declares = declaresMetadata(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      declared.put(viewId, declares);
      return declares;
    } catch (IOException unreadable) {
      return true;
    }
  }

  private final class Skipping extends ViewDeclarationLanguageWrapper {

    Skipping(ViewDeclarationLanguage wrapped) {
      super(wrapped);
    }

    /**
     * Skipped only where the pass is a search (the first request of a page, before it has a view):
     * a postback of a stateless view rebuilds the view through the metadata, and links to other
     * pages may ask for theirs.
     */
    @Override
    public ViewMetadata getViewMetadata(FacesContext context, String viewId) {
      boolean firstRequest = context.getViewRoot() == null && !context.isPostback();
      return firstRequest && !declaresMetadata(context, viewId)
          ? null
          : super.getViewMetadata(context, viewId);
    }
  }
}
