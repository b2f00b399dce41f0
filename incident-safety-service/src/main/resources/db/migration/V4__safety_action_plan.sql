-- Safety action plans (formerly CAPA) with their lifecycle history and progress notes.
-- References SAP-YYYY-NNN come from reference_counter (series 'SAP'); plans carried over from
-- the legacy system keep their CAPA-YYYY-NNN (or HSAP-YYYY-NNN) number as an alias in a column
-- of its own, so an alias can never collide with a SAP number.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE safety_action_plan (
    id                            uuid PRIMARY KEY,
    reference                     text NOT NULL CHECK (reference ~ '^SAP-[0-9]{4}-[0-9]{3,}$'),
    legacy_reference              text CHECK (legacy_reference ~ '^(CAPA|HSAP)-[0-9]{4}-[0-9]{3,}$'),
    care_home_id                  uuid NOT NULL,
    incident_id                   uuid NOT NULL REFERENCES incident (id),
    analysis_id                   uuid REFERENCES root_cause_analysis (id),
    action_type                   text NOT NULL CHECK (action_type IN ('CORRECTIVE', 'PREVENTIVE', 'IMPROVEMENT')),
    priority                      text NOT NULL CHECK (priority IN ('IMMEDIATE', 'HIGH', 'MEDIUM', 'LOW')),
    action_strength               text CHECK (action_strength IN ('STRONGER', 'INTERMEDIATE', 'WEAKER')),
    status                        text NOT NULL DEFAULT 'IDENTIFIED' CHECK (status IN
                                  ('IDENTIFIED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'VERIFIED', 'NOT_EFFECTIVE', 'CLOSED')),
    owner                         text,
    supporting_staff              text[] NOT NULL DEFAULT '{}',
    problem_statement             text NOT NULL,
    action_description            text NOT NULL,
    expected_outcome              text,
    implementation_plan           text,
    resources_required            text,
    barriers                      text,
    identified_on                 date NOT NULL,
    target_date                   date NOT NULL,
    percent_complete              integer NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
    completed_on                  date,
    verification_method           text,
    verified_by                   text,
    verified_on                   date,
    verification_outcome          text,
    effectiveness_review_due      date,
    effectiveness_reviewed_on     date,
    effectiveness_reviewed_by     text,
    effective                     boolean,
    effectiveness_review_notes    text,
    closed_at                     timestamptz,
    created_by                    text NOT NULL,
    created_at                    timestamptz NOT NULL DEFAULT now(),
    updated_at                    timestamptz NOT NULL DEFAULT now(),
    version                       bigint NOT NULL DEFAULT 0,
    CONSTRAINT safety_action_plan_reference_key UNIQUE (reference),
    CONSTRAINT safety_action_plan_legacy_reference_key UNIQUE (legacy_reference),
    CONSTRAINT safety_action_plan_target_after_identified CHECK (target_date >= identified_on)
);

CREATE INDEX safety_action_plan_home_status_idx ON safety_action_plan (care_home_id, status, target_date);
CREATE INDEX safety_action_plan_incident_idx ON safety_action_plan (incident_id);

-- Every lifecycle move, kept: who, when, from where to where, and why.
CREATE TABLE action_plan_transition (
    id          uuid PRIMARY KEY,
    plan_id     uuid NOT NULL REFERENCES safety_action_plan (id),
    from_status text,
    to_status   text NOT NULL,
    moved_by    text NOT NULL,
    moved_at    timestamptz NOT NULL,
    note        text
);

CREATE INDEX action_plan_transition_plan_idx ON action_plan_transition (plan_id, moved_at);

CREATE TABLE action_plan_progress (
    id               uuid PRIMARY KEY,
    plan_id          uuid NOT NULL REFERENCES safety_action_plan (id),
    recorded_by      text NOT NULL,
    recorded_at      timestamptz NOT NULL,
    percent_complete integer NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
    note             text NOT NULL
);

CREATE INDEX action_plan_progress_plan_idx ON action_plan_progress (plan_id, recorded_at);
