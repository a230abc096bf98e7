/**
 * The medical record's queries and its demo data; the documents' store and the detection of their
 * type from the bytes (Apache Tika).
 */
package health.salus.records.control;
