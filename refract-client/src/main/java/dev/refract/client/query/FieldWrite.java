package dev.refract.client.query;

/** What a write does to one scalar field: set a value, or change a number atomically in the database. */
public sealed interface FieldWrite {

    /** {@code field = value} (null allowed on optional fields). */
    record Set(Object value) implements FieldWrite {
    }

    /** {@code field = field <op> value}: Prisma's increment, decrement, multiply, divide. */
    record Atomic(Op op, Object value) implements FieldWrite {
    }

    /** A scalar list update's {@code push}: the values (a {@code List}) appended to the list. */
    record Push(Object values) implements FieldWrite {
    }

    enum Op {
        INCREMENT, DECREMENT, MULTIPLY, DIVIDE
    }
}
