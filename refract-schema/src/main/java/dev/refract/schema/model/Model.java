package dev.refract.schema.model;

import dev.refract.schema.ast.ModelDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A model (a table) or a view, after resolution: fields, keys, indexes and names after {@code @@map}. */
public final class Model {
    private final String name;
    private final boolean view;
    private final ModelDeclaration declaration;
    final List<Field> fields = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    PrimaryKey primaryKey;
    ShardKey shardKey;
    String databaseName;
    String schemaName;
    boolean ignored;
    // derived lists, computed on first use after the last change (the client asks for them on every query)
    private List<Field> fieldsView;
    private List<ScalarField> scalarFieldsView;
    private List<RelationField> relationFieldsView;
    private List<List<ScalarField>> uniqueCriteriaView;
    private List<ScalarField> primaryKeyFieldsView;
    private java.util.Map<String, Field> fieldsByName;

    public Model(String name, boolean view, ModelDeclaration declaration) {
        this.name = name;
        this.view = view;
        this.declaration = declaration;
    }

    public String name() {
        return name;
    }

    public boolean isView() {
        return view;
    }

    /** "model" or "view", as Prisma names the container in messages. */
    public String containerKind() {
        return view ? "view" : "model";
    }

    /** The table name: {@code @@map} when given, else the model name. */
    public String databaseName() {
        return databaseName != null ? databaseName : name;
    }

    public Optional<String> mappedName() {
        return Optional.ofNullable(databaseName);
    }

    /** The database schema from {@code @@schema}, if any (multi-schema PostgreSQL/MySQL). */
    public Optional<String> schemaName() {
        return Optional.ofNullable(schemaName);
    }

    /** {@code @@ignore}: the model is not part of the client API. */
    public boolean isIgnored() {
        return ignored;
    }

    public String documentation() {
        return declaration.documentation();
    }

    public ModelDeclaration declaration() {
        return declaration;
    }

    public List<Field> fields() {
        List<Field> view = fieldsView;
        if (view == null) {
            view = List.copyOf(fields);
            fieldsView = view;
        }
        return view;
    }

    public List<ScalarField> scalarFields() {
        List<ScalarField> view = scalarFieldsView;
        if (view == null) {
            view = fields.stream().filter(ScalarField.class::isInstance).map(ScalarField.class::cast).toList();
            scalarFieldsView = view;
        }
        return view;
    }

    public List<RelationField> relationFields() {
        List<RelationField> view = relationFieldsView;
        if (view == null) {
            view = fields.stream().filter(RelationField.class::isInstance).map(RelationField.class::cast).toList();
            relationFieldsView = view;
        }
        return view;
    }

    public Optional<Field> field(String fieldName) {
        java.util.Map<String, Field> byName = fieldsByName;
        if (byName == null) {
            byName = new java.util.HashMap<>();
            for (Field f : fields) {
                byName.putIfAbsent(f.name(), f);
            }
            fieldsByName = java.util.Collections.unmodifiableMap(byName);
        }
        return Optional.ofNullable(byName.get(fieldName));
    }

    public Optional<ScalarField> scalarField(String fieldName) {
        return field(fieldName).filter(ScalarField.class::isInstance).map(ScalarField.class::cast);
    }

    public Optional<PrimaryKey> primaryKey() {
        return Optional.ofNullable(primaryKey);
    }

    /** The primary key's fields, in key order; empty without a primary key. */
    public List<ScalarField> primaryKeyFields() {
        List<ScalarField> view = primaryKeyFieldsView;
        if (view == null) {
            view = primaryKey == null ? List.of() : List.copyOf(primaryKey.scalarFields());
            primaryKeyFieldsView = view;
        }
        return view;
    }

    /** The shard key ({@code @shardKey} / {@code @@shardKey}), if any. */
    public Optional<ShardKey> shardKey() {
        return Optional.ofNullable(shardKey);
    }

    public void setShardKey(ShardKey shardKey) {
        this.shardKey = shardKey;
    }

    /** Unique constraints and indexes, field-level ones first in field order, then block-level in source order. */
    public List<Index> indexes() {
        return List.copyOf(indexes);
    }

    /**
     * Every way to identify one row, as Prisma's "unique criterias": the primary key first, then each
     * unique constraint, as field lists. The client's {@code findUnique} inputs and upserts use them.
     */
    public List<List<ScalarField>> uniqueCriteria() {
        List<List<ScalarField>> view = uniqueCriteriaView;
        if (view == null) {
            List<List<ScalarField>> out = new ArrayList<>();
            primaryKey().ifPresent(pk -> out.add(pk.scalarFields()));
            uniqueIndexes().forEach(i -> out.add(i.scalarFields()));
            view = List.copyOf(out);
            uniqueCriteriaView = view;
        }
        return view;
    }

    public List<Index> uniqueIndexes() {
        return indexes.stream().filter(Index::isUnique).toList();
    }

    public void addField(Field field) {
        fields.add(field);
        fieldsView = null;
        fieldsByName = null;
        scalarFieldsView = null;
        relationFieldsView = null;
    }

    public void addIndex(Index index) {
        indexes.add(index);
        uniqueCriteriaView = null;
    }

    public void setPrimaryKey(PrimaryKey primaryKey) {
        this.primaryKey = primaryKey;
        uniqueCriteriaView = null;
        primaryKeyFieldsView = null;
    }

    public void setDatabaseName(String databaseName) {
        this.databaseName = databaseName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    public void setIgnored(boolean ignored) {
        this.ignored = ignored;
    }

    @Override
    public String toString() {
        return name;
    }
}
