-- Community (issue 8): a group's feed most helpful first reads along this index instead of sorting
-- every published post of the group (ear/bench/community.sh: 10,000 posts in one group).
CREATE INDEX ix_community_post_helpful ON community_post (group_id, status, helpful_count, id);
