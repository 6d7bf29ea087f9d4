package dev.refract.schema.validate;

import dev.refract.schema.ast.Expression;
import dev.refract.schema.model.SortOrder;

/** The arguments indexes, uniques and ids share: map, length, sort, clustered, name. */
final class IndexArguments {
    private IndexArguments() {
    }

    static String mapArgument(ValidationContext ctx) {
        Expression e = ctx.attributes.optionalArgument("map");
        if (e == null) {
            return null;
        }
        String name = Coerce.string(e, ctx.diagnostics);
        if (name != null && name.isEmpty()) {
            ctx.attributes.attributeError("The `map` argument cannot be an empty string.");
            return null;
        }
        return name;
    }

    static String nameArgument(ValidationContext ctx) {
        Expression e = ctx.attributes.optionalArgument("name");
        if (e == null) {
            return null;
        }
        String name = Coerce.string(e, ctx.diagnostics);
        if (name != null && name.isEmpty()) {
            ctx.attributes.attributeError("The `name` argument cannot be an empty string.");
            return null;
        }
        return name;
    }

    static Long lengthArgument(ValidationContext ctx) {
        Expression e = ctx.attributes.optionalArgument("length");
        return e == null ? null : Coerce.integer(e, ctx.diagnostics);
    }

    static SortOrder sortArgument(ValidationContext ctx) {
        Expression e = ctx.attributes.optionalArgument("sort");
        if (e == null) {
            return null;
        }
        return sortOrder(ctx, e);
    }

    static SortOrder sortOrder(ValidationContext ctx, Expression e) {
        String sort = Coerce.constant(e, ctx.diagnostics);
        if (sort == null) {
            return null;
        }
        return switch (sort) {
            case "Asc" -> SortOrder.ASC;
            case "Desc" -> SortOrder.DESC;
            default -> {
                ctx.attributes.attributeError("The `sort` argument can only be `Asc` or `Desc` you provided: " + sort + ".");
                yield null;
            }
        };
    }

    static Boolean clusteredArgument(ValidationContext ctx) {
        Expression e = ctx.attributes.optionalArgument("clustered");
        return e == null ? null : Coerce.bool(e, ctx.diagnostics);
    }
}
