package io.schemadoc.model;

public record Extension(String name, String version, String schema, String comment) {
    public Extension {
        Lists.require(name, "name", "Extension");
    }
}
