-- A case's referral goes to a service of this organisation (internal) or of another (external,
-- as every referral so far): issue 9's "referrals to internal or external services".
ALTER TABLE case_referral ADD COLUMN internal_service BOOLEAN DEFAULT FALSE NOT NULL;
