/**
 * Database URLs as Prisma reads them ({@code postgresql://}, {@code postgres://}, {@code mysql://},
 * {@code file:}) and {@code jdbc:} URLs, parsed into one {@link dev.refract.dialect.url.ConnectionUrl};
 * {@link dev.refract.dialect.url.DatasourceUrls} finds the URL of a schema's datasource in the
 * process environment or a {@code .env} file.
 */
package dev.refract.dialect.url;
