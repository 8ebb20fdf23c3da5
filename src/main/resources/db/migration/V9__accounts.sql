-- Accounts that can be protected and revoked.
-- app_user is a projection: locked comes from UserLocked / UserUnlocked entries.
ALTER TABLE app_user ADD COLUMN locked BOOLEAN DEFAULT FALSE NOT NULL;

-- Beside the ledger, never in it: whether the password must be changed at the next sign-in (the
-- first admin's generated one, a reset by an ADMIN) and the TOTP secret when enrolled, sealed with
-- AES-GCM under a key kept outside the database (beside the ledger signing key).
ALTER TABLE user_credential ADD COLUMN must_change BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_credential ADD COLUMN totp_secret VARCHAR(200);
