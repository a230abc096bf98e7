/** Directory: the organisation, its sites, its practitioners and who looks after whom. */
package health.salus.directory.entity;
