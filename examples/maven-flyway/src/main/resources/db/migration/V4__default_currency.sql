-- Each deployment bills in its own currency (spring.flyway.placeholders.default_currency in application.properties).
ALTER TABLE plan ALTER COLUMN currency SET DEFAULT '${default_currency}';
ALTER TABLE invoice ALTER COLUMN currency SET DEFAULT '${default_currency}';
COMMENT ON COLUMN invoice.currency IS 'ISO 4217 code; the plan''s currency when the invoice is created.';
