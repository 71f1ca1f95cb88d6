--liquibase formatted sql
--changeset ops:extra
create table extra (id int);
