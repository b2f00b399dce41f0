-- Certifications at assignment (issue 14, item 7): a shift keeps what the certification check
-- said when it was assigned. certification_warning: compliance could not answer (the assignment
-- went through unchecked), or a manager assigned despite a lapsed certification;
-- certification_override_reason: that manager's reason. Expand only: two nullable columns the
-- previous release never reads.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

ALTER TABLE shift ADD COLUMN certification_warning text;
ALTER TABLE shift ADD COLUMN certification_override_reason text;
