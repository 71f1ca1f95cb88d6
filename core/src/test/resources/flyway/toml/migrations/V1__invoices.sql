create table invoice (
    id bigint primary key,
    currency char(3) not null default '${currency}'
);
