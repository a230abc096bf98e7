-- Lists that must cost the same however many accounts and practitioners there are (issue 11):
-- the directory and the bookable practitioners read enabled accounts by name, one page at a time,
-- and ask whether a practitioner offers a mode.
CREATE INDEX ix_user_account_enabled_name ON user_account (enabled, full_name);
CREATE INDEX ix_availability_template_mode ON availability_template (practitioner_id, mode);
