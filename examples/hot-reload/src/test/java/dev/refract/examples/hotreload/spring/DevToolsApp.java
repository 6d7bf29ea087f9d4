package dev.refract.examples.hotreload.spring;

import dev.refract.client.PoolStats;
import dev.refract.client.RefractClient;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/**
 * A Spring Boot application with DevTools, started by {@code DevToolsRestartPostgresTest} in a JVM of
 * its own (DevTools restarts only from a real {@code main} thread, never under a test runner). Each
 * start, the first and every DevTools restart, prints one line the test reads:
 * {@code ready generation=N count=C app=<classloader> runtime=<classloader> pools=P clients=K}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CarelessCounter.class)
public class DevToolsApp {
    private final CarelessCounter counter;

    public DevToolsApp(CarelessCounter counter) {
        this.counter = counter;
    }

    public static void main(String[] args) {
        SpringApplication.run(DevToolsApp.class, args);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        // the generation lives where every copy of the application sees it: a JDK class's state
        int generation = Integer.getInteger("refract.demo.generation", 0) + 1;
        System.setProperty("refract.demo.generation", String.valueOf(generation));
        List<PoolStats> pools = RefractClient.pools();
        System.out.println("ready generation=" + generation + " count=" + counter.count()
                + " app=" + getClass().getClassLoader().getClass().getName()
                + " runtime=" + RefractClient.class.getClassLoader().getClass().getName()
                + " pools=" + pools.size() + " clients=" + pools.stream().mapToInt(PoolStats::clients).sum());
        System.out.flush();
    }
}
