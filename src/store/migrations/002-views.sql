-- Views for researchers: one row per printed amount, one per finding, in the document's own words.

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
  d.sha256
FROM line_items li
JOIN documents d ON d.id = li.document_id
JOIN tables t ON t.id = li.table_id;

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
  d.sha256
FROM findings f
JOIN documents d ON d.id = f.document_id;

CREATE VIEW v_documents AS
SELECT
  d.id,
  d.department,
  d.year,
  d.kind AS document_kind,
  d.level,
  d.status,
  d.reason,
  d.format,
  d.pages,
  d.source,
  (SELECT group_concat(path, '; ') FROM (SELECT path FROM files f WHERE f.document_id = d.id ORDER BY path)) AS paths,
  (SELECT count(*) FROM tables t WHERE t.document_id = d.id) AS tables,
  (SELECT count(*) FROM line_items x WHERE x.document_id = d.id) AS line_items,
  (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'error') AS errors,
  (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'warning') AS warnings,
  (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'info') AS infos,
  d.engine_version,
  d.processed_at,
  d.sha256
FROM documents d;
