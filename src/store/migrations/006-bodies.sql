-- Who published each document, by code; the bodies behind the names documents print; what each
-- printed amount is of, for a panel across documents and years; and the amounts each document states
-- about a year, for the checks that take two documents.

-- A publishing body, with an id that outlives its renamings: the names documents print for it are its
-- aliases. A body merged into another keeps its row (merged_into), so an id once exported still leads
-- to the body it became.
CREATE TABLE bodies (
  id INTEGER PRIMARY KEY,
  -- the name shown: the first a document printed for it, or the one the user gave (named_by = 'user')
  name TEXT NOT NULL,
  -- 6-digit 行政区划代码 of its region (000000 for 中央)
  region_code TEXT NOT NULL,
  named_by TEXT NOT NULL DEFAULT 'document' CHECK (named_by IN ('document', 'user')),
  merged_into INTEGER REFERENCES bodies(id),
  created_at TEXT NOT NULL
);

-- A name a body is known by: its region and its name without region words (财政局), the key a
-- document's issuer is matched by. Seeded from what documents print; gongkai bodies merge moves them.
CREATE TABLE body_aliases (
  id INTEGER PRIMARY KEY,
  body_id INTEGER NOT NULL REFERENCES bodies(id),
  region_code TEXT NOT NULL,
  key TEXT NOT NULL,
  -- the name as the first document with this alias printed it
  printed TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (region_code, key)
);
CREATE INDEX body_aliases_body ON body_aliases(body_id);

-- One row per document: its issuer as resolved (src/extract/issuer.ts), and the alias it was matched
-- to (null when the body could not be resolved: `unresolved` says why).
CREATE TABLE document_issuers (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  printed TEXT,
  key TEXT,
  region_code TEXT,
  region_name TEXT,
  region_level TEXT,
  province_code TEXT,
  province_name TEXT,
  city_code TEXT,
  city_name TEXT,
  county_code TEXT,
  county_name TEXT,
  -- name, context (the cover's and 部门 lines' region words) or central
  region_from TEXT,
  level TEXT,
  alias_id INTEGER REFERENCES body_aliases(id),
  unresolved TEXT
);
CREATE INDEX document_issuers_alias ON document_issuers(alias_id);

-- What each line item is of, beside it (same table, row and column): the year and basis of its column
-- (a 2026 预算's 2025年执行数 is 2025's execution), the unit or project it is printed under, the side of
-- a 总表, the 科目 scheme and the current edition's name of its code, the funds its table covers.
CREATE TABLE line_item_dims (
  table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  row INTEGER NOT NULL,
  col INTEGER NOT NULL,
  fiscal_year INTEGER,
  basis TEXT NOT NULL,
  grp TEXT,
  side TEXT,
  scheme TEXT,
  name_current TEXT,
  funds TEXT,
  PRIMARY KEY (table_id, row, col)
) WITHOUT ROWID;

-- The amounts a document states about a year (its own tables, its 三公, the 年初预算 its 情况说明 gives,
-- the prior year's figures its columns and sentences imply), keyed for comparison with other
-- documents of the same body (src/extract/stated-amounts.ts).
CREATE TABLE stated_amounts (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  fiscal_year INTEGER NOT NULL,
  basis TEXT NOT NULL,
  -- the document's own figure for its own year (1), or one it restates (0)
  own INTEGER NOT NULL CHECK (own IN (0, 1)),
  scope TEXT NOT NULL,
  subject TEXT NOT NULL,
  split TEXT NOT NULL,
  label TEXT NOT NULL,
  -- exact decimal TEXT in 万元, and half the printed unit's last digit (the rounding envelope)
  value TEXT NOT NULL,
  half_unit TEXT NOT NULL,
  printed TEXT NOT NULL,
  unit TEXT,
  source TEXT NOT NULL,
  -- JSON: the evidence (a cell or a text span with provenance) the figure was read from
  evidence TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
CREATE INDEX stated_amounts_key ON stated_amounts(fiscal_year, basis, subject);

-- The checks that take two documents of one body (rules of family AC): one row per rule and pair
-- checked, and the findings with evidence from both documents.
CREATE TABLE cross_outcomes (
  rule TEXT NOT NULL,
  -- the document whose statement is checked, and the document it is checked against
  subject_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  reference_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'not-applicable', 'insufficient-data')),
  checked INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  reason TEXT,
  checked_at TEXT NOT NULL,
  PRIMARY KEY (rule, subject_id, reference_id)
) WITHOUT ROWID;

CREATE TABLE cross_findings (
  id INTEGER PRIMARY KEY,
  rule TEXT NOT NULL,
  subject_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  reference_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message_zh TEXT NOT NULL,
  message_en TEXT NOT NULL,
  left_label TEXT NOT NULL,
  left_value TEXT NOT NULL,
  left_low TEXT NOT NULL,
  left_high TEXT NOT NULL,
  right_label TEXT NOT NULL,
  right_value TEXT NOT NULL,
  right_low TEXT NOT NULL,
  right_high TEXT NOT NULL,
  difference TEXT NOT NULL,
  tolerance TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX cross_findings_pair ON cross_findings(subject_id, reference_id);

-- Each number's evidence, with the document it was printed in.
CREATE TABLE cross_evidence (
  finding_id INTEGER NOT NULL REFERENCES cross_findings(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('cell', 'text')),
  table_key TEXT,
  table_kind TEXT,
  row INTEGER,
  col INTEGER,
  block TEXT,
  start INTEGER,
  "end" INTEGER,
  text TEXT NOT NULL,
  page INTEGER,
  provenance TEXT NOT NULL,
  PRIMARY KEY (finding_id, seq)
) WITHOUT ROWID;

-- Each document's body, through the alias its issuer was matched to (a merge moves aliases, so every
-- document of the merged body follows).
CREATE VIEW v_document_bodies AS
SELECT
  i.document_id,
  a.body_id,
  b.name AS body_name,
  i.printed,
  i.region_code,
  i.region_name,
  i.region_level,
  i.province_code,
  i.province_name,
  i.city_code,
  i.city_name,
  i.county_code,
  i.county_name,
  i.level,
  i.unresolved
FROM document_issuers i
LEFT JOIN body_aliases a ON a.id = i.alias_id
LEFT JOIN bodies b ON b.id = a.body_id;

CREATE VIEW v_bodies AS
SELECT
  b.id,
  b.name,
  b.region_code,
  (SELECT region_name FROM document_issuers i JOIN body_aliases a ON a.id = i.alias_id WHERE a.body_id = b.id LIMIT 1) AS region_name,
  b.named_by,
  b.merged_into,
  (SELECT group_concat(printed, '; ') FROM (SELECT DISTINCT printed FROM body_aliases a WHERE a.body_id = b.id ORDER BY printed)) AS aliases,
  (SELECT count(*) FROM document_issuers i JOIN body_aliases a ON a.id = i.alias_id WHERE a.body_id = b.id) AS documents,
  (SELECT group_concat(y, ', ') FROM (SELECT DISTINCT d.year || d.kind AS y FROM documents d JOIN document_issuers i ON i.document_id = d.id JOIN body_aliases a ON a.id = i.alias_id WHERE a.body_id = b.id ORDER BY d.year, d.kind)) AS years
FROM bodies b;

-- The panel: one row per printed amount of a current document, with who published it (region by code, body id), which
-- document, what the amount is of (year, basis, 科目 split into 类/款/项, names as printed and as the
-- current edition has them, measure) and the amount exactly, in 万元 and as printed.
CREATE VIEW v_panel AS
SELECT
  db.region_code,
  db.region_name,
  db.region_level,
  db.province_code,
  db.province_name,
  db.city_code,
  db.city_name,
  db.county_code,
  db.county_name,
  db.body_id,
  db.body_name,
  d.level,
  d.id AS document_id,
  d.kind AS document_kind,
  d.year AS document_year,
  x.fiscal_year,
  x.basis,
  li.table_kind,
  t.title AS table_title,
  x.funds,
  x.scheme,
  li.code,
  CASE WHEN li.code GLOB '[0-9][0-9][0-9]*' THEN substr(li.code, 1, 3) END AS code_class,
  CASE WHEN li.code GLOB '[0-9][0-9][0-9][0-9][0-9]*' THEN substr(li.code, 4, 2) END AS code_section,
  CASE WHEN li.code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN substr(li.code, 6, 2) END AS code_item,
  li.level AS code_level,
  li.name AS name_printed,
  x.name_current,
  x.grp AS "group",
  x.side,
  li.measure,
  li.measure_path,
  li.wan AS amount_wan,
  li.printed,
  li.value,
  li.unit,
  li.state,
  li.decimals,
  t.table_key,
  li.row,
  li.col,
  li.provenance,
  d.sha256,
  d.source
FROM line_items li
JOIN documents d ON d.id = li.document_id
JOIN tables t ON t.id = li.table_id
LEFT JOIN line_item_dims x ON x.table_id = li.table_id AND x.row = li.row AND x.col = li.col
LEFT JOIN v_document_bodies db ON db.document_id = d.id
-- a source's older versions stay in the store (v_source_versions) but not in the panel: one amount, one row
WHERE d.id IN (SELECT id FROM current_documents);

CREATE VIEW v_cross_findings AS
SELECT
  f.id,
  f.rule,
  f.severity,
  f.message_zh,
  f.message_en,
  s.department AS subject_department,
  s.year AS subject_year,
  s.kind AS subject_kind,
  s.source AS subject_source,
  r.year AS reference_year,
  r.kind AS reference_kind,
  r.source AS reference_source,
  f.left_label,
  f.left_value,
  f.right_label,
  f.right_value,
  f.difference,
  f.tolerance,
  (SELECT group_concat(
            CASE e.kind
              WHEN 'cell' THEN '#' || e.document_id || ' ' || coalesce('p' || e.page || ' ', '') || e.table_key || ' r' || e.row || 'c' || e.col || ' “' || e.text || '”'
              ELSE '#' || e.document_id || ' ' || coalesce('p' || e.page || ' ', '') || e.block || ' “' || e.text || '”'
            END, '; ')
     FROM (SELECT * FROM cross_evidence WHERE finding_id = f.id ORDER BY seq) e) AS evidence,
  f.subject_id,
  f.reference_id
FROM cross_findings f
JOIN documents s ON s.id = f.subject_id
JOIN documents r ON r.id = f.reference_id;
