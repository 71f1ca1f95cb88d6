alter table ${audit_table} add column keep_days int not null default ${retention_days};
