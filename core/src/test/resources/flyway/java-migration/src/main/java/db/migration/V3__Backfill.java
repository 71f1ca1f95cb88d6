package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V3__Backfill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (var s = context.getConnection().createStatement()) {
            s.execute("create table backfilled (id bigint)");
        }
    }
}
