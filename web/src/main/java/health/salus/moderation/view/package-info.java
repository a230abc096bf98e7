/** The moderation pages: the review queue (each action with a reason) and the moderation log. */
package health.salus.moderation.view;
