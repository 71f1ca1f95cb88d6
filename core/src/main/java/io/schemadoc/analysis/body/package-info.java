/**
 * Routine body analysis: what each routine writes, reads and calls.
 *
 * <p>A PL/pgSQL body goes through {@code Lexer} (comments, string constants, dollar quotes and quoted identifiers
 * become single tokens or vanish, in one linear pass) and {@code PlpgsqlSplitter} (block structure, control
 * statements, PL/pgSQL-only clauses) before single SQL statements reach JSqlParser; when JSqlParser fails, a
 * token-level scan of our own finds write targets, reads and calls, and the statement is also reported as unparsed
 * with its line. SQL and {@code BEGIN ATOMIC} bodies are cut at semicolons. Names resolve as PostgreSQL would:
 * qualified as written, else through the routine's own {@code SET search_path}, else the database's.
 *
 * <h2>What the analysis cannot see</h2>
 * <ul>
 *   <li><b>Dynamic SQL</b> ({@code EXECUTE}, {@code RETURN QUERY EXECUTE}, {@code FOR … IN EXECUTE},
 *       {@code OPEN … FOR EXECUTE}): its text is shown and flagged, never guessed, even when it is a constant. The
 *       routines its expression calls are still found.</li>
 *   <li><b>Calls by name at run time</b>: {@code regproc}/{@code regprocedure} casts, {@code pg_catalog} helpers that
 *       run SQL text ({@code query_to_xml}, {@code dblink}, {@code pg_background}), and anything a C or other-language
 *       routine does (such routines are noted, not read).</li>
 *   <li><b>Which branch runs</b>: every statement of every branch counts (IF, CASE, loops, exception handlers).</li>
 *   <li><b>Overloads</b> are told apart by argument count only; when several fit, all are reported. A user routine
 *       named like a built-in is reported although PostgreSQL may pick the built-in (pg_catalog comes first).</li>
 *   <li><b>{@code "$user"}</b> in a search path resolves to a schema named like the routine's owner, if one exists
 *       (the calling role is not known). {@code ALTER ROLE … SET search_path} is not known either.</li>
 *   <li><b>Reads</b> leave out the table a statement writes ({@code UPDATE t … FROM t} lists t as written), and tables
 *       not in the model (temporary tables, catalogs); writes to such tables are kept, marked unresolved.</li>
 *   <li><b>Column names</b> of an UPDATE are those SET; {@code NEW.col := …} in trigger functions is reported as a
 *       change of the row being written, not as a write.</li>
 *   <li><b>DDL and maintenance</b> inside bodies ({@code CREATE}, {@code ALTER}, {@code DROP}, {@code REFRESH MATERIALIZED
 *       VIEW}, {@code LOCK}, {@code NOTIFY}, {@code SET}) is skipped: only calls inside it are looked for.</li>
 *   <li>Everything a write sets off (triggers, FK actions, rules, defaults) is {@code trace}'s business.</li>
 * </ul>
 */
package io.schemadoc.analysis.body;
