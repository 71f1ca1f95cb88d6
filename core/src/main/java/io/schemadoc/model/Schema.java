package io.schemadoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;

/**
 * The whole model of one database's schema: immutable, every list sorted once here so that the same
 * schema always gives the same model, whatever the order the catalog returned it in.
 * {@code searchPath} is the database's default {@code search_path} as read (for resolving unqualified
 * names in routine bodies); {@code serverVersionNum} is {@code server_version_num}. {@code notes} are what the source
 * could not apply and the reader must know (a Flyway Java migration skipped with {@code --skip-unsupported}, say):
 * one sentence each, in the order they arose, shown in the docs.
 */
public record Schema(
    String database,
    String serverVersion,
    int serverVersionNum,
    List<String> searchPath,
    List<Namespace> schemas,
    List<Extension> extensions,
    List<Table> tables,
    List<Routine> routines,
    List<EnumType> enums,
    List<Domain> domains,
    List<CompositeType> compositeTypes,
    List<Sequence> sequences,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {

    public Schema {
        notes = Lists.copy(notes);
        searchPath = Lists.copy(searchPath);
        schemas = Lists.sorted(schemas, Comparator.comparing(Namespace::name, Names.BYTE_ORDER));
        extensions = Lists.sorted(extensions, Comparator.comparing(Extension::name, Names.BYTE_ORDER));
        tables = Lists.sorted(tables, Comparator.comparing(Table::qualifiedName));
        routines = Lists.sorted(routines, Comparator.comparing(Routine::schema, Names.BYTE_ORDER)
            .thenComparing(Routine::name, Names.BYTE_ORDER)
            .thenComparing(Routine::argumentTypes, Names.BYTE_ORDER));
        enums = Lists.sorted(enums, Comparator.comparing(EnumType::qualifiedName));
        domains = Lists.sorted(domains, Comparator.comparing(Domain::qualifiedName));
        compositeTypes = Lists.sorted(compositeTypes, Comparator.comparing(CompositeType::qualifiedName));
        sequences = Lists.sorted(sequences, Comparator.comparing(Sequence::qualifiedName));
    }

    public Schema(String database, String serverVersion, int serverVersionNum, List<String> searchPath, List<Namespace> schemas,
                  List<Extension> extensions, List<Table> tables, List<Routine> routines, List<EnumType> enums, List<Domain> domains,
                  List<CompositeType> compositeTypes, List<Sequence> sequences) {
        this(database, serverVersion, serverVersionNum, searchPath, schemas, extensions, tables, routines, enums, domains,
            compositeTypes, sequences, List.of());
    }

    /** The same model with notes added. */
    public Schema withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Schema(database, serverVersion, serverVersionNum, searchPath, schemas, extensions, tables, routines, enums,
            domains, compositeTypes, sequences, all);
    }

    /** An empty model, for tests and for sources that hold nothing. */
    public static Schema empty(String database) {
        return new Schema(database, null, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
