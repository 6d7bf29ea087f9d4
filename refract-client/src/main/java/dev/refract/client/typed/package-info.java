/**
 * Building blocks of generated, typed clients: the where-builder base class and the filter types per
 * scalar kind, each bound to the generated builder it returns to ({@code W}), so that a wrong field,
 * a wrong value type or an operator that does not apply to a field's type fails to compile. They only
 * build {@link dev.refract.client.query} values; no reflection. Writes: {@link dev.refract.client.typed.WriteBuilder}
 * (the base of generated create and update data), {@link dev.refract.client.typed.NumberWrite} (atomic
 * number operations), {@link dev.refract.client.typed.RelationCreate} and
 * {@link dev.refract.client.typed.RelationUpdate} (nested writes on a relation field) and
 * {@link dev.refract.client.typed.CreateRows} (createMany). Batch transactions:
 * {@link dev.refract.client.typed.BatchOperation} (an operation built, not yet run) and
 * {@link dev.refract.client.typed.BatchResults} (runs them in one transaction; results typed by operation).
 *
 * <p>Equality is spelled {@code eq} (not Prisma's {@code equals}): a method named {@code equals} would
 * let {@code Object.equals(Object)} accept a value of any type, and the mistake would compile.
 */
package dev.refract.client.typed;
