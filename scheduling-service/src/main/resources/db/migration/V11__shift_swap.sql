-- Shift swaps (issue 14, item 3): A offers their shift to B, or a swap for one of B's shifts; B
-- accepts once the checks pass for both as if the swap were done; a manager approves, or the home's
-- swap policy approves it automatically when every check passes. shift_swap_event keeps the
-- history (each state with who and when). Expand only: new tables the previous release never reads.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE shift_swap (
    id              uuid PRIMARY KEY,
    care_home_id    uuid NOT NULL,
    shift_id        uuid NOT NULL REFERENCES shift (id),
    from_staff_id   uuid NOT NULL REFERENCES staff (id),
    to_staff_id     uuid NOT NULL REFERENCES staff (id),
    return_shift_id uuid REFERENCES shift (id),
    state           text NOT NULL CHECK (state IN ('OFFERED', 'ACCEPTED', 'APPROVED', 'DECLINED', 'REJECTED', 'CANCELLED')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0
);

CREATE INDEX shift_swap_home ON shift_swap (care_home_id, created_at);
CREATE INDEX shift_swap_from ON shift_swap (from_staff_id);
CREATE INDEX shift_swap_to ON shift_swap (to_staff_id);

CREATE TABLE shift_swap_event (
    id          uuid PRIMARY KEY,
    swap_id     uuid NOT NULL REFERENCES shift_swap (id),
    state       text NOT NULL,
    actor       text NOT NULL,
    at          timestamptz NOT NULL,
    note        text
);

CREATE INDEX shift_swap_event_swap ON shift_swap_event (swap_id, at);

-- The home's rule: approve a swap automatically when every check passes (off unless a manager sets it).
CREATE TABLE swap_policy (
    care_home_id  uuid PRIMARY KEY REFERENCES care_home (id),
    auto_approve  boolean NOT NULL DEFAULT false,
    updated_by    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0
);
