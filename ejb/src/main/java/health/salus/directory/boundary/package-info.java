/**
 * Directory: the organisation's practitioners, specialties and sites, readable by every signed-in
 * user. Rule: practitioners are accounts with a clinical, education or coordination role.
 *
 * <p>{@link health.salus.directory.boundary.CareTeamService}: the front desk (STAFF) reads a
 * patient's care team and adds a practitioner to it (audited); one practitioner once per part.
 */
package health.salus.directory.boundary;
