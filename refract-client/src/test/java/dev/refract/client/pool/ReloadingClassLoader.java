package dev.refract.client.pool;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * A dev server's restart classloader, as Spring Boot DevTools builds one: the application's own
 * classes (here the package {@code dev.refract.client.pool.app}) are loaded anew, child first, from
 * their folder; libraries, Refract's runtime included, come from the parent and stay loaded.
 */
final class ReloadingClassLoader extends URLClassLoader {
    private static final String APP_PACKAGE = "dev.refract.client.pool.app.";

    ReloadingClassLoader(URL classes, ClassLoader parent) {
        super(new URL[] {classes}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(APP_PACKAGE)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
