create table author (
    id bigint generated always as identity primary key,
    name text not null
);

create table book (
    id bigint generated always as identity primary key,
    author_id bigint not null references author (id),
    title text not null
);
