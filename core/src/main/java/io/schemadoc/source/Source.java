package io.schemadoc.source;

import io.schemadoc.model.Schema;

/** Where a schema comes from. Each kind yields a complete {@link Schema}; nothing downstream knows which. */
public sealed interface Source permits LiveDatabase, SqlFiles, Snapshot, FlywayMigrations, LiquibaseChangelog {

    Schema read(ReadOptions options);

    /** A short description for messages; a URL here has its password masked. */
    String description();
}
