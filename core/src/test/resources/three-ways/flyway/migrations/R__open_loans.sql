-- Repeatable: re-applied whenever it changes, after every versioned migration.
CREATE VIEW ${app_schema}.open_loans AS
    SELECT l.id, m.email, b.title, l.borrowed_at
    FROM ${app_schema}.loans l
    JOIN ${app_schema}.members m ON m.id = l.member_id
    JOIN ${app_schema}.books b ON b.id = l.book_id
    WHERE l.status = 'open';
COMMENT ON VIEW ${app_schema}.open_loans IS 'Loans not yet returned.';
