package dev.refract.client.typed;

import dev.refract.client.query.Aggregation;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The base of the generated field pickers of aggregates: {@code <Model>CountFields} (every scalar
 * field and {@code _all()}), {@code <Model>NumericFields} (numbers: {@code _avg}, {@code _sum}) and
 * {@code <Model>OrderableFields} ({@code _min}, {@code _max}). A field a function does not take has
 * no method, so picking it does not compile.
 */
public abstract class AggregateFields<F extends AggregateFields<F>> {
    private final List<ScalarField> fields = new ArrayList<>();

    @SuppressWarnings("unchecked")
    protected final F add(ScalarField field) {
        if (!fields.contains(field)) {
            fields.add(field);
        }
        return (F) this;
    }

    /** Prisma's {@code _all}: the number of records (counts only). */
    @SuppressWarnings("unchecked")
    protected final F all() {
        return add(null);
    }

    /** The fields picked so far; null stands for {@code _all}. */
    public final List<ScalarField> fields() {
        return new ArrayList<>(fields);
    }

    /** The aggregations of {@code op} a picker filled by {@code pick} asks for, in order. */
    public static <F extends AggregateFields<F>> List<Aggregation> of(Aggregation.Op op, Supplier<F> picker, Consumer<F> pick) {
        F f = picker.get();
        pick.accept(f);
        List<Aggregation> out = new ArrayList<>();
        for (ScalarField field : f.fields()) {
            out.add(new Aggregation(op, field));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(op.key() + " needs at least one field");
        }
        return out;
    }
}
