-- Root cause analysis, one per incident: five whys as a tree, fishbone causes by category,
-- and the lessons that the learning repository searches with full-text search.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE root_cause_analysis (
    id                  uuid PRIMARY KEY,
    incident_id         uuid NOT NULL REFERENCES incident (id),
    method              text NOT NULL CHECK (method IN ('FIVE_WHYS', 'FISHBONE', 'TIMELINE', 'BARRIER')),
    lead_investigator   text NOT NULL,
    team                text[] NOT NULL DEFAULT '{}',
    started_on          date NOT NULL,
    review_due_on       date,
    completed_on        date,
    fishbone_framework  text NOT NULL DEFAULT 'LEGACY' CHECK (fishbone_framework IN ('LEGACY', 'NPSA')),
    root_cause_summary  text,
    lessons_learned     text,
    recommendations     text,
    status              text NOT NULL DEFAULT 'IN_PROGRESS'
                        CHECK (status IN ('IN_PROGRESS', 'UNDER_REVIEW', 'APPROVED', 'REJECTED')),
    reviewed_by         text,
    reviewed_at         timestamptz,
    review_comments     text,
    created_by          text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    -- Lessons weigh most, then the root cause, then the recommendations; stored and indexed so
    -- the search never computes vectors row by row.
    search_vector       tsvector GENERATED ALWAYS AS (
                            setweight(to_tsvector('english', coalesce(lessons_learned, '')), 'A')
                            || setweight(to_tsvector('english', coalesce(root_cause_summary, '')), 'B')
                            || setweight(to_tsvector('english', coalesce(recommendations, '')), 'C')) STORED,
    CONSTRAINT root_cause_analysis_incident_key UNIQUE (incident_id)
);

CREATE INDEX root_cause_analysis_search_idx ON root_cause_analysis USING gin (search_vector);

-- Five whys as a tree: one answer can have several causes. Keys are numbered per analysis.
CREATE TABLE analysis_why (
    analysis_id uuid NOT NULL REFERENCES root_cause_analysis (id) ON DELETE CASCADE,
    node_key    integer NOT NULL CHECK (node_key >= 1),
    parent_key  integer CHECK (parent_key >= 1 AND parent_key < node_key),
    answer      text NOT NULL,
    PRIMARY KEY (analysis_id, node_key)
);

-- Fishbone causes per category (legacy five or NPSA nine), in the order given.
CREATE TABLE analysis_fishbone_cause (
    analysis_id uuid NOT NULL REFERENCES root_cause_analysis (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    category    text NOT NULL,
    cause       text NOT NULL,
    PRIMARY KEY (analysis_id, position)
);
