package dev.refract.client.internal.plan;

import dev.refract.dialect.sql.Select;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * A read as one statement (the "join" strategy): the SELECT and the layout of its rows. A top-level
 * row has the selected scalars as columns, then one JSON column per included relation, then one count
 * per counted relation; a related record inside the JSON is an array laid out the same way.
 * {@code reversed}: the rows come in reverse order (negative take) and are turned back after reading.
 */
public record JoinPlan(Select select, Shape shape, boolean reversed) {

    /** One level's layout: scalars, then related records (each with its own layout), then counts. */
    public record Shape(List<ScalarField> scalars, List<RelationField> relations, List<Shape> children,
            List<RelationField> counts) {

        public Shape {
            scalars = List.copyOf(scalars);
            relations = List.copyOf(relations);
            children = List.copyOf(children);
            counts = List.copyOf(counts);
        }

        public int width() {
            return scalars.size() + relations.size() + counts.size();
        }
    }
}
