package dev.refract.schema.model;

import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A field whose type is another model. The side that holds the foreign key lists its scalar
 * {@code fields} and the {@code references} they point to in {@code @relation}; the back side lists none.
 */
public final class RelationField extends Field {
    private final String relatedModelName;
    Model relatedModel;
    String relationName;
    final List<ScalarField> fields = new ArrayList<>();
    final List<ScalarField> references = new ArrayList<>();
    ReferentialAction onDelete;
    ReferentialAction onUpdate;
    String foreignKeyName;
    Relation relation;
    ReferentialAction defaultOnDelete;

    public RelationField(Model model, String name, String relatedModelName, FieldArity arity, String documentation,
            Span span) {
        super(model, name, arity, documentation, span);
        this.relatedModelName = relatedModelName;
    }

    public String relatedModelName() {
        return relatedModelName;
    }

    public Model relatedModel() {
        return relatedModel;
    }

    /** The explicit relation name ({@code @relation("name")} or {@code name:}), if any. */
    public Optional<String> explicitRelationName() {
        return Optional.ofNullable(relationName);
    }

    /** The scalar fields holding the foreign key on this side; empty on the back side. */
    public List<ScalarField> fields() {
        return List.copyOf(fields);
    }

    /** The fields of the related model that {@link #fields()} point to. */
    public List<ScalarField> references() {
        return List.copyOf(references);
    }

    /** Whether this side holds the foreign key. */
    public boolean isReferencing() {
        return !fields.isEmpty();
    }

    /** The explicit {@code onDelete}, if any; defaults depend on the relation (see {@link Relation}). */
    public Optional<ReferentialAction> explicitOnDelete() {
        return Optional.ofNullable(onDelete);
    }

    public Optional<ReferentialAction> explicitOnUpdate() {
        return Optional.ofNullable(onUpdate);
    }

    /** The {@code map:} name of the foreign key, if given. */
    public Optional<String> foreignKeyName() {
        return Optional.ofNullable(foreignKeyName);
    }

    /** The relation this field is a side of. */
    public Relation relation() {
        return relation;
    }

    /** The field on the other side of the relation, or null for an incomplete relation. */
    public RelationField opposite() {
        return relation == null ? null : relation.opposite(this);
    }

    /**
     * The arity that decides the default {@code onDelete}: required when this field is required or any
     * of its {@link #fields()} is required (Prisma allows {@code Post?} over a required {@code authorId}).
     */
    public FieldArity referentialArity() {
        boolean someRequired = fields.stream().anyMatch(Field::isRequired);
        return someRequired ? FieldArity.REQUIRED : arity();
    }

    /**
     * The {@code onDelete} action in effect for this relation, the same on both of its fields: the
     * explicit one on the referencing field, else Prisma's default: {@code SetNull} when the
     * {@link #referentialArity()} is optional, {@code Restrict} when it is required (or {@code NoAction}
     * where the connector cannot do {@code Restrict} in the relation mode; with {@code relationMode =
     * "prisma"} the client emulates it). An implicit many-to-many relation gives {@code Cascade}: its join
     * table rows go with either record. Null when the relation has no referencing field (invalid schema).
     */
    public ReferentialAction effectiveOnDelete() {
        RelationField forward = forwardField();
        if (forward == null) {
            return relation != null && relation.isManyToMany() ? ReferentialAction.CASCADE : null;
        }
        if (forward.onDelete != null) {
            return forward.onDelete;
        }
        return forward.defaultOnDelete != null ? forward.defaultOnDelete
                : forward.referentialArity().isRequired() ? ReferentialAction.RESTRICT : ReferentialAction.SET_NULL;
    }

    /**
     * The {@code onUpdate} action in effect for this relation: the explicit one on the referencing field,
     * else {@code Cascade} (Prisma's default everywhere). {@code Cascade} for implicit many-to-many;
     * null when the relation has no referencing field.
     */
    public ReferentialAction effectiveOnUpdate() {
        RelationField forward = forwardField();
        if (forward == null) {
            return relation != null && relation.isManyToMany() ? ReferentialAction.CASCADE : null;
        }
        return forward.onUpdate != null ? forward.onUpdate : ReferentialAction.CASCADE;
    }

    /** Whether this is the field that defines the relation (field A of a one-to-one or one-to-many relation). */
    public boolean isForward() {
        return relation != null && relation.isInline() && relation.fieldA() == this;
    }

    private RelationField forwardField() {
        return relation == null || !relation.isInline() ? null : relation.fieldA();
    }

    /**
     * The foreign key constraint name: the {@code map:} name, else Prisma's default
     * {@code <table>_<column>_<column>_fkey}, cut to {@code maxIdentifierLength - 5} UTF-8 bytes before
     * the suffix. Meaningful on the referencing field; on the back side it names the relation's key.
     */
    public String constraintName(int maxIdentifierLength) {
        RelationField forward = relation != null && relation.isInline() ? relation.fieldA() : this;
        if (forward == null) {
            return null;
        }
        if (forward.foreignKeyName != null) {
            return forward.foreignKeyName;
        }
        StringBuilder joined = new StringBuilder(forward.model().databaseName()).append('_');
        joined.append(String.join("_", forward.fields.stream().map(ScalarField::databaseName).toList()));
        return truncateUtf8(joined.toString(), maxIdentifierLength - 5) + "_fkey";
    }

    /** Cuts to at most {@code limit} UTF-8 bytes when the text has {@code limit} bytes or more, on a character boundary. */
    private static String truncateUtf8(String text, int limit) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (limit < 0 || bytes.length <= limit) {
            return text;
        }
        int end = limit;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Set by the validator once the connector is known: the default {@code onDelete} of a referencing field. */
    public void setDefaultOnDelete(ReferentialAction action) {
        this.defaultOnDelete = action;
    }

    public void setRelatedModel(Model model) {
        this.relatedModel = model;
    }

    public void setRelationName(String name) {
        this.relationName = name;
    }

    public void setFields(List<ScalarField> fields, List<ScalarField> references) {
        this.fields.clear();
        this.fields.addAll(fields);
        this.references.clear();
        this.references.addAll(references);
    }

    public void setOnDelete(ReferentialAction action) {
        this.onDelete = action;
    }

    public void setOnUpdate(ReferentialAction action) {
        this.onUpdate = action;
    }

    public void setForeignKeyName(String name) {
        this.foreignKeyName = name;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public void setIgnored(boolean ignored) {
        this.ignored = ignored;
    }
}
