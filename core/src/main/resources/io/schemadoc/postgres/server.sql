-- The server and database: name, version, and the configured search_path (as the session got it, never changed here).
SELECT current_database() AS database,
       current_setting('server_version') AS server_version,
       current_setting('server_version_num')::int AS server_version_num,
       current_setting('search_path') AS search_path
