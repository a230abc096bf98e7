package health.salus.records.boundary;

/**
 * A document's bytes, for a download.
 *
 * @param fileName the name to save it under, from its title (any letter; see {@code
 *     ClinicalDocument.fileName})
 */
public record DocumentFile(DocumentView document, String fileName, byte[] content) {

  public DocumentFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
