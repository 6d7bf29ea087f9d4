/** Connection pool metrics for Micrometer (an optional dependency). */
package dev.refract.client.metrics;
