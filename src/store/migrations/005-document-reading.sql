-- How well each document was read, apart from what was found in it: `read`, `partial` (read in
-- part) or `unreadable`, with the diagnostic codes that say why (pipeline/status.ts). `status`
-- stays, in its older words (ok / needs-review / failed); rows stored before this migration get a
-- reading from it, and are read again by the engine revision that came with it.
ALTER TABLE documents ADD COLUMN reading TEXT CHECK (reading IN ('read', 'partial', 'unreadable'));
ALTER TABLE documents ADD COLUMN reading_reasons TEXT NOT NULL DEFAULT '[]';
UPDATE documents SET reading = CASE status WHEN 'failed' THEN 'unreadable' WHEN 'needs-review' THEN 'partial' ELSE 'read' END;

-- The views, with each document's reading and whether it is a current version (older versions of a
-- source stay in them; `current = 1` selects what the report shows).
DROP VIEW v_documents;
CREATE VIEW v_documents AS
SELECT
  d.id,
  d.department,
  d.year,
  d.kind AS document_kind,
  d.level,
  d.reading,
  d.reading_reasons,
  d.reason,
  d.format,
  d.pages,
  d.source,
  (SELECT group_concat(p, '; ') FROM (SELECT DISTINCT coalesce(given, path) AS p FROM files f WHERE f.document_id = d.id ORDER BY p)) AS paths,
  (SELECT count(*) FROM tables t WHERE t.document_id = d.id) AS tables,
  (SELECT count(*) FROM line_items x WHERE x.document_id = d.id) AS line_items,
  (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'error') AS errors,
  (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'warning') AS warnings,
  (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'info') AS infos,
  d.id IN (SELECT id FROM current_documents) AS current,
  d.status,
  d.engine_version,
  d.processed_at,
  d.sha256
FROM documents d;

DROP VIEW v_findings;
CREATE VIEW v_findings AS
SELECT
  f.id,
  d.department,
  d.year,
  d.kind AS document_kind,
  d.source,
  f.rule,
  f.severity,
  f.message_zh,
  f.message_en,
  f.diagnostic,
  f.left_label,
  f.left_value,
  f.right_label,
  f.right_value,
  f.difference,
  f.tolerance,
  (SELECT count(*) FROM evidence e WHERE e.finding_id = f.id) AS evidence_count,
  (SELECT group_concat(
            CASE e.kind
              WHEN 'cell' THEN coalesce('p' || e.page || ' ', '') || e.table_key || ' r' || e.row || 'c' || e.col || ' “' || e.text || '”'
              ELSE coalesce('p' || e.page || ' ', '') || e.block || ' “' || e.text || '”'
            END, '; ')
     FROM (SELECT * FROM evidence WHERE finding_id = f.id ORDER BY seq) e) AS evidence,
  d.sha256,
  d.reading,
  d.id IN (SELECT id FROM current_documents) AS current
FROM findings f
JOIN documents d ON d.id = f.document_id;

DROP VIEW v_line_items;
CREATE VIEW v_line_items AS
SELECT
  d.department,
  d.year,
  d.kind AS document_kind,
  d.level,
  d.source,
  t.table_key AS "table",
  t.title AS table_title,
  li.table_kind,
  li.code,
  li.level AS code_level,
  li.name,
  li.measure,
  -- exact decimal TEXT in 万元 (null for a dash or an amount whose unit nothing states)
  li.wan AS amount_wan,
  li.printed,
  li.unit,
  li.state,
  li.row,
  li.col,
  d.sha256,
  d.reading,
  d.id IN (SELECT id FROM current_documents) AS current
FROM line_items li
JOIN documents d ON d.id = li.document_id
JOIN tables t ON t.id = li.table_id;
