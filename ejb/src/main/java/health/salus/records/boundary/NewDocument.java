package health.salus.records.boundary;

import java.time.Instant;

/**
 * A document a clinician uploads.
 *
 * @param kind LETTER, DISCHARGE_SUMMARY, REFERRAL, REPORT or OTHER (any case)
 * @param releaseAt when the patient may see it; null: at once
 * @param content the bytes; their type is told from them, whatever the sender says it is
 */
public record NewDocument(String title, String kind, Instant releaseAt, byte[] content) {

  public NewDocument {
    content = content == null ? null : content.clone();
  }

  @Override
  public byte[] content() {
    return content == null ? null : content.clone();
  }
}
