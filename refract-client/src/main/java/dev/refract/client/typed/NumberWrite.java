package dev.refract.client.typed;

import dev.refract.client.query.FieldWrite;
import dev.refract.schema.model.ScalarField;

/**
 * A number field in update data: set it, or change it atomically in the database (Prisma's
 * increment, decrement, multiply, divide); each returns the update data it belongs to.
 */
public final class NumberWrite<U extends WriteBuilder, N extends Number> {
    private final U owner;
    private final ScalarField field;

    public NumberWrite(U owner, ScalarField field) {
        this.owner = owner;
        this.field = field;
    }

    public U set(N value) {
        owner.set(field, value);
        return owner;
    }

    public U increment(N value) {
        return atomic(FieldWrite.Op.INCREMENT, value);
    }

    public U decrement(N value) {
        return atomic(FieldWrite.Op.DECREMENT, value);
    }

    public U multiply(N value) {
        return atomic(FieldWrite.Op.MULTIPLY, value);
    }

    public U divide(N value) {
        return atomic(FieldWrite.Op.DIVIDE, value);
    }

    private U atomic(FieldWrite.Op op, N value) {
        owner.atomic(field, op, value);
        return owner;
    }
}
