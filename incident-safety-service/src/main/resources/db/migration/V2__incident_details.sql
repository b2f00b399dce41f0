-- Incident details the legacy report carried: injuries and medical follow-up, the resident
-- involved (restricted data), external notifications, Duty of Candour stages and closure.
-- Expand only: every column is nullable or has a constant default, so the previous release
-- keeps inserting incidents unchanged and no row is rewritten.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

ALTER TABLE incident
    -- Duty of Candour applies to unexpected harm: the reporter says when harm was the expected
    -- course of the person's condition or treatment.
    ADD COLUMN harm_expected                 boolean NOT NULL DEFAULT false,
    ADD COLUMN witnesses                     text,
    ADD COLUMN injuries                      text,
    ADD COLUMN body_map_completed            boolean NOT NULL DEFAULT false,
    ADD COLUMN gp_contacted                  boolean NOT NULL DEFAULT false,
    ADD COLUMN ambulance_called              boolean NOT NULL DEFAULT false,
    ADD COLUMN hospital_attendance           boolean NOT NULL DEFAULT false,
    ADD COLUMN hospital_admission            boolean NOT NULL DEFAULT false,
    ADD COLUMN medical_notes                 text,
    -- Special-category data: only managers and admins see it through the API.
    ADD COLUMN resident_name                 text,
    ADD COLUMN resident_date_of_birth        date,
    -- A manager may ask for an investigation even when the rules would not require one.
    ADD COLUMN investigation_requested       boolean NOT NULL DEFAULT false,
    ADD COLUMN care_inspectorate_notified_at timestamptz,
    ADD COLUMN care_inspectorate_reference   text,
    ADD COLUMN police_notified_at            timestamptz,
    ADD COLUMN police_reference              text,
    ADD COLUMN local_authority_notified_at   timestamptz,
    ADD COLUMN local_authority_reference     text,
    ADD COLUMN candour_notified_on           date,
    ADD COLUMN candour_apologised_on         date,
    ADD COLUMN candour_meeting_on            date,
    ADD COLUMN candour_review_on             date,
    ADD COLUMN candour_report_on             date,
    ADD COLUMN closed_at                     timestamptz,
    ADD COLUMN closed_by                     text;
