create table contact (
    id bigint primary key
);
comment on table contact is '${owner_note}';
