package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/** {@code autoincrement()} rules per connector (psl-core validations/autoincrement.rs). */
final class Autoincrement {
    private Autoincrement() {
    }

    static void validate(ValidationContext ctx, Connector connector, Model model) {
        List<ScalarField> fields = model.scalarFields().stream().filter(ScalarField::isAutoincrement).toList();
        if (fields.isEmpty()) {
            return;
        }
        if (!connector.supportsAutoincrement()) {
            for (ScalarField f : fields) {
                error(ctx, "The `autoincrement()` default value is used with a datasource that does not support it.",
                        f.defaultValue().get().span());
            }
            return;
        }
        if (!connector.supportsMultipleAutoincrement() && fields.size() > 1) {
            error(ctx, "The `autoincrement()` default value is used multiple times on this model even though the "
                    + "underlying datasource only supports one instance per table.", model.declaration().span());
        }
        for (ScalarField f : fields) {
            boolean singlePk = model.primaryKey().map(pk -> pk.fields().size() == 1 && pk.contains(f)).orElse(false);
            if (!connector.supportsAutoincrementOnNonId() && !singlePk) {
                error(ctx, "The `autoincrement()` default value is used on a non-id field even though the datasource "
                        + "does not support this.", f.span());
            }
            if (!connector.supportsAutoincrementNonIndexed() && !indexed(model, f)) {
                error(ctx, "The `autoincrement()` default value is used on a non-indexed field even though the "
                        + "datasource does not support this.", f.span());
            }
        }
    }

    /** The field leads the primary key or an index/unique constraint. */
    private static boolean indexed(Model model, ScalarField f) {
        if (model.primaryKey().map(pk -> !pk.fields().isEmpty() && pk.fields().get(0).field() == f).orElse(false)) {
            return true;
        }
        for (Index i : model.indexes()) {
            if (!i.fields().isEmpty() && i.fields().get(0).field() == f) {
                return true;
            }
        }
        return false;
    }

    private static void error(ValidationContext ctx, String message, dev.refract.schema.diagnostics.Span span) {
        ctx.diagnostics.error("Error parsing attribute \"@default\": " + message, span);
    }
}
