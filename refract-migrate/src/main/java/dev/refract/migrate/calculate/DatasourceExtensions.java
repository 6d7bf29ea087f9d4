package dev.refract.migrate.calculate;

import dev.refract.migrate.sqlschema.Extension;
import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArrayExpression;
import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.ast.ConstantValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The PostgreSQL extensions a datasource declares, {@code extensions = [citext, pgvector(map: "vector",
 * schema: "x", version: "0.5.1")]}, as Prisma's calculator records them: the database name
 * ({@code map}, else the name as written), with schema and version when given (else null). Read from
 * the datasource block, which the validator has already checked.
 */
final class DatasourceExtensions {
    private DatasourceExtensions() {
    }

    static List<Extension> of(Schema schema) {
        ConfigBlock block = schema.datasource().map(Datasource::declaration).orElse(null);
        if (block == null || schema.datasource().get().extensions().isEmpty()) {
            return List.of();
        }
        Expression value = block.property("extensions").map(p -> p.value()).orElse(null);
        if (!(value instanceof ArrayExpression array)) {
            return List.of();
        }
        List<Extension> out = new ArrayList<>();
        for (Expression element : array.elements()) {
            if (element instanceof ConstantValue c) {
                out.add(new Extension(c.value(), null, null));
            } else if (element instanceof FunctionCall f) {
                String map = argument(f, "map");
                out.add(new Extension(map != null ? map : f.name(), argument(f, "schema"), argument(f, "version")));
            }
        }
        out.sort(Comparator.comparing(Extension::name));
        return out;
    }

    private static String argument(FunctionCall call, String name) {
        for (Argument a : call.arguments().arguments()) {
            if (!a.isPositional() && a.name().name().equals(name) && a.value() instanceof StringValue s) {
                return s.value();
            }
        }
        return null;
    }
}
