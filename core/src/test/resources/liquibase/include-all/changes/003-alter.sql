--liquibase formatted sql
--changeset carol:alter
alter table child add column note text;
