/** The medical record's entities; so far the encounters clinicians record after consultations. */
package health.salus.records.entity;
