/**
 * The moderation API: flags ({@code POST /posts/{id}/flags}), the review queue, actions on posts
 * and comments, the moderation log and the watched words.
 */
package health.salus.moderation.api;
