package com.bytenite.sdk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/** Builds one jar from some classes and the whole jars other classes come from, as a shaded component jar would be. */
final class ComponentJar {
    private ComponentJar() {
    }

    static Path build(Path target, List<Class<?>> classes, List<Class<?>> fromTheirJars) throws IOException {
        Set<String> seen = new HashSet<>();
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file)) {
            for (Class<?> c : classes) {
                String name = c.getName().replace('.', '/') + ".class";
                try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
                    add(jar, seen, name, in);
                }
            }
            for (Class<?> c : fromTheirJars) {
                Path source = Path.of(c.getProtectionDomain().getCodeSource().getLocation().getPath());
                try (JarFile from = new JarFile(source.toFile())) {
                    for (JarEntry e : from.stream().toList()) {
                        if (!e.isDirectory() && !e.getName().startsWith("META-INF/")) {
                            try (InputStream in = from.getInputStream(e)) {
                                add(jar, seen, e.getName(), in);
                            }
                        }
                    }
                }
            }
        }
        return target;
    }

    private static void add(JarOutputStream jar, Set<String> seen, String name, InputStream in) throws IOException {
        if (seen.add(name)) {
            jar.putNextEntry(new JarEntry(name));
            in.transferTo(jar);
            jar.closeEntry();
        }
    }
}
