/** Persistence pieces shared by every feature: the UTC instant mapping. */
package health.salus.shared.entity;
