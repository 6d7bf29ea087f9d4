package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;

/** A value in an attribute argument or a configuration property. */
public sealed interface Expression
        permits StringValue, NumericValue, ConstantValue, FunctionCall, ArrayExpression {

    Span span();

    /** Prisma's word for the kind of value, used in "Expected a string value, but received ..." messages. */
    String describeKind();

    /** The expression as it is written in the source. */
    String render();
}
