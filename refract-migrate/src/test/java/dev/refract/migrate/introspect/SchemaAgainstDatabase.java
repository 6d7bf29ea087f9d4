package dev.refract.migrate.introspect;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.ConstraintNames;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.PrimaryKey;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.RelationMode;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The part of acceptance 3 (pulled schema vs database: no drift) that needs no calculator: the
 * tables, columns, nullability, keys, indexes and foreign keys a pulled schema names (by
 * {@code @@map}/{@code @map} and Prisma's default constraint names where it writes no {@code map:})
 * are exactly the database's. Types and defaults are left to the calculator and differ.
 */
final class SchemaAgainstDatabase {
    private SchemaAgainstDatabase() {
    }

    static List<String> differences(Schema schema, SqlSchema database, int maxIdentifierLength) {
        List<String> out = new ArrayList<>();
        Set<Table> covered = new HashSet<>();
        for (Model model : schema.models()) {
            Table table = database.tables().stream().filter(t -> t.name().equals(model.databaseName())
                    && (model.schemaName().isEmpty() || model.schemaName().get().equals(t.namespace())))
                    .findFirst().orElse(null);
            if (table == null) {
                out.add("model " + model.name() + ": no table " + model.databaseName());
                continue;
            }
            covered.add(table);
            compare(model, table, maxIdentifierLength, schema.relationMode() != RelationMode.PRISMA, out);
        }
        for (Relation relation : schema.relations()) {
            if (relation.isManyToMany()) {
                database.table(relation.joinTableName()).ifPresentOrElse(covered::add,
                        () -> out.add("relation " + relation.name() + ": no join table " + relation.joinTableName()));
            }
        }
        for (Table table : database.tables()) {
            if (!covered.contains(table)) {
                out.add("table " + table.name() + ": in no model");
            }
        }
        return out;
    }

    private static void compare(Model model, Table table, int max, boolean foreignKeys, List<String> out) {
        String where = "model " + model.name() + ": ";
        List<String> fields = model.scalarFields().stream().map(ScalarField::databaseName).toList();
        List<String> columns = table.columns().stream().map(Column::name).toList();
        if (!fields.equals(columns)) {
            out.add(where + "fields " + fields + " but columns " + columns);
        }
        for (ScalarField field : model.scalarFields()) {
            table.column(field.databaseName()).ifPresent(c -> {
                if (c.type().list() != field.isList() || !field.isList() && c.nullable() != field.isOptional()) {
                    out.add(where + field.name() + " arity differs from column " + c.name());
                }
            });
        }
        PrimaryKey pk = model.primaryKey().orElse(null);
        List<String> pkFields = pk == null ? List.of() : pk.scalarFields().stream().map(ScalarField::databaseName).toList();
        List<String> pkColumns = table.primaryKey() == null ? List.of() : table.primaryKey().columnNames();
        if (!pkFields.equals(pkColumns)) {
            out.add(where + "id " + pkFields + " but primary key " + pkColumns);
        } else if (pk != null && table.primaryKey().name() != null) {
            String name = pk.map() != null ? pk.map() : ConstraintNames.primaryKey(model.databaseName(), max);
            if (!name.equals(table.primaryKey().name())) {
                out.add(where + "primary key named " + name + " but " + table.primaryKey().name());
            }
        }
        Set<String> indexNames = new HashSet<>();
        for (dev.refract.schema.model.Index index : model.indexes()) {
            String name = ConstraintNames.of(model, index, max);
            indexNames.add(name);
            Index dbIndex = table.index(name).orElse(null);
            List<String> indexFields = index.scalarFields().stream().map(ScalarField::databaseName).toList();
            if (dbIndex == null) {
                out.add(where + "index " + name + " not in the table");
            } else if (!dbIndex.columnNames().equals(indexFields) || (dbIndex.kind() == IndexKind.UNIQUE) != index.isUnique()) {
                out.add(where + "index " + name + " differs");
            }
        }
        for (Index index : table.indexes()) {
            if (!indexNames.contains(index.name())) {
                out.add(where + "index " + index.name() + " not in the model");
            }
        }
        Set<ForeignKey> matched = new HashSet<>();
        for (RelationField field : model.relationFields()) {
            if (!field.isReferencing() || !foreignKeys) {
                continue;
            }
            List<String> fkColumns = field.fields().stream().map(ScalarField::databaseName).toList();
            String name = field.constraintName(max);
            ForeignKey fk = table.foreignKeys().stream()
                    .filter(k -> k.name() == null ? k.columns().equals(fkColumns) : k.name().equals(name))
                    .findFirst().orElse(null);
            if (fk == null || !fk.columns().equals(fkColumns)
                    || !fk.referencedTable().equals(field.relatedModel().databaseName())) {
                out.add(where + "relation " + field.name() + " has no foreign key " + name + " " + fkColumns);
            } else {
                matched.add(fk);
            }
        }
        for (ForeignKey fk : table.foreignKeys()) {
            if (!matched.contains(fk) && table.foreignKeys().stream().filter(matched::contains)
                    .noneMatch(k -> k.columns().equals(fk.columns()) && Objects.equals(k.referencedTable(), fk.referencedTable()))) {
                out.add(where + "foreign key " + fk.name() + " " + fk.columns() + " in no relation");
            }
        }
    }
}
