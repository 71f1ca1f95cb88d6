create table pet (id bigint primary key, owner_id bigint references person (id));
