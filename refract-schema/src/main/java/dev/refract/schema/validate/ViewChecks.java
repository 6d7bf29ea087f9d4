package dev.refract.schema.validate;

import dev.refract.schema.model.Index;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;

/**
 * Views ({@code view} blocks): only with the {@code views} preview feature; no primary key; no
 * indexes; {@code @@unique} only as a client-side criterion (no map, no clustering, no per-field arguments).
 */
final class ViewChecks {
    private ViewChecks() {
    }

    static void run(ValidationContext ctx) {
        for (Model model : ctx.models.values()) {
            if (!model.isView()) {
                continue;
            }
            if (!ctx.hasPreviewFeature("views")) {
                ctx.diagnostics.error("Error validating: View definitions are only available with the `views` preview "
                        + "feature.", model.declaration().span());
            }
            model.primaryKey().ifPresent(pk -> ctx.diagnostics.error("Error validating: Views cannot have primary keys.",
                    pk.span()));
            for (Index index : model.indexes()) {
                index(ctx, index);
            }
        }
    }

    private static void index(ValidationContext ctx, Index index) {
        if (!index.isUnique()) {
            ctx.diagnostics.error("Error validating: Views cannot have indexes.", index.span());
        }
        if (index.mappedName().isPresent()) {
            ctx.diagnostics.error("Error validating: @@unique annotations on views are not backed by unique indexes in "
                    + "the database and cannot specify a mapped database name.", index.span());
        }
        if (index.clustered() != null) {
            ctx.diagnostics.error("Error validating: @@unique annotations on views are not backed by unique indexes in "
                    + "the database and cannot be clustered.", index.span());
        }
        for (IndexField field : index.fields()) {
            if (field.length() != null || field.operatorClass() != null || field.sort() != null) {
                String attribute = index.fieldLevel() ? "@unique" : "@@" + keyword(index);
                ctx.diagnostics.error("Error parsing attribute \"" + attribute + "\": Scalar fields in @@unique "
                        + "attributes in views cannot have arguments.", index.span());
            }
        }
    }

    private static String keyword(Index index) {
        return switch (index.kind()) {
            case UNIQUE -> "unique";
            case NORMAL -> "index";
            case FULLTEXT -> "fulltext";
        };
    }
}
