create table loan (
    id bigint generated always as identity primary key,
    book_id bigint not null references book (id),
    due date not null
);
comment on table loan is 'Books out on loan';
