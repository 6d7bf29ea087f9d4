package dev.refract.schema.model;

/**
 * A relation between two models, seen from both sides. {@code sideA} is the referencing side when
 * there is one (it holds {@code fields}/{@code references}); for an implicit many-to-many relation,
 * sideA is the side whose model name sorts first, and the join table is {@code _<name>}.
 */
public final class Relation {
    /** One-to-one, one-to-many, or implicit many-to-many (a join table with columns A and B). */
    public enum Kind {
        ONE_TO_ONE,
        ONE_TO_MANY,
        IMPLICIT_MANY_TO_MANY
    }

    private final String name;
    private final Kind kind;
    private final RelationField sideA;
    private final RelationField sideB;

    public Relation(String name, Kind kind, RelationField sideA, RelationField sideB) {
        this.name = name;
        this.kind = kind;
        this.sideA = sideA;
        this.sideB = sideB;
    }

    /** The relation name: explicit, or Prisma's default {@code <ModelA>To<ModelB>} with model names sorted. */
    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public RelationField sideA() {
        return sideA;
    }

    /** The other side; null when the back-relation field is missing (an invalid schema). */
    public RelationField sideB() {
        return sideB;
    }

    public boolean isManyToMany() {
        return kind == Kind.IMPLICIT_MANY_TO_MANY;
    }

    /** The side holding the foreign key, or null for many-to-many. */
    public RelationField referencingSide() {
        if (sideA != null && sideA.isReferencing()) {
            return sideA;
        }
        return sideB != null && sideB.isReferencing() ? sideB : null;
    }

    public boolean isSelfRelation() {
        return sideB != null && sideA.model() == sideB.model();
    }

    @Override
    public String toString() {
        return name + "(" + kind + ")";
    }
}
