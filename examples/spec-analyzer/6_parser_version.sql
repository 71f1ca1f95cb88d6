-- Record which parser produced an analysis, to re-run old ones after parser fixes.

ALTER TABLE analyses ADD COLUMN parser_version varchar(100);

CREATE INDEX idx_analyses_parser_version ON analyses (parser_version) WHERE parser_version IS NOT NULL;
