/**
 * {@code refract generate}: Java sources for a typed client from a validated schema.
 * {@link dev.refract.codegen.JavaClientGenerator} turns a {@code Schema} and
 * {@link dev.refract.codegen.GeneratorOptions} into {@link dev.refract.codegen.GeneratedFile}s
 * (deterministic: same schema, same bytes; a do-not-edit header; no timestamps);
 * {@link dev.refract.codegen.GeneratedFilesWriter} writes only files whose content changed and
 * removes generated files the schema no longer produces. {@link dev.refract.codegen.GeneratorConfig}
 * reads the options from the schema's {@code generator} block.
 *
 * <p>Per model: a record ({@code User}) with a loaded-fields mask (a {@code long}; a {@code BitSet}
 * for models with more than 64 fields and {@code _count}), {@code UserWhere},
 * {@code UserWhereUnique}, {@code UserOrderBy}, {@code UserInclude}, {@code UserSelect},
 * {@code UserFindMany}, {@code UserShape}, {@code UserOmit}, for models with list relations
 * {@code UserCountSelect} and {@code UserRelationCounts} ({@code _count}), {@code UserCreateData},
 * {@code UserUpdateData}, {@code UserDelegate} (reads and writes, and their {@code ...Op} forms for
 * batch transactions) and a package-private {@code UserMeta}; per enum a Java enum; one client facade
 * (with {@code transaction(tx -> ...)} and {@code transaction(List.of(ops))}) and one package-private
 * holder of the embedded schema text.
 *
 * <p>Required fields of a create are checked when the create data is built (P2009), not by the
 * compiler: a staged builder per model would multiply the generated types (one per required field,
 * again inside every nested create) and lose the free order of Prisma's {@code data}.
 */
package dev.refract.codegen;
