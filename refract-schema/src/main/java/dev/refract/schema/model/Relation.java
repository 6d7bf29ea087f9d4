package dev.refract.schema.model;

/**
 * A relation between two models, seen from both sides, as Prisma infers it (parser-database
 * relations.rs). Every relation has a <em>model A</em> and a <em>model B</em>, whose meaning depends on
 * the kind:
 * <ul>
 * <li><b>One-to-one and one-to-many</b> ("inline" relations): model A is the referencing model, the one
 * whose table holds the foreign key; {@link #fieldA()} is the forward field (the one that should carry
 * {@code fields}/{@code references} and the referential actions), {@link #fieldB()} the back-relation
 * field on model B. Either field may be missing in an invalid schema (a one-to-many relation declared
 * only with its list field has model A = the list's related model and no field A).</li>
 * <li><b>Implicit many-to-many</b>: both fields are lists without {@code fields}. Model A is the model whose
 * name sorts first (plain {@link String#compareTo}, i.e. by UTF-16 code unit, as Rust's byte order for
 * ASCII names); for a self-relation both models are the same and field A is the field whose name sorts
 * first. The join table is {@code _<relation name>} with columns {@code A} (ids of model A, i.e. the
 * records that own field A) and {@code B} (ids of model B). Changing model or field names can swap A and B.</li>
 * </ul>
 * The relation name is the explicit one ({@code @relation("name")}) or Prisma's generated
 * {@code <X>To<Y>} with the two model names sorted.
 */
public final class Relation {
    /** The relation kinds Prisma distinguishes. */
    public enum Kind {
        ONE_TO_ONE,
        ONE_TO_MANY,
        /** A join table {@code _Name} with columns A and B. */
        IMPLICIT_MANY_TO_MANY,
        /** Two list fields that both give {@code fields}: MongoDB only, always an error on SQL connectors. */
        EMBEDDED_MANY_TO_MANY
    }

    private final String explicitName;
    private final Kind kind;
    private final Model modelA;
    private final Model modelB;
    private final RelationField fieldA;
    private final RelationField fieldB;

    public Relation(String explicitName, Kind kind, Model modelA, Model modelB, RelationField fieldA,
            RelationField fieldB) {
        this.explicitName = explicitName;
        this.kind = kind;
        this.modelA = modelA;
        this.modelB = modelB;
        this.fieldA = fieldA;
        this.fieldB = fieldB;
    }

    /** Prisma's generated relation name for two models: {@code <X>To<Y>}, names sorted. */
    public static String generatedName(String modelName, String otherModelName) {
        return modelName.compareTo(otherModelName) < 0 ? modelName + "To" + otherModelName
                : otherModelName + "To" + modelName;
    }

    /** The relation name: explicit, or generated ({@link #generatedName}). */
    public String name() {
        return explicitName != null ? explicitName : generatedName(modelA.name(), modelB.name());
    }

    /** Whether the name was written in the schema. */
    public boolean isExplicitlyNamed() {
        return explicitName != null;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isOneToOne() {
        return kind == Kind.ONE_TO_ONE;
    }

    public boolean isOneToMany() {
        return kind == Kind.ONE_TO_MANY;
    }

    /** One-to-one or one-to-many: a foreign key on model A, no join table. */
    public boolean isInline() {
        return kind == Kind.ONE_TO_ONE || kind == Kind.ONE_TO_MANY;
    }

    public boolean isManyToMany() {
        return kind == Kind.IMPLICIT_MANY_TO_MANY;
    }

    public Model modelA() {
        return modelA;
    }

    public Model modelB() {
        return modelB;
    }

    /** The field on model A; null when that side is not declared (invalid schema). */
    public RelationField fieldA() {
        return fieldA;
    }

    /** The field on model B; null when that side is not declared (invalid schema). */
    public RelationField fieldB() {
        return fieldB;
    }

    /** Alias of {@link #fieldA()}. */
    public RelationField sideA() {
        return fieldA;
    }

    /** Alias of {@link #fieldB()}. */
    public RelationField sideB() {
        return fieldB;
    }

    /** Both fields are declared. */
    public boolean isComplete() {
        return fieldA != null && fieldB != null;
    }

    /** Inline relations: the model whose table holds the foreign key (model A); null for many-to-many. */
    public Model referencingModel() {
        return isInline() ? modelA : null;
    }

    /** Inline relations: the model the foreign key points to (model B); null for many-to-many. */
    public Model referencedModel() {
        return isInline() ? modelB : null;
    }

    /** Inline relations: the field that defines the foreign key (field A), or null. */
    public RelationField forwardField() {
        return isInline() ? fieldA : null;
    }

    /** Inline relations: the back-relation field (field B), or null. */
    public RelationField backField() {
        return isInline() ? fieldB : null;
    }

    /** The side holding the foreign key ({@code fields} given), or null for many-to-many. */
    public RelationField referencingSide() {
        if (!isInline()) {
            return null;
        }
        return fieldA != null && fieldA.isReferencing() ? fieldA : null;
    }

    /** Both ends are the same model. */
    public boolean isSelfRelation() {
        return modelA == modelB;
    }

    /** The implicit many-to-many join table name, {@code _<relation name>}; null for other kinds. */
    public String joinTableName() {
        return isManyToMany() ? "_" + name() : null;
    }

    /** For a field of this relation, whether it is field A (the side whose owner ids are in join column A). */
    public boolean isFieldA(RelationField field) {
        return field == fieldA;
    }

    /** The other field of the relation, or null. */
    public RelationField opposite(RelationField field) {
        if (field == fieldA) {
            return fieldB;
        }
        return field == fieldB ? fieldA : null;
    }

    @Override
    public String toString() {
        return name() + "(" + kind + ")";
    }
}
