package dev.refract.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code spring.datasource.url} or {@code DATABASE_URL} is set (see {@link RefractDatabaseUrl}). */
final class OnDatabaseUrl extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        for (String name : new String[] {RefractDatabaseUrl.SPRING_URL, RefractDatabaseUrl.DATABASE_URL}) {
            String value = context.getEnvironment().getProperty(name);
            if (value != null && !value.isBlank()) {
                return ConditionOutcome.match(name + " is set");
            }
        }
        return ConditionOutcome.noMatch("neither " + RefractDatabaseUrl.SPRING_URL + " nor " + RefractDatabaseUrl.DATABASE_URL + " is set");
    }
}
