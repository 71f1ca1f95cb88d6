--liquibase formatted sql

--changeset alice:1
create table authors (id int primary key, name text not null);

--changeset alice:2
create table books (
    id int primary key,
    author_id int references authors (id)
);
create index books_author_idx on books (author_id);

--changeset bob:3 context:test
create table test_only (id int);
