-- The store's tables. Amounts are exact decimal TEXT (Decimal#toFixed(), never exponent notation),
-- never REAL. Every row below documents belongs to one document and goes with it (ON DELETE CASCADE):
-- a document is written, or rewritten under a new engine version, in one transaction.

CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  engine_version TEXT NOT NULL,
  started_at TEXT NOT NULL,
  -- null while running, and for a run that was killed
  ended_at TEXT,
  -- files given, documents processed in this run, skipped as already stored, and their statuses
  files INTEGER NOT NULL DEFAULT 0,
  processed INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  ok INTEGER NOT NULL DEFAULT 0,
  needs_review INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  findings INTEGER NOT NULL DEFAULT 0,
  -- JSON: the options the run was started with
  options TEXT NOT NULL DEFAULT '{}'
);

-- One row per distinct content (sha256); the paths it was read from are in files.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  -- the path or URL the bytes were first read from
  source TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT,
  pages INTEGER,
  kind TEXT,
  department TEXT,
  year INTEGER,
  level TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'needs-review', 'failed')),
  -- one line: why the status is not ok (the first error or warning)
  reason TEXT,
  -- JSON array of Diagnostic
  diagnostics TEXT NOT NULL DEFAULT '[]',
  -- JSON: the check engine's document-type codes and its needs-review notes
  codes TEXT NOT NULL DEFAULT '[]',
  review TEXT NOT NULL DEFAULT '[]',
  engine_version TEXT NOT NULL,
  -- 1 when the result says nothing about the bytes (a timeout, a crashed worker): the next run tries again
  retry INTEGER NOT NULL DEFAULT 0 CHECK (retry IN (0, 1)),
  run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  processed_at TEXT NOT NULL,
  duration_ms INTEGER
);

-- Every path (or URL) a batch was given, and the document its bytes are. The same bytes under two
-- names are one document and two files.
CREATE TABLE files (
  path TEXT PRIMARY KEY,
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  -- why the file could not be read at all (then document_id is null)
  error TEXT,
  run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  seen_at TEXT NOT NULL
);
CREATE INDEX files_document ON files(document_id);

CREATE TABLE tables (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  -- t0, t1, … in reading order
  table_key TEXT NOT NULL,
  idx INTEGER NOT NULL,
  kind TEXT,
  score REAL,
  title TEXT,
  unit_note TEXT,
  -- JSON: 1-based pages (PDF), parent table, parsing report, notes printed under the table
  pages TEXT NOT NULL DEFAULT '[]',
  parent TEXT,
  n_rows INTEGER NOT NULL,
  n_cols INTEGER NOT NULL,
  header_rows INTEGER NOT NULL,
  method TEXT,
  report TEXT,
  notes TEXT NOT NULL DEFAULT '[]',
  UNIQUE (document_id, table_key)
);

-- Origin cells only (a merged cell once, with its spans).
CREATE TABLE cells (
  table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  row INTEGER NOT NULL,
  col INTEGER NOT NULL,
  row_span INTEGER NOT NULL,
  col_span INTEGER NOT NULL,
  header INTEGER NOT NULL CHECK (header IN (0, 1)),
  raw TEXT NOT NULL,
  -- JSON Provenance
  provenance TEXT NOT NULL,
  PRIMARY KEY (table_id, row, col)
) WITHOUT ROWID;

CREATE TABLE line_items (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  table_kind TEXT NOT NULL,
  row INTEGER NOT NULL,
  col INTEGER NOT NULL,
  -- digits of the 科目 code, '*' for a 合计 row, null when the row prints none
  code TEXT,
  level INTEGER,
  name TEXT NOT NULL,
  measure TEXT NOT NULL,
  -- JSON array: every header label over the column, outermost first
  measure_path TEXT NOT NULL,
  -- number or dash
  state TEXT NOT NULL CHECK (state IN ('number', 'dash')),
  printed TEXT NOT NULL,
  -- exact decimal TEXT in the printed unit; null for a dash
  value TEXT,
  unit TEXT,
  unit_source TEXT,
  -- exact decimal TEXT in 万元; null for a dash or an unknown unit
  wan TEXT,
  decimals INTEGER,
  provenance TEXT NOT NULL
);
CREATE INDEX line_items_document ON line_items(document_id);
CREATE INDEX line_items_code ON line_items(code);

-- Facts stated in running text; the payload is the fact as extract built it (JSON), so this table
-- does not depend on each kind's shape.
CREATE TABLE narrative_facts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL
);
CREATE INDEX narrative_facts_document ON narrative_facts(document_id);

CREATE TABLE rule_outcomes (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  rule TEXT NOT NULL,
  family TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'not-applicable', 'insufficient-data', 'not-implemented')),
  checked INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  reason TEXT,
  PRIMARY KEY (document_id, rule)
) WITHOUT ROWID;

CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message_zh TEXT NOT NULL,
  message_en TEXT NOT NULL,
  diagnostic TEXT,
  -- the two sides of the comparison: exact decimal TEXT values and rounding envelopes
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
  -- JSON: the template data, and each side's operands (label, value, printed, unit, evidence index)
  data TEXT NOT NULL,
  left_operands TEXT NOT NULL,
  right_operands TEXT NOT NULL,
  UNIQUE (document_id, seq)
);
CREATE INDEX findings_rule ON findings(rule);

-- Where each number of a finding was printed: a table cell or a span of running text.
CREATE TABLE evidence (
  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('cell', 'text')),
  table_key TEXT,
  table_kind TEXT,
  row INTEGER,
  col INTEGER,
  block TEXT,
  start INTEGER,
  "end" INTEGER,
  -- the cell's text, or the quoted sentence
  text TEXT NOT NULL,
  page INTEGER,
  provenance TEXT NOT NULL,
  PRIMARY KEY (finding_id, seq)
) WITHOUT ROWID;
