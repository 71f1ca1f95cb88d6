package io.schemadoc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only PostgreSQL 18 has: virtual generated columns and NOT NULL constraints of its own name. */
class CatalogPg18Test {

    @Test
    void virtualGeneratedColumnsAndNamedNotNull() throws SQLException {
        String url = TestDatabases.databaseWith(18, """
            CREATE TABLE items (
                id int CONSTRAINT items_id_required NOT NULL,
                price numeric NOT NULL,
                qty int,
                total numeric GENERATED ALWAYS AS (price * qty) VIRTUAL,
                stored_total numeric GENERATED ALWAYS AS (price * qty) STORED
            );
            ALTER TABLE items ADD CONSTRAINT qty_set NOT NULL qty NOT VALID;
            """);
        Schema s;
        try (Connection c = TestDatabases.connect(url)) {
            s = CatalogReader.read(c, ReadOptions.defaults(), Provenance.NONE);
        }
        Table items = s.tables().get(0);
        assertThat(items.column("total")).isEqualTo(new Column("total", 4, "numeric", "pg_catalog", "numeric", null, true, null,
            Column.Generated.VIRTUAL, "(price * (qty)::numeric)", null, null));
        assertThat(items.column("stored_total").generated()).isEqualTo(Column.Generated.STORED);
        assertThat(items.constraints()).containsExactly(
            new Constraint("items_id_required", Constraint.Type.NOT_NULL, "NOT NULL id", List.of("id"), null, false, false, true, false, null, null),
            new Constraint("items_price_not_null", Constraint.Type.NOT_NULL, "NOT NULL price", List.of("price"), null, false, false, true, false, null, null),
            new Constraint("qty_set", Constraint.Type.NOT_NULL, "NOT NULL qty NOT VALID", List.of("qty"), null, false, false, false, false, null, null));
    }
}
