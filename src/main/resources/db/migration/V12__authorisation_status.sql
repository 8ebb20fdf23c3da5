-- An authorisation is ACTIVE, SUSPENDED or REVOKED (AuthorisationSuspended, AuthorisationReinstated,
-- AuthorisationRevoked); only an active one admits new shipments and orders.
ALTER TABLE authorisation ADD COLUMN status VARCHAR(16) DEFAULT 'ACTIVE' NOT NULL;
