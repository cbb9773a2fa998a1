package com.bytenite.checks;

/** This test run's class path as Surefire gives it, for tests that compile or start code against it. */
final class TestClassPath {
    private TestClassPath() {
    }

    /** Surefire may run tests through a manifest-only jar, so its own property comes first. */
    static String get() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
