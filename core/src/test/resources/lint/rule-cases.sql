-- One schema per rule and case: t_<rule> holds objects that must trip the rule, c_<rule> a near miss that
-- must not. Rule ids map to schema names with '-' → '_'. Used by RuleCasesTest and PgIndexHealthParityTest.

create schema t_fk_without_index;
create table t_fk_without_index.parent (id bigint primary key);
create table t_fk_without_index.child (id bigint primary key, parent_id bigint not null references t_fk_without_index.parent);
create schema c_fk_without_index;
create table c_fk_without_index.parent (id bigint primary key);
create table c_fk_without_index.child (id bigint primary key, parent_id bigint not null references c_fk_without_index.parent);
create index on c_fk_without_index.child (parent_id);

create schema t_fk_type_mismatch;
create table t_fk_type_mismatch.parent (id bigint primary key);
create table t_fk_type_mismatch.child (id bigint primary key, parent_id integer references t_fk_type_mismatch.parent);
create index on t_fk_type_mismatch.child (parent_id);
create schema c_fk_type_mismatch;
create table c_fk_type_mismatch.parent (id bigint primary key, code varchar(20) unique);
create table c_fk_type_mismatch.child (id bigint primary key, parent_id bigint references c_fk_type_mismatch.parent,
    parent_code varchar(20) references c_fk_type_mismatch.parent (code));

create schema t_no_primary_key;
create table t_no_primary_key.log (at timestamptz, line text);
create schema c_no_primary_key;
create table c_no_primary_key.log (id bigint generated always as identity primary key, line text);

create schema t_duplicate_foreign_key;
create table t_duplicate_foreign_key.parent (id bigint primary key);
create table t_duplicate_foreign_key.child (id bigint primary key, parent_id bigint references t_duplicate_foreign_key.parent);
alter table t_duplicate_foreign_key.child add constraint child_parent_again foreign key (parent_id) references t_duplicate_foreign_key.parent;
create schema c_duplicate_foreign_key;
create table c_duplicate_foreign_key.parent (id bigint primary key);
create table c_duplicate_foreign_key.child (id bigint primary key, parent_id bigint references c_duplicate_foreign_key.parent,
    other_parent_id bigint references c_duplicate_foreign_key.parent);

create schema t_intersecting_foreign_key;
create table t_intersecting_foreign_key.parent (a int, b int, primary key (a, b), unique (b));
create table t_intersecting_foreign_key.child (id int primary key, a int, b int,
    foreign key (a, b) references t_intersecting_foreign_key.parent (a, b),
    foreign key (b) references t_intersecting_foreign_key.parent (b));
create schema c_intersecting_foreign_key;
create table c_intersecting_foreign_key.parent (a int, b int, primary key (a, b), unique (b));
create table c_intersecting_foreign_key.child (id int primary key, a int, b int, b2 int,
    foreign key (a, b) references c_intersecting_foreign_key.parent (a, b),
    foreign key (b2) references c_intersecting_foreign_key.parent (b));

create schema t_fk_self_reference;
create table t_fk_self_reference.node (id int primary key, foreign key (id) references t_fk_self_reference.node (id));
create schema c_fk_self_reference;
create table c_fk_self_reference.node (id int primary key, parent_id int references c_fk_self_reference.node (id));

create schema t_self_reference_without_check;
create table t_self_reference_without_check.users (id bigint primary key, referred_by bigint references t_self_reference_without_check.users);
create table t_self_reference_without_check.referral (referrer_id bigint references t_self_reference_without_check.users,
    referred_id bigint references t_self_reference_without_check.users, primary key (referrer_id, referred_id));
create schema c_self_reference_without_check;
create table c_self_reference_without_check.users (id bigint primary key,
    referred_by bigint references c_self_reference_without_check.users check (referred_by <> id));
create table c_self_reference_without_check.referral (referrer_id bigint references c_self_reference_without_check.users,
    referred_id bigint references c_self_reference_without_check.users, primary key (referrer_id, referred_id),
    constraint users_cannot_refer_themselves check (referrer_id <> referred_id));

create schema t_unlinked_table;
create table t_unlinked_table.island (id int primary key, note text);
create schema c_unlinked_table;
create table c_unlinked_table.parent (id int primary key);
create table c_unlinked_table.child (id int primary key, parent_id int references c_unlinked_table.parent);

create schema t_not_valid_constraint;
create table t_not_valid_constraint.item (id int primary key, qty int);
alter table t_not_valid_constraint.item add constraint qty_positive check (qty > 0) not valid;
create schema c_not_valid_constraint;
create table c_not_valid_constraint.item (id int primary key, qty int);
alter table c_not_valid_constraint.item add constraint qty_positive check (qty > 0) not valid;
alter table c_not_valid_constraint.item validate constraint qty_positive;

create schema t_table_inheritance;
create table t_table_inheritance.base (id int primary key, kind text);
create table t_table_inheritance.special (extra text) inherits (t_table_inheritance.base);
create schema c_table_inheritance;
create table c_table_inheritance.events (id int, at date not null, primary key (id, at)) partition by range (at);
create table c_table_inheritance.events_2026 partition of c_table_inheritance.events for values from ('2026-01-01') to ('2027-01-01');

create schema t_duplicate_index;
create table t_duplicate_index.t (id int primary key, a int not null);
create index t_a_one on t_duplicate_index.t (a);
create index t_a_two on t_duplicate_index.t (a);
create unique index t_id_again on t_duplicate_index.t (id);
create table t_duplicate_index.daily (id int primary key, user_id int not null, day date not null, unique (user_id, day));
create index daily_user_day on t_duplicate_index.daily (user_id, day desc);
create schema c_duplicate_index;
create table c_duplicate_index.t (id int primary key, a int not null, b int not null);
create index t_a on c_duplicate_index.t (a);
create index t_a_partial on c_duplicate_index.t (a) where b > 0;
create index t_b on c_duplicate_index.t (b);

create schema t_redundant_index;
create table t_redundant_index.t (id int primary key, a int not null, b int not null);
create index t_a on t_redundant_index.t (a);
create index t_a_b on t_redundant_index.t (a, b);
create schema c_redundant_index;
create table c_redundant_index.t (id int primary key, a int not null, b int not null);
create index t_a on c_redundant_index.t (a);
create index t_b_a on c_redundant_index.t (b, a);
create unique index t_b on c_redundant_index.t (b);
create index t_b_id on c_redundant_index.t (b, id);

create schema t_intersecting_index;
create table t_intersecting_index.t (id int primary key, a int not null, b int not null);
create index t_a_hash on t_intersecting_index.t using hash (a);
create index t_a_b on t_intersecting_index.t (a, b);
create schema c_intersecting_index;
create table c_intersecting_index.t (id int primary key, a int not null, b int not null);
create index t_a on c_intersecting_index.t (a);
create index t_b on c_intersecting_index.t using hash (b);

create schema t_invalid_index;
create table t_invalid_index.t (id int primary key, a int not null);
create index t_a on t_invalid_index.t (a);
-- What a failed CREATE INDEX CONCURRENTLY leaves behind; it cannot run inside this script's transaction.
update pg_catalog.pg_index set indisvalid = false where indexrelid = 't_invalid_index.t_a'::regclass;
create schema c_invalid_index;
create table c_invalid_index.t (id int primary key, a int not null);
create index t_a on c_invalid_index.t (a);

create schema t_boolean_in_index;
create table t_boolean_in_index.job (id int primary key, done boolean not null, at timestamptz not null);
create index job_done on t_boolean_in_index.job (done, at);
create schema c_boolean_in_index;
create table c_boolean_in_index.job (id int primary key, done boolean not null, at timestamptz not null);
create index job_pending on c_boolean_in_index.job (at) where not done;

create schema t_index_with_null_values;
create table t_index_with_null_values.t (id int primary key, deleted_at timestamptz);
create index t_deleted on t_index_with_null_values.t (deleted_at);
create schema c_index_with_null_values;
create table c_index_with_null_values.t (id int primary key, deleted_at timestamptz, code text not null);
create index t_deleted on c_index_with_null_values.t (deleted_at) where deleted_at is not null;
create index t_code on c_index_with_null_values.t (code);

create schema t_btree_on_array;
create table t_btree_on_array.t (id int primary key, tags text[] not null);
create index t_tags on t_btree_on_array.t (tags);
create schema c_btree_on_array;
create table c_btree_on_array.t (id int primary key, tags text[] not null);
create index t_tags on c_btree_on_array.t using gin (tags);

create schema t_unnecessary_index_predicate;
create table t_unnecessary_index_predicate.t (id int primary key, a int not null, b int not null);
create index t_b on t_unnecessary_index_predicate.t (b) where a is not null;
create schema c_unnecessary_index_predicate;
create table c_unnecessary_index_predicate.t (id int primary key, a int, b int not null);
create index t_b on c_unnecessary_index_predicate.t (b) where a is not null;

create schema t_timestamp_in_middle_of_index;
create table t_timestamp_in_middle_of_index.t (id int primary key, created_at timestamptz not null, status int not null);
create index t_created_status on t_timestamp_in_middle_of_index.t (created_at, status);
create schema c_timestamp_in_middle_of_index;
create table c_timestamp_in_middle_of_index.t (id int primary key, created_at timestamptz not null, status int not null);
create index t_status_created on c_timestamp_in_middle_of_index.t (status, created_at);

create schema t_timestamp_without_time_zone;
create table t_timestamp_without_time_zone.t (id int primary key, at timestamp(3));
create schema c_timestamp_without_time_zone;
create table c_timestamp_without_time_zone.t (id int primary key, at timestamptz(3), day date);

create schema t_time_with_time_zone;
create table t_time_with_time_zone.t (id int primary key, opens timetz);
create schema c_time_with_time_zone;
create table c_time_with_time_zone.t (id int primary key, opens time, zone text);

create schema t_serial_instead_of_identity;
create table t_serial_instead_of_identity.t (id serial primary key, n bigserial);
create schema c_serial_instead_of_identity;
create table c_serial_instead_of_identity.t (id int generated always as identity primary key, n bigint generated by default as identity);

create schema t_json_column;
create table t_json_column.t (id int primary key, doc json);
create schema c_json_column;
create table c_json_column.t (id int primary key, doc jsonb);

create schema t_varchar_with_length;
create table t_varchar_with_length.t (id int primary key, name varchar(255));
create schema c_varchar_with_length;
create table c_varchar_with_length.t (id int primary key, name text, code varchar);

create schema t_char_column;
create table t_char_column.t (id int primary key, country char(2));
create schema c_char_column;
create table c_char_column.t (id int primary key, country text check (char_length(country) = 2));

create schema t_money_column;
create table t_money_column.t (id int primary key, price money);
create schema c_money_column;
create table c_money_column.t (id int primary key, price numeric(12, 2), currency text);

create schema t_varchar_primary_key;
create table t_varchar_primary_key.t (code varchar(20) primary key);
create schema c_varchar_primary_key;
create table c_varchar_primary_key.t (id bigint primary key, code varchar(20) unique);

create schema t_inconsistent_column_type;
create table t_inconsistent_column_type.a (id int primary key, user_id bigint);
create table t_inconsistent_column_type.b (id int primary key, user_id bigint);
create table t_inconsistent_column_type.c (id int primary key, user_id integer);
create schema c_inconsistent_column_type;
create table c_inconsistent_column_type.a (id int primary key, user_id bigint);
create table c_inconsistent_column_type.b (id int primary key, user_id bigint);

create schema t_null_string_default;
create table t_null_string_default.t (id int primary key, note text default 'NULL');
create schema c_null_string_default;
create table c_null_string_default.t (id int primary key, note text default null, word text default 'nullable');

create schema t_updated_at_without_trigger;
create table t_updated_at_without_trigger.t (id int primary key, updated_at timestamptz not null default now());
create schema c_updated_at_without_trigger;
create table c_updated_at_without_trigger.t (id int primary key, updated_at timestamptz not null default now());
create function c_updated_at_without_trigger.trigger_set_timestamp() returns trigger language plpgsql as $$
begin
  NEW.updated_at = now();
  return NEW;
end $$;
create trigger set_timestamp before update on c_updated_at_without_trigger.t
  for each row execute function c_updated_at_without_trigger.trigger_set_timestamp();

create schema t_primary_key_not_first;
create table t_primary_key_not_first.t (name text, id int primary key);
create schema c_primary_key_not_first;
create table c_primary_key_not_first.t (id int primary key, name text);

create schema t_too_few_columns;
create table t_too_few_columns.t (id int primary key);
create schema c_too_few_columns;
create table c_too_few_columns.t (id int primary key, name text not null);

create schema t_all_columns_nullable;
create table t_all_columns_nullable.t (id int primary key, a text, b text);
create schema c_all_columns_nullable;
create table c_all_columns_nullable.t (id int primary key, a text not null, b text);

create schema t_name_at_length_limit;
create table t_name_at_length_limit.a_table_whose_name_is_far_too_long_and_gets_cut_by_postgresql_x (id int primary key);
create schema c_name_at_length_limit;
create table c_name_at_length_limit.a_table_with_a_reasonably_short_name (id int primary key);

create schema t_security_definer_search_path;
create function t_security_definer_search_path.whoami() returns text language sql security definer as $$ select current_user::text $$;
create function t_security_definer_search_path.temp_first() returns text language sql security definer
  set search_path = pg_temp, pg_catalog as $$ select current_user::text $$;
create schema c_security_definer_search_path;
create function c_security_definer_search_path.whoami() returns text language sql security definer
  set search_path = pg_catalog, pg_temp as $$ select current_user::text $$;
create function c_security_definer_search_path.invoker() returns text language sql as $$ select current_user::text $$;

create schema t_rls_without_policy;
create table t_rls_without_policy.t (id int primary key, owner_name text);
alter table t_rls_without_policy.t enable row level security;
create schema c_rls_without_policy;
create table c_rls_without_policy.t (id int primary key, owner_name text);
alter table c_rls_without_policy.t enable row level security;
create policy own_rows on c_rls_without_policy.t using (owner_name = current_user);

create schema t_exposed_table_without_rls;
create table t_exposed_table_without_rls.t (id int primary key, owner_name text);
create schema c_exposed_table_without_rls;
create table c_exposed_table_without_rls.t (id int primary key, owner_name text);
alter table c_exposed_table_without_rls.t enable row level security;
create policy own_rows on c_exposed_table_without_rls.t using (owner_name = current_user);

create schema t_missing_table_comment;
create table t_missing_table_comment.t (id int primary key);
create schema c_missing_table_comment;
create table c_missing_table_comment.t (id int primary key);
comment on table c_missing_table_comment.t is 'One row per thing.';

create schema t_missing_column_comment;
create table t_missing_column_comment.t (id int primary key);
create schema c_missing_column_comment;
create table c_missing_column_comment.t (id int primary key);
comment on column c_missing_column_comment.t.id is 'Identity of the thing.';

create schema t_missing_routine_comment;
create function t_missing_routine_comment.f() returns int language sql as $$ select 1 $$;
create schema c_missing_routine_comment;
create function c_missing_routine_comment.f() returns int language sql as $$ select 1 $$;
comment on function c_missing_routine_comment.f() is 'Returns one.';

-- Live rules judge statistics, which RuleCasesTest builds by hand; their schemas only hold the objects named.
create schema t_unused_index;
create table t_unused_index.t (id int primary key, a int not null);
create index t_a on t_unused_index.t (a);
create schema c_unused_index;
create table c_unused_index.t (id int primary key, a int not null);
create index t_a on c_unused_index.t (a);

create schema t_low_selectivity_index;
create table t_low_selectivity_index.t (id int primary key, status int not null);
create index t_status on t_low_selectivity_index.t (status);
create schema c_low_selectivity_index;
create table c_low_selectivity_index.t (id int primary key, status int not null);
create index t_status on c_low_selectivity_index.t (status);

create schema t_sequence_near_exhaustion;
create sequence t_sequence_near_exhaustion.s as integer;
create schema c_sequence_near_exhaustion;
create sequence c_sequence_near_exhaustion.s as integer;

create schema t_table_bloat;
create table t_table_bloat.t (id int primary key);
create schema c_table_bloat;
create table c_table_bloat.t (id int primary key);

create schema t_index_bloat;
create table t_index_bloat.t (id int primary key);
create schema c_index_bloat;
create table c_index_bloat.t (id int primary key);

create schema t_seq_scan_heavy;
create table t_seq_scan_heavy.t (id int primary key);
create schema c_seq_scan_heavy;
create table c_seq_scan_heavy.t (id int primary key);

-- Not a rule: two indexes on different expressions, which overlap in nothing (no rule may report them).
create schema x_expression_indexes;
create table x_expression_indexes.t (id int primary key, email text not null, name text not null);
create index t_lower_email on x_expression_indexes.t (lower(email));
create index t_lower_name on x_expression_indexes.t (lower(name));

create schema t_quoted_name;
create table t_quoted_name."user" (id int primary key, "sessionToken" text);
create schema c_quoted_name;
create table c_quoted_name.users (id int primary key, session_token text);

create schema t_incrementing_columns;
create table t_incrementing_columns.contact (id int primary key, phone1 text, phone2 text, phone_3 text);
create schema c_incrementing_columns;
create table c_incrementing_columns.contact (id int primary key, phone text, ipv4 inet, sha256 text);

create schema t_fk_cycle;
create table t_fk_cycle.team (id int primary key, captain_id int not null);
create table t_fk_cycle.player (id int primary key, team_id int not null references t_fk_cycle.team);
alter table t_fk_cycle.team add foreign key (captain_id) references t_fk_cycle.player;
create schema c_fk_cycle;
create table c_fk_cycle.team (id int primary key, parent_id int references c_fk_cycle.team);
create table c_fk_cycle.player (id int primary key, team_id int not null references c_fk_cycle.team);

create schema t_natural_primary_key;
create table t_natural_primary_key.rate (day date, currency_code int, rate numeric not null, primary key (day, currency_code));
create schema c_natural_primary_key;
create table c_natural_primary_key.rate (id uuid primary key, day date not null, currency_code int not null, unique (day, currency_code));
create table c_natural_primary_key.measure (id bigint, at timestamptz not null, primary key (id, at)) partition by range (at);

create schema t_trigger_recursion;
create table t_trigger_recursion.counter (id int primary key, n int not null default 0, name text);
create function t_trigger_recursion.bump() returns trigger language plpgsql as $$
begin
  update t_trigger_recursion.counter set n = n + 1 where id = NEW.id;
  return NEW;
end $$;
create trigger bump after update on t_trigger_recursion.counter for each row execute function t_trigger_recursion.bump();
create function t_trigger_recursion.log_it() returns trigger language plpgsql as $$
begin
  perform t_trigger_recursion.copy_row(NEW.id);
  return NEW;
end $$;
create function t_trigger_recursion.copy_row(i int) returns void language sql as $$
  insert into t_trigger_recursion.counter (id) values (i + 1000000)
$$;
create trigger log_it after insert on t_trigger_recursion.counter for each row execute function t_trigger_recursion.log_it();
create schema c_trigger_recursion;
create table c_trigger_recursion.counter (id int primary key, n int not null default 0, name text);
create function c_trigger_recursion.bump() returns trigger language plpgsql as $$
begin
  if pg_trigger_depth() > 1 then
    return NEW;
  end if;
  update c_trigger_recursion.counter set n = n + 1 where id = NEW.id;
  return NEW;
end $$;
create trigger bump after update on c_trigger_recursion.counter for each row execute function c_trigger_recursion.bump();
create function c_trigger_recursion.count_rename() returns trigger language plpgsql as $$
begin
  update c_trigger_recursion.counter set n = n + 1 where id = NEW.id;
  return NEW;
end $$;
create trigger count_rename after update of name on c_trigger_recursion.counter for each row execute function c_trigger_recursion.count_rename();
create function c_trigger_recursion.touch() returns trigger language plpgsql as $$
begin
  update c_trigger_recursion.counter set n = 0 where id = NEW.id;
  return NEW;
end $$;
create trigger touch after insert on c_trigger_recursion.counter for each row when (pg_trigger_depth() < 1)
  execute function c_trigger_recursion.touch();

create schema t_cascade_depth;
create table t_cascade_depth.a (id int primary key);
create table t_cascade_depth.b (id int primary key, a_id int not null references t_cascade_depth.a on delete cascade);
create table t_cascade_depth.c (id int primary key, b_id int not null references t_cascade_depth.b on delete cascade);
create table t_cascade_depth.d (id int primary key, c_id int not null references t_cascade_depth.c on delete cascade);
create table t_cascade_depth.e (id int primary key, d_id int not null references t_cascade_depth.d on delete cascade);
create schema c_cascade_depth;
create table c_cascade_depth.a (id int primary key);
create table c_cascade_depth.b (id int primary key, a_id int not null references c_cascade_depth.a on delete cascade);
create table c_cascade_depth.c (id int primary key, b_id int not null references c_cascade_depth.b on delete cascade);
create table c_cascade_depth.d (id int primary key, c_id int not null references c_cascade_depth.c on delete cascade);
