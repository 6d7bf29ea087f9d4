package dev.refract.client.internal.pool;

import java.security.AccessController;
import java.security.PrivilegedAction;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the pools and the Cleaner that keep no application classloader alive. A new thread
 * inherits its creator's context classloader and (up to Java 18) an access-control context holding
 * the protection domain, hence the classloader, of every class on the creator's stack; the first
 * pool is usually created from application code, so its long-lived threads would pin the first
 * reloaded application (and the client in its static fields) forever. These threads get the
 * runtime's own classloader as context, and are created with only the runtime's frames in view.
 */
final class RuntimeThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    RuntimeThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    @SuppressWarnings("removal") // AccessController: the only way to drop the inherited context on Java 17
    public Thread newThread(Runnable task) {
        PrivilegedAction<Thread> create = () -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(RuntimeThreads.class.getClassLoader());
            return thread;
        };
        return AccessController.doPrivileged(create);
    }
}
