/**
 * {@code schemadoc trace}: the cascade PostgreSQL runs for one INSERT, UPDATE, DELETE or TRUNCATE.
 *
 * <p>Proved against PostgreSQL 15 and 18 by running operations in rolled-back transactions with
 * {@code track_functions = 'all'} and comparing {@code pg_stat_xact_user_functions} with the prediction
 * ({@code TraceAgainstDatabaseTest}, {@code ExamplesTraceAgainstDatabaseTest}): every routine that ran was predicted.
 *
 * <h2>What trace cannot see</h2>
 * <ul>
 *   <li>Data: a WHEN condition, an IF in a body, ON CONFLICT taking the insert or the update path, a MERGE clause, a
 *       row landing in a partition, a FK action on rows that do not exist — all are followed and marked conditional,
 *       so trace over-predicts (precision below 100%) but does not miss.</li>
 *   <li>Dynamic SQL ends a branch as "unknown"; what it would set off is not predicted.</li>
 *   <li>Order among foreign-key actions: PostgreSQL names their internal triggers {@code RI_ConstraintTrigger_a_<oid>};
 *       the OID is not in the model, so FK actions sort by {@code RI_ConstraintTrigger_a_<constraint name>} — right
 *       against the user's triggers (which they precede unless named with capitals before "R"), approximate among
 *       themselves.</li>
 *   <li>Rules ({@code CREATE RULE}), row-level security policies calling functions, event triggers, deferred
 *       constraint triggers' exact moment (noted as "fires at commit"), {@code TRUNCATE … CASCADE}, and routines of
 *       extensions left out of the model.</li>
 *   <li>SQL functions that the planner inlines run without appearing in {@code pg_stat_xact_user_functions}: trace
 *       still lists them (they do run, as part of the query).</li>
 * </ul>
 */
package io.schemadoc.analysis.trace;
