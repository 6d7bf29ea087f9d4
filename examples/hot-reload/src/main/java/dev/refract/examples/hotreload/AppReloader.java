package dev.refract.examples.hotreload;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Function;

/**
 * What a dev server does on every reload: a fresh classloader for the application's own classes
 * (the package {@code dev.refract.examples.hotreload.app}, loaded child first from where this demo's
 * classes are), libraries (Refract's runtime, HikariCP, the driver) from the parent, which stays.
 */
final class AppReloader {
    private static final String APP_PACKAGE = "dev.refract.examples.hotreload.app.";

    private final URL appClasses = AppReloader.class.getProtectionDomain().getCodeSource().getLocation();

    /** Loads {@code appClass} anew and applies it to {@code url}; nothing of the loaded application stays reachable from here. */
    Object reload(String appClass, String url) throws Exception {
        try (ReloadingLoader loader = new ReloadingLoader(appClasses, AppReloader.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Function<String, Object> app = (Function<String, Object>) loader.loadClass(APP_PACKAGE + appClass)
                    .getDeclaredConstructor().newInstance();
            return app.apply(url);
        } catch (IOException closing) {
            throw new IllegalStateException(closing);
        }
    }

    private static final class ReloadingLoader extends URLClassLoader {
        ReloadingLoader(URL classes, ClassLoader parent) {
            super("app-reload", new URL[] {classes}, parent);
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
}
