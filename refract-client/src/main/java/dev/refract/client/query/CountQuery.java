package dev.refract.client.query;

import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * Prisma's {@code count}: the records a {@link ReadQuery} would return (its where, order and page),
 * counted. Without a selection the result is one number; with one ({@code select: {_all: true,
 * name: true}}) a record of counts: {@code _all} counts records, a field counts its non-null values.
 */
public record CountQuery(ReadQuery query, boolean selected, boolean all, List<ScalarField> fields) {
    public CountQuery {
        fields = List.copyOf(fields);
    }
}
