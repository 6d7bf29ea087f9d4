package dev.refract.migrate.describe;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.describe.internal.CatalogQueries;
import dev.refract.migrate.describe.internal.PostgresDefaults;
import dev.refract.migrate.describe.internal.PostgresTypes;
import dev.refract.migrate.describe.internal.Row;
import dev.refract.migrate.describe.internal.TableBuilder;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Provider;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Describes PostgreSQL schemas from {@code pg_catalog} (queries in
 * {@code dev/refract/migrate/describe/postgres/*.sql}).
 *
 * <p>Namespaces: describing one schema (the usual {@code public}) gives tables, enums and foreign key
 * targets a null namespace and {@link SqlSchema#namespaces()} is empty, as for a Prisma schema
 * without {@code multiSchema}; describing several names every object's schema and lists the ones
 * that exist.
 */
public final class PostgresDescriber implements Describer {
    private static final Dialect DIALECT = Dialect.of(Provider.POSTGRESQL);

    private final List<String> schemas;

    public PostgresDescriber(List<String> schemas) {
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("at least one schema to describe");
        }
        this.schemas = List.copyOf(schemas);
    }

    /** Describes {@code public}. */
    public PostgresDescriber() {
        this(List.of("public"));
    }

    public List<String> schemas() {
        return schemas;
    }

    @Override
    public SqlSchema describe(Connection connection) {
        CatalogQueries catalog = new CatalogQueries(connection, "postgres");
        String[] names = schemas.toArray(String[]::new);

        List<String> namespaces = new ArrayList<>();
        for (Row row : catalog.rows("namespaces", (Object) names)) {
            namespaces.add(row.string("namespace"));
        }

        List<SqlEnum> enums = enums(catalog.rows("enums", (Object) names));

        Map<Key, TableBuilder> tables = new LinkedHashMap<>();
        for (Row row : catalog.rows("tables", (Object) names)) {
            String name = row.string("table_name");
            if (!name.equals(MIGRATIONS_TABLE)) {
                String namespace = row.string("namespace");
                tables.put(new Key(namespace, name), new TableBuilder(modelled(namespace), name, row.string("comment")));
            }
        }

        for (Row row : catalog.rows("columns", (Object) names)) {
            TableBuilder table = tables.get(new Key(row.string("namespace"), row.string("table_name")));
            if (table != null) {
                table.addColumn(column(row));
            }
        }

        indexes(catalog.rows("indexes", (Object) names), tables);
        foreignKeys(catalog.rows("foreign_keys", (Object) names), tables);

        List<Extension> extensions = new ArrayList<>();
        for (Row row : catalog.rows("extensions")) {
            extensions.add(new Extension(row.string("name"), row.string("schema"), row.string("version")));
        }

        List<Table> built = tables.values().stream().map(TableBuilder::build).sorted(TableBuilder.TABLE_ORDER).toList();
        return new SqlSchema(qualified() ? namespaces : List.of(), built, enums, extensions);
    }

    private boolean qualified() {
        return schemas.size() > 1;
    }

    /** The namespace as the model holds it: null when describing one schema and it is that one. */
    private String modelled(String namespace) {
        return qualified() || !schemas.contains(namespace) ? namespace : null;
    }

    private List<SqlEnum> enums(List<Row> rows) {
        Map<Key, List<String>> values = new LinkedHashMap<>();
        for (Row row : rows) {
            values.computeIfAbsent(new Key(row.string("namespace"), row.string("enum_name")), k -> new ArrayList<>())
                    .add(row.string("value"));
        }
        return values.entrySet().stream()
                .map(e -> new SqlEnum(modelled(e.getKey().namespace()), e.getKey().name(), e.getValue()))
                .sorted(Comparator.comparing(SqlEnum::name).thenComparing(SqlEnum::namespace,
                        Comparator.nullsFirst(Comparator.<String>naturalOrder())))
                .toList();
    }

    private Column column(Row row) {
        ColumnType type = PostgresTypes.columnType(row.string("type_name"), row.string("type_kind"),
                row.string("formatted_type"), row.bool("is_array"));
        String expression = row.string("default_expression");
        String identity = row.string("identity");
        String generated = row.string("generated");
        boolean isIdentity = identity != null && !identity.isEmpty();

        ColumnDefault defaultValue;
        if (isIdentity) {
            defaultValue = new ColumnDefault.Sequence(row.string("identity_sequence"), null);
        } else if (generated != null && !generated.isEmpty() && expression != null) {
            defaultValue = new ColumnDefault.Expression(expression, null);
        } else {
            defaultValue = PostgresDefaults.normalize(expression, type, listElementSpelling(type, row));
        }
        boolean autoIncrement = isIdentity || defaultValue instanceof ColumnDefault.Sequence;
        return new Column(row.string("column_name"), type, !row.bool("not_null"), defaultValue, autoIncrement,
                row.string("comment"));
    }

    /** The element type as a list default spells it: {@code TEXT}, {@code "Role"}, {@code "s"."Role"}. */
    private String listElementSpelling(ColumnType type, Row row) {
        if (type.family() != ColumnTypeFamily.ENUM) {
            return type.sqlType();
        }
        String namespace = modelled(row.string("type_namespace"));
        String name = DIALECT.quote(type.sqlType());
        return namespace == null ? name : DIALECT.quote(namespace) + "." + name;
    }

    private void indexes(List<Row> rows, Map<Key, TableBuilder> tables) {
        Map<IndexKey, List<Row>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(new IndexKey(row.string("namespace"), row.string("table_name"),
                    row.string("index_name")), k -> new ArrayList<>()).add(row);
        }
        grouped.forEach((key, indexRows) -> {
            TableBuilder table = tables.get(new Key(key.namespace(), key.table()));
            if (table == null) {
                return;
            }
            Row first = indexRows.get(0);
            List<IndexColumn> columns = new ArrayList<>();
            for (Row row : indexRows) {
                SortOrder sort = row.bool("descending") ? SortOrder.DESC : null;
                String operatorClass = row.string("operator_class") != null
                        && !row.bool("operator_class_is_default") ? row.string("operator_class") : null;
                String column = row.string("column_name");
                columns.add(column != null
                        ? new IndexColumn(column, sort, null, operatorClass, null)
                        : new IndexColumn(null, sort, null, operatorClass, row.string("expression")));
            }
            if (first.bool("is_primary")) {
                table.primaryKey(new PrimaryKey(key.index(), columns));
                return;
            }
            String method = first.string("access_method");
            String algorithm = "btree".equals(method) ? null : method.toUpperCase(Locale.ROOT);
            IndexKind kind = first.bool("is_unique") ? IndexKind.UNIQUE : IndexKind.NORMAL;
            table.addIndex(new Index(key.index(), kind, columns, algorithm, first.string("predicate")));
        });
    }

    private void foreignKeys(List<Row> rows, Map<Key, TableBuilder> tables) {
        Map<IndexKey, List<Row>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(new IndexKey(row.string("namespace"), row.string("table_name"),
                    row.string("constraint_name")), k -> new ArrayList<>()).add(row);
        }
        grouped.forEach((key, fkRows) -> {
            TableBuilder table = tables.get(new Key(key.namespace(), key.table()));
            if (table == null) {
                return;
            }
            Row first = fkRows.get(0);
            List<String> columns = fkRows.stream().map(r -> r.string("column_name")).toList();
            List<String> referenced = fkRows.stream().map(r -> r.string("referenced_column")).toList();
            table.addForeignKey(new ForeignKey(key.index(), columns, modelled(first.string("referenced_namespace")),
                    first.string("referenced_table"), referenced, action(first.string("on_delete")),
                    action(first.string("on_update"))));
        });
    }

    private static ForeignKeyAction action(String code) {
        return switch (Objects.requireNonNull(code, "action")) {
            case "a" -> ForeignKeyAction.NO_ACTION;
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> throw new DescribeException("unknown foreign key action '" + code + "'", null, null, null);
        };
    }

    private record Key(String namespace, String name) {
    }

    private record IndexKey(String namespace, String table, String index) {
    }
}
