package dev.refract.schema.validate;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.PrimaryKey;
import dev.refract.schema.model.RelationField;

/**
 * Connector-specific model rules (Prisma's {@code Connector::validate_model}), driven by capability
 * data: native types that cannot be indexed, or only with a length prefix; PostgreSQL operator
 * classes.
 */
final class ConnectorIndexRules {
    private static final String LENGTH_GUIDE =
            " Please use the `length` argument to the field in the index definition to allow this.";

    private ConnectorIndexRules() {
    }

    static void validateModel(ValidationContext ctx, Connector connector, Model model) {
        for (Index index : model.indexes()) {
            notIndexable(ctx, connector, index);
            if (connector.validatesOperatorClasses()) {
                PostgresIndexRules.validate(ctx, index);
            }
            needsLength(ctx, connector, index);
        }
        model.primaryKey().ifPresent(pk -> needsLength(ctx, connector, pk));
    }

    private static void notIndexable(ValidationContext ctx, Connector connector, Index index) {
        for (IndexField f : index.fields()) {
            NativeType nt = f.field().nativeType().orElse(null);
            if (nt != null && connector.nativeTypesNotIndexable().contains(nt.name())) {
                Span span = f.field().span();
                ctx.diagnostics.error(index.isUnique() ? uniqueMessage(connector, nt.name(), "")
                        : indexMessage(connector, nt.name(), ""), span);
                return;
            }
        }
    }

    private static void needsLength(ValidationContext ctx, Connector connector, Index index) {
        if (index.kind() == Index.Kind.FULLTEXT) {
            return;
        }
        for (IndexField f : index.fields()) {
            NativeType nt = f.field().nativeType().orElse(null);
            if (nt != null && f.length() == null && connector.nativeTypesRequiringIndexLength().contains(nt.name())) {
                ctx.diagnostics.error(index.isUnique() ? uniqueMessage(connector, nt.name(), LENGTH_GUIDE)
                        : indexMessage(connector, nt.name(), LENGTH_GUIDE), index.span());
                return;
            }
        }
    }

    private static void needsLength(ValidationContext ctx, Connector connector, PrimaryKey pk) {
        for (IndexField f : pk.fields()) {
            NativeType nt = f.field().nativeType().orElse(null);
            if (nt != null && f.length() == null && connector.nativeTypesRequiringIndexLength().contains(nt.name())) {
                ctx.diagnostics.error("Native type `" + nt.name() + "` of " + connector.displayName()
                        + " cannot be used on a field that is `@id` or `@@id`." + LENGTH_GUIDE, pk.span());
                return;
            }
        }
    }

    private static String uniqueMessage(Connector connector, String nativeType, String guide) {
        return "Native type `" + nativeType + "` cannot be unique in " + connector.displayName() + "." + guide;
    }

    private static String indexMessage(Connector connector, String nativeType, String guide) {
        return "You cannot define an index on fields with native type `" + nativeType + "` of "
                + connector.displayName() + "." + guide;
    }

    private static Span relationArgumentSpan(Model model, RelationField field, String argument) {
        for (var astField : model.declaration().fields()) {
            if (!astField.span().equals(field.span())) {
                continue;
            }
            for (Attribute a : astField.attributes()) {
                if (a.name().name().equals("relation")) {
                    for (var arg : a.arguments().arguments()) {
                        if (arg.name() != null && arg.name().name().equals(argument)) {
                            return arg.span();
                        }
                    }
                }
            }
        }
        return field.span();
    }
}
