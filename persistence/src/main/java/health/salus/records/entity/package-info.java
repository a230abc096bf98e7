/**
 * The medical record's entities: the encounters clinicians record after consultations, and the
 * entries the care team enters — {@link health.salus.records.entity.Condition conditions}, {@link
 * health.salus.records.entity.Allergy allergies}, {@link health.salus.records.entity.Observation
 * results} and {@link health.salus.records.entity.Immunisation immunisations}. Each entry guards
 * its own fields and is corrected by a new version that supersedes it, never overwritten ({@link
 * health.salus.records.entity.RecordEntry}). {@link health.salus.records.entity.ClinicalDocument
 * Documents} (letters, reports) are stored once and never changed, their bytes apart ({@link
 * health.salus.records.entity.DocumentContent}).
 */
package health.salus.records.entity;
