package dev.refract.schema.validate;

import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.PrimaryKey;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Block attributes of a model or view: @@ignore @@id @@map @@schema @@index @@unique @@fulltext. */
final class ModelAttributes {
    private ModelAttributes() {
    }

    static void visit(ValidationContext ctx, ModelDeclaration decl, Model model) {
        AttributeVisitor v = ctx.attributes;
        v.visit(decl.attributes());
        if (v.optionalSingle("ignore")) {
            for (ScalarField f : model.scalarFields()) {
                if (f.isIgnored()) {
                    ctx.diagnostics.error("Error parsing attribute \"@ignore\": Fields on an already ignored Model do not "
                            + "need an `@ignore` annotation.", f.span());
                }
            }
            model.setIgnored(true);
            v.validateArguments();
        }
        if (v.optionalSingle("id")) {
            compoundId(ctx, model);
            v.validateArguments();
        }
        if (v.optionalSingle("map")) {
            String name = MapAttribute.read(ctx);
            if (name != null) {
                model.setDatabaseName(name);
            }
            v.validateArguments();
        }
        if (v.optionalSingle("schema")) {
            String schema = SchemaAttribute.read(ctx);
            if (schema != null) {
                model.setSchemaName(schema);
            }
            v.validateArguments();
        }
        while (v.repeated("index")) {
            index(ctx, model, Index.Kind.NORMAL);
            v.validateArguments();
        }
        while (v.repeated("unique")) {
            index(ctx, model, Index.Kind.UNIQUE);
            v.validateArguments();
        }
        while (v.repeated("fulltext")) {
            index(ctx, model, Index.Kind.FULLTEXT);
            v.validateArguments();
        }
        if (v.optionalSingle("shardKey")) {
            ShardKeyAttribute.model(ctx, model);
            v.validateArguments();
        }
        IdArities.validate(ctx, model);
        ShardKeyAttribute.validateArity(ctx, model);
        v.validateAttributes();
    }

    private static void compoundId(ValidationContext ctx, Model model) {
        AttributeVisitor v = ctx.attributes;
        var attribute = v.current();
        Expression fieldsArg = v.defaultArgument("fields");
        List<dev.refract.schema.model.IndexField> fields = List.of();
        if (fieldsArg != null) {
            FieldRefs.Resolution r = FieldRefs.withArgs(ctx, fieldsArg, attribute.span(), model);
            if (!r.unknown().isEmpty()) {
                ctx.diagnostics.error("Error validating model \"" + model.name() + "\": The multi field id declaration "
                        + "refers to the unknown fields " + String.join(", ", r.unknown()) + ".", fieldsArg.span());
            }
            if (!r.relationFields().isEmpty()) {
                ctx.diagnostics.error("Error validating model \"" + model.name() + "\": The id definition refers to the "
                        + "relation fields " + r.relationFields().stream().map(RelationField::name)
                                .collect(Collectors.joining(", "))
                        + ". ID definitions must reference only scalar fields.", attribute.span());
            }
            fields = r.fields();
        }
        if (model.primaryKey().isPresent() && model.primaryKey().get().fieldLevel()) {
            ctx.diagnostics.error("Error validating model \"" + model.name() + "\": Each model must have at most one id "
                    + "criteria. You can't have `@id` and `@@id` at the same time.", decl(model).name().span());
        }
        String name = IndexArguments.nameArgument(ctx);
        String map = IndexArguments.mapArgument(ctx);
        Boolean clustered = IndexArguments.clusteredArgument(ctx);
        if (model.primaryKey().isEmpty()) {
            model.setPrimaryKey(new PrimaryKey(fields, name, map, clustered, false, attribute.span()));
        }
    }

    private static ModelDeclaration decl(Model model) {
        return model.declaration();
    }

    private static void index(ValidationContext ctx, Model model, Index.Kind kind) {
        AttributeVisitor v = ctx.attributes;
        var attribute = v.current();
        Expression fieldsArg = v.defaultArgument("fields");
        List<dev.refract.schema.model.IndexField> fields = new ArrayList<>();
        if (fieldsArg != null) {
            FieldRefs.Resolution r = FieldRefs.withArgs(ctx, fieldsArg, attribute.span(), model);
            String prefix = kind == Index.Kind.UNIQUE ? "unique " : "";
            if (!r.unknown().isEmpty()) {
                ctx.diagnostics.error("Error validating model \"" + model.name() + "\": The " + prefix
                        + "index definition refers to the unknown fields: " + String.join(", ", r.unknown()) + ".",
                        attribute.span());
            }
            if (!r.relationFields().isEmpty()) {
                List<String> suggested = new ArrayList<>();
                for (RelationField rf : r.relationFields()) {
                    rf.fields().forEach(f -> suggested.add(f.name()));
                }
                String suggestion = suggested.isEmpty() ? "" : " Did you mean `@@"
                        + (kind == Index.Kind.UNIQUE ? "unique" : "index") + "([" + String.join(", ", suggested) + "])`?";
                ctx.diagnostics.error("Error validating model \"" + model.name() + "\": The " + prefix
                        + "index definition refers to the relation fields "
                        + r.relationFields().stream().map(RelationField::name).collect(Collectors.joining(", "))
                        + ". Index definitions must reference only scalar fields." + suggestion, attribute.span());
            }
            fields = r.fields();
        }
        String name = kind == Index.Kind.FULLTEXT ? null : IndexArguments.nameArgument(ctx);
        String map = IndexArguments.mapArgument(ctx);
        String algorithm = null;
        if (kind == Index.Kind.NORMAL) {
            if (name != null && map != null) {
                v.attributeError("The `@@index` attribute accepts the `name` argument as an alias for the `map` argument "
                        + "for legacy reasons. It does not accept both though. Please use the `map` argument to specify "
                        + "the database name of the index.");
                map = null;
            } else if (name != null) {
                map = name;
            }
            name = null;
            Expression type = v.optionalArgument("type");
            if (type != null) {
                String t = Coerce.constant(type, ctx.diagnostics);
                if (t != null) {
                    if (List.of("BTree", "Hash", "Gist", "Gin", "SpGist", "Brin").contains(t)) {
                        algorithm = t;
                    } else {
                        v.attributeError("Unknown index type: " + t + ".");
                    }
                }
            }
        }
        Boolean clustered = kind == Index.Kind.FULLTEXT ? null : IndexArguments.clusteredArgument(ctx);
        model.addIndex(new Index(kind, fields, name, map, algorithm, clustered, false, attribute.span()));
    }
}
