-- Repeatable: Flyway re-applies this file whenever it changes, after every versioned migration.

CREATE OR REPLACE VIEW active_subscription AS
SELECT s.id, s.customer_id, c.name AS customer_name, p.code AS plan_code, s.status, s.renews_at
  FROM subscription s
  JOIN customer c ON c.id = s.customer_id
  JOIN plan p ON p.id = s.plan_id
 WHERE s.status IN ('trialing', 'active');
COMMENT ON VIEW active_subscription IS 'What the renewal job works through.';

CREATE OR REPLACE VIEW overdue_invoice AS
SELECT i.id, i.number, c.name AS customer_name, c.email, i.total_cents, i.currency, i.due_at
  FROM invoice i
  JOIN subscription s ON s.id = i.subscription_id
  JOIN customer c ON c.id = s.customer_id
 WHERE i.status = 'open' AND i.due_at < now();
COMMENT ON VIEW overdue_invoice IS 'Open invoices past their due date, for the dunning e-mails.';
