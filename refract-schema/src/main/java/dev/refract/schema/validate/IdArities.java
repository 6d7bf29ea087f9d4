package dev.refract.schema.validate;

import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;

/** Fields of a primary key must be required. */
final class IdArities {
    private IdArities() {
    }

    static void validate(ValidationContext ctx, Model model) {
        model.primaryKey().ifPresent(pk -> {
            for (IndexField f : pk.fields()) {
                if (!f.field().isRequired()) {
                    ctx.diagnostics.error("Error parsing attribute \"" + (pk.fieldLevel() ? "@id" : "@@id")
                            + "\": Fields that are marked as id must be required.", pk.span());
                }
            }
        });
    }
}
