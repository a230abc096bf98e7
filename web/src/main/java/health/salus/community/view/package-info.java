/**
 * The community pages: the groups (join), a group's feed (newest or most helpful first, search)
 * with the post form and "older posts" paging, and a post with its comments, reactions and the flag
 * forms (the post's and each comment's).
 */
package health.salus.community.view;
