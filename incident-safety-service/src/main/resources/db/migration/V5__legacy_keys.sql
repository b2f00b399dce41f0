-- Legacy keys (issue 13): every record imported from the legacy export keeps its legacy model and
-- pk here, unique, beside the CareOps record it became; a re-run compares the content hash and
-- skips or updates instead of duplicating. Findings are what the import flagged on the record.
-- Expand only: a new table that the previous release never reads.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE legacy_key (
    legacy_model      text NOT NULL CHECK (legacy_model ~ '^[a-z_]+\.[a-z_]+$'),
    legacy_pk         text NOT NULL CHECK (char_length(legacy_pk) BETWEEN 1 AND 64),
    entity_type       text NOT NULL,
    -- The CareOps record; NULL only for catalogue entries keyed by code (roles).
    entity_id         uuid,
    entity_code       text,
    care_home_id      uuid,
    -- A legacy business reference that resolves to the record (INC-, CAPA-, HSAP-, SAP-).
    legacy_reference  text,
    reference         text,
    content_hash      text NOT NULL,
    findings          text[] NOT NULL DEFAULT '{}',
    first_imported_at timestamptz NOT NULL,
    last_imported_at  timestamptz NOT NULL,
    CONSTRAINT legacy_key_pkey PRIMARY KEY (legacy_model, legacy_pk),
    CONSTRAINT legacy_key_reference_key UNIQUE (legacy_reference)
);

CREATE INDEX legacy_key_entity_idx ON legacy_key (entity_id);
CREATE INDEX legacy_key_flagged_idx ON legacy_key (legacy_model, legacy_pk) WHERE cardinality(findings) > 0;
