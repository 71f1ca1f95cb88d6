-- A Flyway SQL callback: Flyway's own, runs after all migrations.
comment on table account is 'Customer accounts';
