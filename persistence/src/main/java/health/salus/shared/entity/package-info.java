/**
 * Persistence pieces shared by every feature: the UTC instant mapping, and the JPA session settings
 * (fail fast while the database is away).
 */
package health.salus.shared.entity;
