package health.salus.records.control;

import health.salus.records.entity.ClinicalDocument;
import health.salus.records.entity.DocumentContent;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds and stores patients' clinical documents. Lists read the documents' metadata only; the bytes
 * ({@link DocumentContent}) are read one document at a time, for a download.
 */
@Dependent
public class DocumentRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** Stores a new document and its bytes. */
  public void add(ClinicalDocument document, byte[] content) {
    em.persist(document);
    em.flush();
    em.persist(new DocumentContent(document, content));
    em.flush();
  }

  public Optional<ClinicalDocument> document(long id) {
    return Optional.ofNullable(em.find(ClinicalDocument.class, id));
  }

  /** The bytes of a document. */
  public byte[] content(ClinicalDocument document) {
    return em.createQuery(
            "SELECT c FROM DocumentContent c WHERE c.document = :document", DocumentContent.class)
        .setParameter("document", document)
        .getSingleResult()
        .getContent();
  }

  /**
   * One page of the patient's documents, the newest first: all of them ({@code releasedBy} null,
   * for the care team) or those released by that moment (for the patient and their grantees).
   */
  public List<ClinicalDocument> documentsOf(
      long patientId, Instant releasedBy, int page, int size) {
    return query(
            "SELECT d",
            " JOIN FETCH d.uploadedBy p JOIN FETCH p.account",
            patientId,
            releasedBy,
            " ORDER BY d.uploadedAt DESC, d.id DESC",
            ClinicalDocument.class)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long countDocuments(long patientId, Instant releasedBy) {
    return query("SELECT COUNT(d)", "", patientId, releasedBy, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, String join, long patientId, Instant releasedBy, String order, Class<T> type) {
    String jpql =
        select
            + " FROM ClinicalDocument d"
            + join
            + " WHERE d.patient.id = :patientId"
            + (releasedBy == null ? "" : " AND (d.releaseAt IS NULL OR d.releaseAt <= :releasedBy)")
            + order;
    TypedQuery<T> query = em.createQuery(jpql, type).setParameter("patientId", patientId);
    if (releasedBy != null) {
      query.setParameter("releasedBy", releasedBy);
    }
    return query;
  }
}
