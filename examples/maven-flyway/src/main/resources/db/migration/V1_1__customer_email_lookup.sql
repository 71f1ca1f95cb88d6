-- Support looks customers up by e-mail, typed in any case.
CREATE UNIQUE INDEX customer_email_lower_key ON customer (lower(email));
CREATE INDEX subscription_renews_at_idx ON subscription (renews_at) WHERE status IN ('trialing', 'active');
