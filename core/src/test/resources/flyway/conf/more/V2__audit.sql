create table ${audit_table} (
    id bigint primary key,
    item_id bigint references item (id)
);
