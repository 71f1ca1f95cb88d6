create table purchase (
    id bigint primary key,
    status text not null default '${status-default}'
);
