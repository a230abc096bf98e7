/**
 * The community API: {@code /groups} (list, join, feed, post) and {@code /posts/{id}} (read, edit,
 * delete, comments, reactions), as API.md "Community and moderation" fixes them.
 */
package health.salus.community.api;
