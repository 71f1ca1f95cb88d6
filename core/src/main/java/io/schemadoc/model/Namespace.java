package io.schemadoc.model;

/** A PostgreSQL schema (pg_namespace). Called Namespace so it does not clash with {@link Schema}, the whole model. */
public record Namespace(String name, String owner, String comment) {
    public Namespace {
        Lists.require(name, "name", "Namespace");
    }
}
