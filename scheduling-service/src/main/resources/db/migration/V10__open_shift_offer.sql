-- Open-shift offers (issue 14, item 4): a manager offers an open shift to eligible staff, ranked as
-- the rota-health suggestions are; each offered person may claim it, and the first valid claim
-- wins (the claim locks the shift's row). The other offers of the shift then become TAKEN.
-- Expand only: a new table that the previous release never reads.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE open_shift_offer (
    id            uuid PRIMARY KEY,
    shift_id      uuid NOT NULL REFERENCES shift (id),
    care_home_id  uuid NOT NULL,
    staff_id      uuid NOT NULL REFERENCES staff (id),
    offer_rank    integer NOT NULL CHECK (offer_rank >= 1),
    state         text NOT NULL CHECK (state IN ('OFFERED', 'CLAIMED', 'TAKEN', 'WITHDRAWN')),
    offered_by    text NOT NULL,
    decided_at    timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0,
    CONSTRAINT open_shift_offer_once UNIQUE (shift_id, staff_id)
);

CREATE INDEX open_shift_offer_staff ON open_shift_offer (staff_id, state);
CREATE INDEX open_shift_offer_home ON open_shift_offer (care_home_id, created_at);
