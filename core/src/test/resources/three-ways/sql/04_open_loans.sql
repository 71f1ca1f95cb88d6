CREATE VIEW lending.open_loans AS
    SELECT l.id, m.email, b.title, l.borrowed_at
    FROM lending.loans l
    JOIN lending.members m ON m.id = l.member_id
    JOIN lending.books b ON b.id = l.book_id
    WHERE l.status = 'open';
COMMENT ON VIEW lending.open_loans IS 'Loans not yet returned.';
