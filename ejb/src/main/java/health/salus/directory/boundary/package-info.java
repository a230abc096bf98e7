/**
 * Directory: the organisation's practitioners, specialties and sites, readable by every signed-in
 * user. Rule: practitioners are accounts with a clinical, education or coordination role.
 */
package health.salus.directory.boundary;
