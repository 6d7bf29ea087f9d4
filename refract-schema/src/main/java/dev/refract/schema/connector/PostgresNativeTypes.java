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

/** PostgreSQL's {@code @db.*} catalog, as Prisma 6.19 defines it (postgres_datamodel_connector/native_types.rs). */
final class PostgresNativeTypes {
    static final List<NativeTypeConstructor> CATALOG = List.of(
            of("SmallInt", NONE, INT),
            of("Integer", NONE, INT),
            of("BigInt", NONE, BIG_INT),
            of("Decimal", OPTIONAL_TWO, DECIMAL),
            of("Money", NONE, DECIMAL),
            of("Inet", NONE, STRING),
            of("Oid", NONE, INT),
            of("Citext", NONE, STRING),
            of("Real", NONE, FLOAT),
            of("DoublePrecision", NONE, FLOAT),
            of("VarChar", OPTIONAL_ONE, STRING),
            of("Char", OPTIONAL_ONE, STRING),
            of("Text", NONE, STRING),
            of("ByteA", NONE, BYTES),
            of("Timestamp", OPTIONAL_ONE, DATE_TIME),
            of("Timestamptz", OPTIONAL_ONE, DATE_TIME),
            of("Date", NONE, DATE_TIME),
            of("Time", OPTIONAL_ONE, DATE_TIME),
            of("Timetz", OPTIONAL_ONE, DATE_TIME),
            of("Boolean", NONE, BOOLEAN),
            of("Bit", OPTIONAL_ONE, STRING),
            of("VarBit", OPTIONAL_ONE, STRING),
            of("Uuid", NONE, STRING),
            of("Xml", NONE, STRING),
            of("Json", NONE, JSON),
            of("JsonB", NONE, JSON));

    private PostgresNativeTypes() {
    }
}
