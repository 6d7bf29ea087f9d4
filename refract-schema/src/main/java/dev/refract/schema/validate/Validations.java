package dev.refract.schema.validate;

import java.util.List;
import java.util.function.Consumer;

/**
 * The checks that run on a schema that resolved without errors, in Prisma's order. One class per
 * concern; add a check here to run it.
 */
final class Validations {
    private static final List<Consumer<ValidationContext>> CHECKS = List.of(
            CompositeTypeSupport::run,
            PostgresExtensions::validate,
            ModelValidations::run,
            NativeTypeChecks::run,
            RelationFieldValidations::run,
            ViewChecks::run,
            SchemaAttributeChecks::models,
            SchemaAttributeChecks::enums,
            RelationValidations::run);

    private Validations() {
    }

    static void run(ValidationContext ctx) {
        for (Consumer<ValidationContext> check : CHECKS) {
            if (ctx.stopValidations) {
                break;
            }
            check.accept(ctx);
        }
    }
}
