package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationMode;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one introspection run knows: the described database, the flavour, and which database
 * objects match objects of the previous schema (by database name), so that re-introspection keeps
 * their names. Also answers "what is this table/column/enum called in the schema".
 */
final class IntrospectionContext {
    final SqlSchema sql;
    final Flavour flavour;
    final Connector connector;
    final Schema previous;
    final boolean usesNamespaces;
    private final List<String> datasourceSchemas;
    final boolean foreignKeysEnabled;
    final List<Table> tables;
    final List<Table> modelTables = new ArrayList<>();
    final List<Table> joinTables = new ArrayList<>();
    final List<DbEnum> enums;
    private final Map<Table, Integer> tableIds = new IdentityHashMap<>();
    private final Map<Table, Model> existingModels = new IdentityHashMap<>();
    private final Map<DbEnum, Enum> existingEnums = new IdentityHashMap<>();
    private final Map<Table, Map<String, ScalarField>> existingFields = new IdentityHashMap<>();
    private final Map<ForeignKey, Relation> existingInline = new IdentityHashMap<>();
    private final Map<Table, Relation> existingManyToMany = new IdentityHashMap<>();
    private final List<Model> modelsWithoutTable = new ArrayList<>();
    private final Map<String, Integer> topLevelNames = new HashMap<>();
    final RelationNames relationNames;

    /**
     * @param configuration the previous schema, for its datasource settings (schemas, relation mode)
     * @param previous the previous schema whose names are kept, or null ({@code --force}: only the configuration)
     */
    IntrospectionContext(SqlSchema sql, Flavour flavour, Schema configuration, Schema previous) {
        this.sql = sql;
        this.flavour = flavour;
        this.connector = Connector.of(flavour.provider());
        this.previous = previous;
        this.datasourceSchemas = configuration == null ? List.of()
                : configuration.datasource().map(ds -> ds.schemas()).orElse(List.of());
        this.usesNamespaces = !datasourceSchemas.isEmpty() || !sql.namespaces().isEmpty();
        this.foreignKeysEnabled = configuration == null || configuration.relationMode() != RelationMode.PRISMA;
        this.tables = sql.tables();
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            tableIds.put(table, i);
            if (TableKinds.isPrismaBookkeeping(table)) {
                continue;
            }
            if (TableKinds.isJoinTable(table, flavour.joinTablesMayUsePrimaryKey())
                    && referencedTable(TableKinds.foreignKeyA(table)) != null
                    && referencedTable(TableKinds.foreignKeyB(table)) != null) {
                joinTables.add(table);
            } else {
                modelTables.add(table);
            }
        }
        this.enums = flavour.enums(sql);
        if (previous != null) {
            matchPrevious();
        }
        countTopLevelNames();
        this.relationNames = new RelationNames(this);
    }

    private void matchPrevious() {
        for (Model model : previous.models()) {
            if (model.isView()) {
                continue;
            }
            Table table = modelTables.stream().filter(t -> t.name().equals(model.databaseName())
                    && sameNamespace(t.namespace(), model.schemaName().orElse(null))).findFirst().orElse(null);
            if (table == null) {
                modelsWithoutTable.add(model);
                continue;
            }
            existingModels.put(table, model);
            Map<String, ScalarField> fields = new HashMap<>();
            for (ScalarField field : model.scalarFields()) {
                fields.putIfAbsent(field.databaseName(), field);
            }
            existingFields.put(table, fields);
        }
        for (DbEnum dbEnum : enums) {
            Enum match = previousEnum(dbEnum);
            if (match != null) {
                existingEnums.put(dbEnum, match);
            }
        }
        for (Table table : modelTables) {
            Model model = existingModels.get(table);
            if (model == null) {
                continue;
            }
            for (ForeignKey fk : table.foreignKeys()) {
                for (Relation relation : previous.relations()) {
                    if (relation.isInline() && relation.modelA() == model && relation.fieldA() != null
                            && relation.fieldA().isReferencing()
                            && relation.fieldA().fields().stream().map(ScalarField::databaseName).toList()
                                    .equals(fk.columns())) {
                        existingInline.put(fk, relation);
                        break;
                    }
                }
            }
        }
        for (Table joinTable : joinTables) {
            String relationName = joinTable.name().substring(1);
            previous.relations().stream().filter(r -> r.isManyToMany() && r.name().equals(relationName)).findFirst()
                    .ifPresent(r -> existingManyToMany.put(joinTable, r));
        }
    }

    /**
     * The previous enum an enum of the database is: by database name (and schema), or for a column's
     * inline enum, the enum of the field on that column when it has exactly the same values.
     */
    private Enum previousEnum(DbEnum dbEnum) {
        if (!dbEnum.isColumnEnum()) {
            return previous.enums().stream().filter(e -> e.databaseName().equals(dbEnum.name())
                    && sameNamespace(dbEnum.namespace(), e.schemaName().orElse(null))).findFirst().orElse(null);
        }
        for (Model model : previous.models()) {
            if (!model.databaseName().equals(dbEnum.table())) {
                continue;
            }
            for (ScalarField field : model.scalarFields()) {
                if (field.databaseName().equals(dbEnum.column())
                        && field.type() instanceof dev.refract.schema.model.FieldType.EnumRef ref) {
                    Enum e = previous.enumByName(ref.enumName()).orElse(null);
                    if (e != null && e.values().stream().map(v -> v.databaseName()).toList().equals(dbEnum.values())) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /** Namespaces compare equal when both are absent, or when one side simply does not say (single schema). */
    private boolean sameNamespace(String tableNamespace, String modelSchema) {
        return tableNamespace == null || modelSchema == null || tableNamespace.equals(modelSchema);
    }

    private void countTopLevelNames() {
        for (Table table : modelTables) {
            Model model = existingModels.get(table);
            String name = model != null ? model.name() : Names.sanitize(table.name());
            topLevelNames.merge(name, 1, Integer::sum);
        }
        for (DbEnum dbEnum : enums) {
            Enum e = existingEnums.get(dbEnum);
            String name = e != null ? e.name() : Names.sanitize(dbEnum.name());
            topLevelNames.merge(name, 1, Integer::sum);
        }
    }

    /**
     * The schema a table or enum is in, for {@code @@schema}: the described namespace, or the only
     * schema of the previous datasource's {@code schemas} (a single described schema has no
     * namespace); null when the schema does not use namespaces.
     */
    String namespace(String described) {
        if (!usesNamespaces) {
            return null;
        }
        if (described != null) {
            return described;
        }
        return datasourceSchemas.size() == 1 ? datasourceSchemas.get(0) : null;
    }

    boolean nameIsUnique(String name) {
        return topLevelNames.getOrDefault(Names.sanitize(name), 0) <= 1;
    }

    int tableId(Table table) {
        return tableIds.get(table);
    }

    /** The table a foreign key points to, or null when it is not among the described tables. */
    Table referencedTable(ForeignKey fk) {
        String namespace = fk.referencedNamespace();
        for (Table table : tables) {
            if (table.name().equals(fk.referencedTable())
                    && (namespace == null || Objects.equals(namespace, table.namespace()))) {
                return table;
            }
        }
        return null;
    }

    Model existingModel(Table table) {
        return existingModels.get(table);
    }

    Enum existingEnum(DbEnum dbEnum) {
        return existingEnums.get(dbEnum);
    }

    ScalarField existingField(Table table, Column column) {
        Map<String, ScalarField> fields = existingFields.get(table);
        return fields == null ? null : fields.get(column.name());
    }

    /** The previous relation a foreign key matches: same referencing model, same columns. */
    Relation existingInlineRelation(ForeignKey fk) {
        return existingInline.get(fk);
    }

    Relation existingManyToMany(Table joinTable) {
        return existingManyToMany.get(joinTable);
    }

    boolean tableMissingFor(Model model) {
        return modelsWithoutTable.contains(model);
    }

    /** The schema name of a table: the previous model's, else the table name made valid. */
    Name tableName(Table table) {
        Model model = existingModels.get(table);
        if (model != null) {
            return Name.previous(model.name(), model.mappedName().orElse(null));
        }
        return nameFromDatabase(table.name(), table.namespace());
    }

    Name enumName(DbEnum dbEnum) {
        Enum e = existingEnums.get(dbEnum);
        if (e != null) {
            return Name.previous(e.name(), e.mappedName().orElse(null));
        }
        return nameFromDatabase(dbEnum.name(), dbEnum.namespace());
    }

    private Name nameFromDatabase(String name, String namespace) {
        if (namespace != null && !nameIsUnique(name)) {
            return new Name(Names.sanitize(namespace + "_" + name), name, Name.Origin.RENAMED_DUPLICATE);
        }
        if (Names.isReservedTypeName(name)) {
            return new Name("Renamed" + name, name, Name.Origin.RENAMED_RESERVED);
        }
        if (Names.needsSanitation(name)) {
            return new Name(Names.sanitize(name), name, Name.Origin.SANITIZED);
        }
        return Name.database(name);
    }

    Name columnName(Table table, Column column) {
        ScalarField field = existingField(table, column);
        if (field != null) {
            return Name.previous(field.name(), field.mappedName().orElse(null));
        }
        return Name.forColumn(column.name());
    }

    /** The name of an enum value; values of a matched enum keep their previous names. */
    Name enumValueName(DbEnum dbEnum, String value) {
        Enum e = existingEnums.get(dbEnum);
        if (e != null) {
            for (var v : e.values()) {
                if (v.databaseName().equals(value)) {
                    return Name.previous(v.name(), v.mappedName());
                }
            }
        }
        return Name.forEnumValue(value);
    }

    /** The enum an enum column uses, or null. */
    DbEnum enumOf(Table table, Column column) {
        return flavour.enumOf(table, column, enums);
    }
}
