package dev.refract.schema.validate;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.PrimaryKey;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import dev.refract.schema.model.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The attributes of a scalar field: @map @ignore @relation(invalid) @id @updatedAt @default @db.* @unique. */
final class ScalarFieldAttributes {
    private ScalarFieldAttributes() {
    }

    static void visit(ValidationContext ctx, Model model, Field astField, ScalarField field) {
        AttributeVisitor v = ctx.attributes;
        v.visit(astField.attributes());

        if (v.optionalSingle("map")) {
            String name = MapAttribute.read(ctx);
            if (name != null) {
                field.setDatabaseName(name);
                MapAttribute.checkScalarFieldColumn(ctx, model, field, name);
            }
            v.validateArguments();
        }
        if (v.optionalSingle("ignore")) {
            if (field.type() instanceof FieldType.Unsupported) {
                v.attributeError("Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already "
                        + "treated as ignored by the client due to their type.");
            } else {
                field.setIgnored(true);
            }
            v.validateArguments();
        }
        if (v.optionalSingle("relation")) {
            v.attributeError("Invalid field type, not a relation.");
            v.validateArguments();
        }
        if (v.optionalSingle("id")) {
            fieldId(ctx, model, field);
            v.validateArguments();
        }
        if (v.optionalSingle("updatedAt")) {
            if (!field.type().is(ScalarKind.DATE_TIME)) {
                v.attributeError("Fields that are marked with @updatedAt must be of type DateTime.");
            }
            if (field.isList()) {
                v.attributeError("Fields that are marked with @updatedAt cannot be lists.");
            }
            field.setUpdatedAt(true);
            v.validateArguments();
        }
        if (v.optionalSingle("default")) {
            DefaultAttribute.visit(ctx, model, field);
            v.validateArguments();
        }
        if (field.type() instanceof FieldType.Scalar) {
            Optional<Attribute> nativeType = v.datasourceScoped();
            nativeType.ifPresent(a -> {
                field.setNativeType(nativeType(a));
                ctx.nativeTypeAttributes.put(field, a);
            });
        }
        if (v.optionalSingle("unique")) {
            fieldUnique(ctx, model, field);
            v.validateArguments();
        }
        if (v.optionalSingle("shardKey")) {
            ShardKeyAttribute.field(ctx, model, field);
            v.validateArguments();
        }
        v.validateAttributes();
    }

    static NativeType nativeType(Attribute a) {
        String name = a.name().name().substring(a.name().name().indexOf('.') + 1);
        List<String> args = new ArrayList<>();
        for (var arg : a.arguments().arguments()) {
            if (arg.value() != null) {
                Expression e = arg.value();
                args.add(e instanceof dev.refract.schema.ast.StringValue s ? s.value() : e.render());
            }
        }
        return new NativeType(name, args);
    }

    private static void fieldId(ValidationContext ctx, Model model, ScalarField field) {
        AttributeVisitor v = ctx.attributes;
        String map = IndexArguments.mapArgument(ctx);
        Long length = IndexArguments.lengthArgument(ctx);
        SortOrder sort = IndexArguments.sortArgument(ctx);
        Boolean clustered = IndexArguments.clusteredArgument(ctx);
        if (model.primaryKey().isPresent()) {
            return;
        }
        model.setPrimaryKey(new PrimaryKey(List.of(new IndexField(field, sort, length == null ? null : length.intValue(), null)),
                null, map, clustered, true, v.current().span()));
    }

    private static void fieldUnique(ValidationContext ctx, Model model, ScalarField field) {
        AttributeVisitor v = ctx.attributes;
        String map = IndexArguments.mapArgument(ctx);
        Long length = IndexArguments.lengthArgument(ctx);
        SortOrder sort = IndexArguments.sortArgument(ctx);
        Boolean clustered = IndexArguments.clusteredArgument(ctx);
        model.addIndex(new Index(Index.Kind.UNIQUE,
                List.of(new IndexField(field, sort, length == null ? null : length.intValue(), null)), null, map, null,
                clustered, true, v.current().span()));
    }
}
