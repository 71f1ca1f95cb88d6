package io.schemadoc.model;

import java.util.List;

/**
 * A function, procedure, aggregate or window function (pg_proc).
 * {@code argumentTypes} is the identity ({@code oidvectortypes(proargtypes)}); {@code argumentsText} is
 * {@code pg_get_function_arguments} (names, modes, defaults), {@code returns} is {@code pg_get_function_result}
 * (null for procedures). {@code body} is {@code prosrc}, or the {@code BEGIN ATOMIC} body from
 * {@code pg_get_function_sqlbody} when {@code atomicBody}. {@code settings} are proconfig entries such as
 * {@code search_path=public}. {@code extension} names the extension that owns the routine, if any.
 */
public record Routine(
    String schema,
    String name,
    Kind kind,
    String argumentTypes,
    String argumentsText,
    List<Argument> arguments,
    String returns,
    boolean returnsSet,
    String language,
    Volatility volatility,
    boolean strict,
    boolean securityDefiner,
    boolean leakproof,
    List<String> settings,
    String body,
    boolean atomicBody,
    String owner,
    String comment,
    String extension,
    SourceLocation source) {

    public Routine {
        Lists.require(schema, "schema", "Routine");
        Lists.require(name, "name", "Routine");
        Lists.require(kind, "kind", "Routine");
        argumentTypes = argumentTypes == null ? "" : argumentTypes;
        arguments = Lists.copy(arguments);
        settings = Lists.copy(settings);
    }

    public enum Kind { FUNCTION, PROCEDURE, AGGREGATE, WINDOW }

    public enum Volatility { IMMUTABLE, STABLE, VOLATILE }

    public record Argument(String name, Mode mode, String type, String defaultValue) {
        public enum Mode { IN, OUT, INOUT, VARIADIC, TABLE }
    }

    public RoutineRef ref() {
        return new RoutineRef(schema, name, argumentTypes);
    }

    public String signature() {
        return ref().signature();
    }

    public boolean returnsTrigger() {
        return "trigger".equals(returns) || "event_trigger".equals(returns);
    }

    /** The value of a {@code SET name = value} attached to the routine, or null. */
    public String setting(String key) {
        String prefix = key + "=";
        for (String s : settings) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return s.substring(prefix.length());
            }
        }
        return null;
    }
}
