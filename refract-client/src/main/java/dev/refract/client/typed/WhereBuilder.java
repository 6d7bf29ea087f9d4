package dev.refract.client.typed;

import dev.refract.client.query.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The base of a generated {@code <Model>Where}: collects conditions, which all must hold (Prisma's
 * where object), and offers {@code AND}, {@code OR} and {@code NOT} over nested builders of the same
 * model.
 *
 * @param <W> the generated builder type
 */
public abstract class WhereBuilder<W extends WhereBuilder<W>> {
    private final List<Filter> filters = new ArrayList<>();

    /** A new, empty builder of the same model (for nested AND/OR/NOT and relation filters). */
    protected abstract W newWhere();

    @SuppressWarnings("unchecked")
    protected final W self() {
        return (W) this;
    }

    /** Adds a condition; generated code and filter types call this. */
    public final W add(Filter filter) {
        filters.add(filter);
        return self();
    }

    /** All of the given conditions hold (Prisma's {@code AND}). */
    @SafeVarargs
    public final W and(Consumer<W>... conditions) {
        return add(new Filter.And(nested(conditions)));
    }

    /** At least one of the given conditions holds (Prisma's {@code OR}). */
    @SafeVarargs
    public final W or(Consumer<W>... conditions) {
        return add(new Filter.Or(nested(conditions)));
    }

    /** None of the given conditions holds (Prisma's {@code NOT}). */
    @SafeVarargs
    public final W not(Consumer<W>... conditions) {
        return add(new Filter.Not(nested(conditions)));
    }

    private List<Filter> nested(Consumer<W>[] conditions) {
        List<Filter> out = new ArrayList<>(conditions.length);
        for (Consumer<W> condition : conditions) {
            out.add(build(condition));
        }
        return out;
    }

    /** The filter a consumer builds on a new builder of this model. */
    public final Filter build(Consumer<W> condition) {
        W where = newWhere();
        condition.accept(where);
        return where.toFilter();
    }

    /** The conditions so far as one filter. */
    public final Filter toFilter() {
        return filters.size() == 1 ? filters.get(0) : new Filter.And(filters);
    }
}
