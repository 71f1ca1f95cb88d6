package io.schemadoc.model;

import java.util.List;

/** A row-level security policy (pg_policy). {@code roles} is empty for PUBLIC. */
public record Policy(
    String name,
    Command command,
    boolean permissive,
    List<String> roles,
    String using,
    String withCheck,
    String comment,
    SourceLocation source) {

    public Policy {
        Lists.require(name, "name", "Policy");
        Lists.require(command, "command", "Policy");
        roles = Lists.copy(roles);
    }

    public enum Command { ALL, SELECT, INSERT, UPDATE, DELETE }
}
