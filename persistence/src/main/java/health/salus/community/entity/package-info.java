/**
 * Community: provider-run support groups (open, or private with approval), their memberships with
 * the member's trust, posts with their edit history, comments and reactions. The entities guard
 * their rules: a post moves between published, held for review, hidden, removed and deleted only by
 * the allowed steps; a membership is pending until approved; a new member's posts are held until
 * enough of them were approved.
 */
package health.salus.community.entity;
