package dev.refract.migrate.calculate;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.ConstraintNames;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.RelationMode;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import dev.refract.schema.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database schema a Prisma schema implies, with Prisma's defaults (Prisma's
 * {@code sql_schema_calculator}): what {@code migrate diff --from-empty} creates, and what a database
 * migrated by Prisma from that schema is described as. One table per model (views are left out,
 * {@code @@ignore}d models are not), a column per scalar field in field order, the primary key,
 * unique constraints and indexes under Prisma's default names, a foreign key per relation (none with
 * {@code relationMode = "prisma"}), a join table per implicit many-to-many relation, and PostgreSQL's
 * enums and extensions. Database differences come from the dialect's {@link CalculatorFlavour}.
 *
 * <p>The result follows the describers' conventions (see {@code package-info}) so that a calculated
 * and a described schema of the same database compare equal.
 */
public final class SqlSchemaCalculator {
    private final Schema schema;
    private final CalculatorFlavour flavour;
    private final Connector connector;
    private final Namespaces namespaces;

    private SqlSchemaCalculator(Schema schema, Dialect dialect) {
        this.schema = schema;
        this.flavour = CalculatorFlavour.of(dialect);
        this.connector = dialect.connector();
        this.namespaces = Namespaces.of(schema);
    }

    /** The database schema of a validated schema, for its datasource's provider. */
    public static SqlSchema calculate(Schema schema) {
        return calculate(schema, Dialect.of(schema.provider()
                .orElseThrow(() -> new IllegalArgumentException("the schema has no datasource"))));
    }

    /** The database schema of a validated schema on the given database. */
    public static SqlSchema calculate(Schema schema, Dialect dialect) {
        return new SqlSchemaCalculator(schema, dialect).run();
    }

    private SqlSchema run() {
        Map<Model, TableParts> tables = new LinkedHashMap<>();
        for (Model model : schema.models()) {
            if (!model.isView()) {
                tables.put(model, modelTable(model));
            }
        }
        if (schema.relationMode() == RelationMode.FOREIGN_KEYS) {
            for (Relation relation : schema.relations()) {
                if (relation.isInline()) {
                    addForeignKey(relation, tables);
                }
            }
        }
        List<Table> result = new ArrayList<>();
        tables.values().forEach(t -> result.add(t.build()));
        JoinTables joinTables = new JoinTables(flavour, connector, schema.relationMode() == RelationMode.FOREIGN_KEYS);
        for (Relation relation : schema.relations()) {
            if (relation.isManyToMany() && !relation.modelA().isView() && !relation.modelB().isView()) {
                result.add(joinTables.table(relation, tables.get(relation.modelA()).build(),
                        tables.get(relation.modelB()).build()));
            }
        }
        return new SqlSchema(namespaces.all(), result, flavour.enums(schema, namespaces),
                flavour.extensions(schema));
    }

    private TableParts modelTable(Model model) {
        TableParts table = new TableParts(namespaces.of(model), model.databaseName());
        for (ScalarField field : model.scalarFields()) {
            table.columns.add(column(field));
        }
        int maxLength = connector.maxIdentifierLength();
        model.primaryKey().ifPresent(pk -> {
            String name = pk.map() != null ? pk.map()
                    : connector.supportsNamedPrimaryKeys() ? ConstraintNames.primaryKey(model.databaseName(), maxLength)
                    : null;
            table.primaryKey = new PrimaryKey(name, pk.fields().stream().map(f -> indexColumn(f, null)).toList());
        });
        for (dev.refract.schema.model.Index index : model.indexes()) {
            String algorithm = flavour.indexAlgorithm(index.algorithm());
            List<IndexColumn> columns = index.fields().stream().map(f -> indexColumn(f, index.algorithm())).toList();
            table.indexes.add(new Index(ConstraintNames.of(model, index, maxLength), kind(index.kind()), columns,
                    algorithm));
        }
        return table;
    }

    private Column column(ScalarField field) {
        Enum fieldEnum = field.type() instanceof FieldType.EnumRef ref ? schema.enumByName(ref.enumName()).orElseThrow()
                : null;
        ColumnType type = columnType(field, fieldEnum);
        boolean autoIncrement = flavour.isAutoIncrement(field);
        ColumnDefault defaultValue = Defaults.of(field, type, flavour, namespaces, fieldEnum);
        // Lists are never NOT NULL: Prisma leaves the constraint out of array columns.
        boolean nullable = field.isOptional() || field.isList();
        return new Column(field.databaseName(), type, nullable, defaultValue, autoIncrement, null);
    }

    private ColumnType columnType(ScalarField field, Enum fieldEnum) {
        ColumnType type;
        if (field.type() instanceof FieldType.Scalar scalar) {
            type = flavour.scalarType(scalar.kind(), field.nativeType().orElse(null));
        } else if (fieldEnum != null) {
            type = flavour.enumType(fieldEnum);
        } else if (field.type() instanceof FieldType.Unsupported unsupported) {
            type = ColumnType.of(ColumnTypeFamily.UNSUPPORTED, unsupported.databaseType());
        } else {
            // Composite types exist on MongoDB only; Prisma's calculator stores them as JSON.
            type = flavour.scalarType(ScalarKind.JSON, null);
        }
        return field.isList() ? type.asList() : type;
    }

    private IndexColumn indexColumn(IndexField field, String algorithm) {
        SortOrder sort = field.sort() == dev.refract.schema.model.SortOrder.DESC ? SortOrder.DESC : null;
        String operatorClass = field.operatorClass() == null ? null
                : flavour.operatorClass(field.operatorClass(), algorithm);
        return new IndexColumn(field.field().databaseName(), sort, field.length(), operatorClass);
    }

    private static IndexKind kind(dev.refract.schema.model.Index.Kind kind) {
        return switch (kind) {
            case UNIQUE -> IndexKind.UNIQUE;
            case NORMAL -> IndexKind.NORMAL;
            case FULLTEXT -> IndexKind.FULLTEXT;
        };
    }

    private void addForeignKey(Relation relation, Map<Model, TableParts> tables) {
        RelationField forward = relation.fieldA();
        if (forward == null || !forward.isReferencing()) {
            return;
        }
        TableParts referencing = tables.get(forward.model());
        Model referencedModel = relation.modelB();
        if (referencing == null || !tables.containsKey(referencedModel)) {
            return; // a view on either side: no foreign key
        }
        referencing.foreignKeys.add(new ForeignKey(forward.constraintName(connector.maxIdentifierLength()),
                forward.fields().stream().map(ScalarField::databaseName).toList(),
                namespaces.of(referencedModel), referencedModel.databaseName(),
                forward.references().stream().map(ScalarField::databaseName).toList(),
                action(forward.effectiveOnDelete()), action(forward.effectiveOnUpdate())));
    }

    static ForeignKeyAction action(ReferentialAction action) {
        return switch (action) {
            case CASCADE -> ForeignKeyAction.CASCADE;
            case RESTRICT -> ForeignKeyAction.RESTRICT;
            case NO_ACTION -> ForeignKeyAction.NO_ACTION;
            case SET_NULL -> ForeignKeyAction.SET_NULL;
            case SET_DEFAULT -> ForeignKeyAction.SET_DEFAULT;
        };
    }

    /** A table while its foreign keys are collected; indexes and keys in the order Prisma's calculator pushes them. */
    private static final class TableParts {
        final String namespace;
        final String name;
        final List<Column> columns = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        PrimaryKey primaryKey;

        TableParts(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }

        Table build() {
            return new Table(namespace, name, columns, primaryKey, indexes, foreignKeys, null);
        }
    }
}
