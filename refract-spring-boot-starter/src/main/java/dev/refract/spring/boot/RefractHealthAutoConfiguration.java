package dev.refract.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code refract} health indicator, when Actuator is on the class path. */
@AutoConfiguration(after = RefractAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
public class RefractHealthAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "refractHealthIndicator")
    @ConditionalOnBean(RefractClients.class)
    RefractHealthIndicator refractHealthIndicator(RefractClients clients) {
        return new RefractHealthIndicator(clients);
    }
}
