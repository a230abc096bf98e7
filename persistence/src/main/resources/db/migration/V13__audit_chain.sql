-- The tamper-evident audit trail (issue 7): each entry is sealed into a hash chain in id order, a
-- few seconds after it was written, by one background job (audit.boundary.AuditChainSealer).
-- chain_hash = SHA-256 of the previous entry's chain_hash and this entry's stored fields; it stays
-- NULL until sealed. The application's entity does not map it: only the sealer writes it.
ALTER TABLE audit_entry ADD COLUMN chain_hash CHAR(64);

-- The head of the chain (one row): the last sealed entry and its hash. The sealer locks this row,
-- so only one sealer at a time extends the chain, whatever the number of servers or deployments;
-- the verifier checks that the chain still ends here (a deleted tail shows).
CREATE TABLE audit_chain (
    id             INT      NOT NULL PRIMARY KEY,
    sealed_through BIGINT   NOT NULL,
    head_hash      CHAR(64) NOT NULL
);
INSERT INTO audit_chain (id, sealed_through, head_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
