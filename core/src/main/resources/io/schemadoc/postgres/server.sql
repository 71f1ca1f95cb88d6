-- The server and database: name, version, and the configured search_path (as the session got it, never changed here).
SELECT current_database() AS database,
       current_setting('server_version') AS server_version,
       current_setting('server_version_num')::int AS server_version_num,
       current_setting('search_path') AS search_path,
       -- Keywords quote_identifier quotes (all but the unreserved), and whether it quotes every name: the reader
       -- writes some definitions itself and quotes them the same way (Identifiers.java).
       ARRAY(SELECT word FROM pg_get_keywords() WHERE catcode <> 'U' ORDER BY word) AS quoted_keywords,
       current_setting('quote_all_identifiers')::boolean AS quote_all_identifiers
