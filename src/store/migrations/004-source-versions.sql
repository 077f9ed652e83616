-- A source — a local file, by its absolute path, or a URL — can hold other bytes from one run to the
-- next (a department republishes a corrected 决算 under the same URL). `files` keeps, per source, the
-- document it holds now (its current version); `source_versions` keeps every document a source has
-- held, so an older version stays queryable while the report, the exports and the findings show
-- only current documents. A crawler's fetches are recorded the same way, under their URLs.

-- The source as it was given (a path relative to the working directory then, or the URL); `path`
-- is the source itself: the absolute path of a local file, or the URL. Rows stored before this
-- migration have the path as given in both.
ALTER TABLE files ADD COLUMN given TEXT;
UPDATE files SET given = path;

CREATE TABLE source_versions (
  source TEXT NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  first_run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  last_run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  PRIMARY KEY (source, document_id)
);
CREATE INDEX source_versions_document ON source_versions(document_id);
INSERT INTO source_versions (source, document_id, first_seen_at, last_seen_at, first_run_id, last_run_id)
SELECT path, document_id, seen_at, seen_at, run_id, run_id FROM files WHERE document_id IS NOT NULL;

-- The documents that are some source's current version (and any document no source has recorded).
CREATE VIEW current_documents AS
SELECT d.id
FROM documents d
WHERE EXISTS (SELECT 1 FROM files f WHERE f.document_id = d.id)
   OR NOT EXISTS (SELECT 1 FROM source_versions v WHERE v.document_id = d.id);

-- Every version of every source, newest first: which one is current, and how many it has had.
CREATE VIEW v_source_versions AS
SELECT
  v.source,
  f.given,
  coalesce(f.document_id = v.document_id, 0) AS current,
  (SELECT count(*) FROM source_versions o WHERE o.source = v.source) AS versions,
  d.id AS document_id,
  d.department,
  d.year,
  d.kind AS document_kind,
  v.first_seen_at,
  v.last_seen_at,
  d.sha256
FROM source_versions v
JOIN documents d ON d.id = v.document_id
LEFT JOIN files f ON f.path = v.source;
