--liquibase formatted sql
--changeset alice:base
create table base (id int primary key);
