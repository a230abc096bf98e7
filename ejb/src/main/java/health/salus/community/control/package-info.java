/** Community storage (groups, memberships, posts, comments, reactions) and the demo community. */
package health.salus.community.control;
