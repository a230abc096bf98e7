/**
 * The community pages: the groups (join), a group's feed with the post form and "older posts"
 * paging, and a post with its comments, reactions and the flag form.
 */
package health.salus.community.view;
