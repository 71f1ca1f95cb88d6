package io.schemadoc.output;

import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigException;
import io.schemadoc.config.Glob;
import io.schemadoc.model.Column;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema as the config asks to document it: tables selected by {@code include}/{@code exclude} (globs over
 * {@code schema.table}), and comments from the file laid over the catalog's (the file wins where it says something).
 */
public final class ConfiguredSchema {
    private ConfiguredSchema() {}

    public static Schema apply(Schema raw, Config config) {
        if (config.include().isEmpty() && config.exclude().isEmpty() && config.comments().isEmpty()) {
            return raw;
        }
        List<Glob> include = config.include().stream().map(Glob::new).toList();
        List<Glob> exclude = config.exclude().stream().map(Glob::new).toList();
        Map<QualifiedName, Config.CommentOverride> overrides = new HashMap<>();
        for (Config.CommentOverride o : config.comments()) {
            overrides.put(name(o.table()), o);
        }
        List<Table> tables = new ArrayList<>(raw.tables().size());
        for (Table t : raw.tables()) {
            if (!include.isEmpty() && include.stream().noneMatch(g -> g.matches(t.schema(), t.name()))) {
                continue;
            }
            if (exclude.stream().anyMatch(g -> g.matches(t.schema(), t.name()))) {
                continue;
            }
            Config.CommentOverride o = overrides.remove(t.qualifiedName());
            tables.add(o == null ? t : withComments(t, o));
        }
        if (!overrides.isEmpty()) {
            QualifiedName missing = overrides.keySet().stream().sorted().findFirst().orElseThrow();
            throw new ConfigException("comments: table '" + missing + "' is not in the documented schema (write it as schema.table, and check include/exclude)");
        }
        return new Schema(raw.database(), raw.serverVersion(), raw.serverVersionNum(), raw.searchPath(), raw.schemas(),
            raw.extensions(), tables, raw.routines(), raw.enums(), raw.domains(), raw.compositeTypes(), raw.sequences());
    }

    private static QualifiedName name(String written) {
        int dot = written.indexOf('.');
        return dot < 0 ? new QualifiedName("public", written) : new QualifiedName(written.substring(0, dot), written.substring(dot + 1));
    }

    private static Table withComments(Table t, Config.CommentOverride o) {
        for (String c : o.columnComments().keySet()) {
            if (t.column(c) == null) {
                throw new ConfigException("comments: table '" + o.table() + "' has no column '" + c + "'");
            }
        }
        List<Column> columns = t.columns().stream().map(c -> {
            String comment = o.columnComments().get(c.name());
            return comment == null ? c : new Column(c.name(), c.position(), c.type(), c.typeSchema(), c.typeName(), c.defaultValue(),
                c.nullable(), c.identity(), c.generated(), c.generationExpression(), c.collation(), comment);
        }).toList();
        String comment = o.tableComment() != null ? o.tableComment() : t.comment();
        return new Table(t.schema(), t.name(), t.kind(), t.owner(), comment, columns, t.constraints(), t.indexes(), t.triggers(),
            t.policies(), t.rlsEnabled(), t.rlsForced(), t.unlogged(), t.estimatedRows(), t.viewDefinition(), t.dependsOn(),
            t.partitionKey(), t.partitionOf(), t.partitionBound(), t.inherits(), t.source());
    }
}
