-- How long this database's cumulative statistics have been counting: days since pg_stat_database.stats_reset,
-- null when they were never reset (then they count since the cluster was created).
select extract(epoch from (now() - d.stats_reset)) / 86400.0 as days_ago
from pg_catalog.pg_stat_database d
where d.datname = current_database()
