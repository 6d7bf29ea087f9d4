package dev.refract.schema.connector;

import static dev.refract.schema.connector.NativeTypeConstructor.Arguments.NONE;
import static dev.refract.schema.connector.NativeTypeConstructor.Arguments.OPTIONAL_ONE;
import static dev.refract.schema.connector.NativeTypeConstructor.Arguments.OPTIONAL_TWO;
import static dev.refract.schema.connector.NativeTypeConstructor.of;
import static dev.refract.schema.model.ScalarKind.BIG_INT;
import static dev.refract.schema.model.ScalarKind.BOOLEAN;
import static dev.refract.schema.model.ScalarKind.BYTES;
import static dev.refract.schema.model.ScalarKind.DATE_TIME;
import static dev.refract.schema.model.ScalarKind.DECIMAL;
import static dev.refract.schema.model.ScalarKind.FLOAT;
import static dev.refract.schema.model.ScalarKind.INT;
import static dev.refract.schema.model.ScalarKind.JSON;
import static dev.refract.schema.model.ScalarKind.STRING;

import java.util.List;

/** CockroachDB's {@code @db.*} catalog, as Prisma 6.19 defines it (cockroach_datamodel_connector/native_types.rs). */
final class CockroachNativeTypes {
    static final List<NativeTypeConstructor> CATALOG = List.of(
            of("Bit", OPTIONAL_ONE, STRING),
            of("Bool", NONE, BOOLEAN),
            of("Bytes", NONE, BYTES),
            of("Char", OPTIONAL_ONE, STRING),
            of("Date", NONE, DATE_TIME),
            of("Decimal", OPTIONAL_TWO, DECIMAL),
            of("Float4", NONE, FLOAT),
            of("Float8", NONE, FLOAT),
            of("Inet", NONE, STRING),
            of("Int2", NONE, INT),
            of("Int4", NONE, INT),
            of("Int8", NONE, BIG_INT),
            of("JsonB", NONE, JSON),
            of("Oid", NONE, INT),
            of("CatalogSingleChar", NONE, STRING),
            of("String", OPTIONAL_ONE, STRING),
            of("Time", OPTIONAL_ONE, DATE_TIME),
            of("Timestamp", OPTIONAL_ONE, DATE_TIME),
            of("Timestamptz", OPTIONAL_ONE, DATE_TIME),
            of("Timetz", OPTIONAL_ONE, DATE_TIME),
            of("Uuid", NONE, STRING),
            of("VarBit", OPTIONAL_ONE, STRING));

    private CockroachNativeTypes() {
    }
}
